/**
 * npm run bench:graph — the actor graph at 40, 500 and 2,000 synthetic actors, about four
 * relations each. For each size: the build-time layout (run here in Node, the way the build runs
 * it), then the real site built and served, /graph/ opened in Chromium, and frame times (p95)
 * while a script drags an actor and zooms with the wheel; plus the graph's JS (gzip), alone and
 * beyond what /timeline/ already loads. Writes bench/out/graph.json and a Markdown table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import {
  buildSite,
  gzipSize,
  launchChromium,
  machine,
  lateFrames,
  percentile,
  recordFrames,
  ROOT,
  round,
  serve,
  warm,
} from './support.mjs';
import { ACTOR_KINDS } from '../src/lib/vocabulary.ts';
import { seeded, writeSyntheticContent } from './synthetic.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '40,500,2000').split(',').map(Number);
const CACHE = join(ROOT, 'bench', '.cache');
const OUT = join(ROOT, 'bench', 'out');

/** The layout module, bundled for Node so the benchmark runs the same code as the build. */
async function loadLayout() {
  const { outputFiles } = buildSync({
    entryPoints: [join(ROOT, 'src/lib/layout-graph.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const code = outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function syntheticGraph(count) {
  const random = seeded(count);
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    label: `Actor ${i}`,
    kind: ACTOR_KINDS[i % ACTOR_KINDS.length],
    degree: 0,
  }));
  const links = [];
  for (let i = 0; i < count * 4; i++) {
    const a = Math.floor(random() * count);
    const b = Math.floor(random() * count);
    if (a === b) continue;
    links.push({
      id: `l${i}`,
      source: `actor-${a}`,
      target: `actor-${b}`,
      type: 'met-with',
      confidence: 'confirmed',
    });
    nodes[a].degree++;
    nodes[b].degree++;
  }
  return { nodes, links };
}

async function scriptJs(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const sizes = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    sizes.set(response.url(), gzipSize(body));
  });
  await page.goto(url, { waitUntil: 'load' });
  for (const selector of ['timeline-chart', 'actor-graph']) {
    const el = page.locator(selector).first();
    if ((await el.count()) > 0) {
      await el.scrollIntoViewIfNeeded();
      await page.waitForSelector(`${selector}[data-ready]`, { timeout: 60_000 });
    }
  }
  await page.close();
  return sizes;
}

/** Drags the most connected actor (it holds the tab stop) 40 steps down and to the right. */
export async function dragActor(page) {
  const node = page.locator('actor-graph a.gr-node[tabindex="0"] .gr-shape');
  const nodeBox = await node.boundingBox();
  const x = nodeBox.x + nodeBox.width / 2;
  const y = nodeBox.y + nodeBox.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(x + i * 4, y + i * 2);
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
}

export async function measureGraph(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await warm(`${url}graph/`);
  await page.goto(`${url}graph/`, { waitUntil: 'load' });
  const graph = page.locator('actor-graph');
  await graph.scrollIntoViewIfNeeded();
  await page.waitForSelector('actor-graph[data-ready]', { timeout: 60_000 });
  const timing = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: performance.now(),
  }));
  const svg = graph.locator('svg.gr-svg');
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  const phase = (run) => recordFrames(page, run, 100);
  const drag = await phase(() => dragActor(page));
  await page.mouse.click(box.x + 8, box.y + 8);
  const zoom = await phase(async () => {
    for (let i = 0; i < 30; i++) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, i < 15 ? -120 : 120);
      await page.waitForTimeout(16);
    }
  });
  await page.close();
  return {
    firstPaintMs: round(timing.firstPaint),
    interactiveMs: round(timing.ready),
    p95DragMs: round(percentile(drag, 95)),
    p95ZoomMs: round(percentile(zoom, 95)),
    p95FrameMs: round(percentile([...drag, ...zoom], 95)),
    dragFrames: drag.length,
    lateDragFrames: lateFrames(drag),
    zoomFrames: zoom.length,
    lateZoomFrames: lateFrames(zoom),
  };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const { layoutGraph } = await loadLayout();
  const browser = await launchChromium();
  const results = [];
  for (const size of SIZES) {
    const graph = syntheticGraph(size);
    const started = performance.now();
    layoutGraph(graph);
    const layoutMs = performance.now() - started;

    const content = join(CACHE, `graph-content-${size}`);
    const dist = join(CACHE, `graph-dist-${size}`);
    writeSyntheticContent(content, { events: 200, actors: size });
    process.stdout.write(`building ${size} actors… `);
    const buildSeconds = buildSite(content, dist);
    process.stdout.write(`${round(buildSeconds)} s; measuring… `);
    const server = await serve(dist);
    const measured = await measureGraph(browser, server.url);
    const graphJs = await scriptJs(browser, `${server.url}graph/`);
    const timelineJs = await scriptJs(browser, `${server.url}timeline/`);
    const total = (sizes) => [...sizes.values()].reduce((a, b) => a + b, 0);
    // On /timeline/ the graph adds its loader and its element; shared chunks count for the timeline.
    const beyondTimeline = total(
      new Map([...timelineJs].filter(([url]) => /actor-graph|ActorGraph/.test(url))),
    );
    await server.close();
    results.push({
      actors: size,
      relations: graph.links.length,
      layoutMs: round(layoutMs),
      buildSeconds: round(buildSeconds),
      graphPageJsGzipKB: round(total(graphJs) / 1024, 2),
      graphJsBeyondTimelineKB: round(beyondTimeline / 1024, 2),
      ...measured,
    });
    console.log('done');
  }
  await browser.close();
  const report = { date: new Date().toISOString().slice(0, 10), machine: machine(), results };
  writeFileSync(join(OUT, 'graph.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    '\n| actors | relations | layout (ms) | build (s) | /graph/ JS gzip (KB) | graph JS beyond the timeline (KB) | interactive (ms) | p95 drag (ms) | p95 zoom (ms) | late frames, drag | late frames, zoom |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.actors} | ${r.relations} | ${r.layoutMs} | ${r.buildSeconds} | ${r.graphPageJsGzipKB} | ${r.graphJsBeyondTimelineKB} | ${r.interactiveMs} | ${r.p95DragMs} | ${r.p95ZoomMs} | ${r.lateDragFrames} of ${r.dragFrames} | ${r.lateZoomFrames} of ${r.zoomFrames} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
