/**
 * node bench/graph-trace.mjs [dist] — where the frame time of one drag goes. Serves a built site
 * (default: the 500-actor site that `npm run bench:graph` leaves in bench/.cache), opens
 * /graph/ in Chromium at 1280×800, records a Chromium trace while dragging the most connected
 * actor as the benchmark does, and prints the renderer's main-thread time by kind of work
 * (style, layout, paint, script…), the raster time, the elements restyled, and the frames.
 * Run it before and after a change on the same build and load; the trace is kept in
 * bench/out/graph-drag-trace.json for chrome://tracing or the Performance panel.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dragActor } from './graph.mjs';
import { launchChromium, percentile, recordFrames, ROOT, round, serve, warm } from './support.mjs';

const dist = process.argv[2] ?? join(ROOT, 'bench', '.cache', 'graph-dist-500');
const OUT = join(ROOT, 'bench', 'out');

/** Trace event names gathered under one heading. */
const KINDS = {
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  'pre-paint and paint': ['PrePaint', 'Paint', 'PaintImage', 'UpdateLayer', 'Layerize'],
  'hit testing': ['HitTest'],
  script: ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch'],
  commit: ['Commit', 'CompositeLayers'],
};

mkdirSync(OUT, { recursive: true });
const server = await serve(dist);
await warm(`${server.url}graph/`);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}graph/`, { waitUntil: 'load' });
await page.locator('actor-graph svg.gr-svg').scrollIntoViewIfNeeded();
await page.waitForSelector('actor-graph[data-ready]', { timeout: 60_000 });
await page.waitForTimeout(500);

await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'],
});
const frames = await recordFrames(page, () => dragActor(page), 100);
const trace = JSON.parse((await browser.stopTracing()).toString());
await browser.close();
await server.close();
writeFileSync(join(OUT, 'graph-drag-trace.json'), JSON.stringify(trace));

const events = trace.traceEvents ?? trace;
const threadNames = new Map(
  events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name')
    .map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
);
const thread = (e) => threadNames.get(`${e.pid}:${e.tid}`) ?? '';
const totals = new Map();
let restyled = 0;
let raster = 0;
for (const e of events) {
  if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
  const name = thread(e);
  if (/Raster|CompositorTileWorker/.test(name) && e.name === 'RasterTask') raster += e.dur;
  if (name !== 'CrRendererMain') continue;
  if (e.name === 'UpdateLayoutTree') restyled += e.args?.elementCount ?? 0;
  for (const [kind, names] of Object.entries(KINDS))
    if (names.includes(e.name)) totals.set(kind, (totals.get(kind) ?? 0) + e.dur);
}

console.log(`drag of the most connected actor, ${frames.length} frames`);
console.log(
  `frames: p50 ${round(percentile(frames, 50))} ms, p95 ${round(percentile(frames, 95))} ms, max ${round(Math.max(...frames))} ms`,
);
console.log(`frames over 17 ms: ${frames.filter((f) => f > 17).length}`);
console.log('\n| work (renderer main thread) | ms |\n| --- | ---: |');
for (const kind of Object.keys(KINDS))
  console.log(`| ${kind} | ${round((totals.get(kind) ?? 0) / 1000)} |`);
console.log(`| raster (worker threads) | ${round(raster / 1000)} |`);
console.log(`\nelements restyled: ${restyled}`);
