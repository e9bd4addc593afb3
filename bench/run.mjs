/**
 * npm run bench — one benchmark of the whole site, beside TimelineJS3 and vis-timeline on the
 * same machine and the same events:
 * 1. builds the real site and synthetic ones of 1,000 and 5,000 events (timed);
 * 2. serves each on loopback (gzipping text, as hosts do), with the peers installed under /peers/;
 * 3. weighs every route as the budget tests do, by type, with request counts;
 * 4. runs Lighthouse (mobile, median of 3) on the home page, /timeline/, /embed/timeline/ and the
 *    peers' pages;
 * 5. runs the timeline and graph scale measurements, and the peers' at the same sizes;
 * 6. sets story mode beside TimelineJS3 in a 600×450 frame (bench/story.mjs).
 * Writes bench/results.json and bench/results.md, and prints the Markdown.
 * BENCH_EVENTS (default 1000,5000) and BENCH_LIGHTHOUSE_RUNS (default 3) adjust it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROUTE_BUDGETS } from '../budgets.config.ts';
import { kb, overBudget, weigh } from '../src/lib/budget.ts';
import { loadPage } from '../tests/support/page-weight.ts';
import { measureGraph } from './graph.mjs';
import { lighthouseMedians } from './lighthouse.mjs';
import { installPeers, measurePeer, PEERS } from './peers.mjs';
import { installStoryPeers, measureStory, storyTable } from './story.mjs';
import { buildSite, launchChromium, machine, ROOT, round, serve } from './support.mjs';
import { writeSyntheticContent } from './synthetic.mjs';
import { measureTimeline } from './timeline.mjs';

const SIZES = (process.env.BENCH_EVENTS ?? '1000,5000').split(',').map(Number);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CACHE = join(ROOT, 'bench', '.cache');
const ROUTES = ['/', '/hack/', '/timeline/', '/graph/', '/embed/timeline/', '/embed/graph/'];
const LIGHTHOUSE_ROUTES = ['/', '/timeline/', '/embed/timeline/'];

const started = performance.now();
const log = (text) => console.log(`[${round((performance.now() - started) / 1000, 0)} s] ${text}`);

// ---- 1. builds ------------------------------------------------------------------------------

mkdirSync(CACHE, { recursive: true });
const builds = [];
log('building the real site');
const realDist = join(CACHE, 'dist-real');
const realContent = join(ROOT, 'content');
builds.push({
  name: 'real',
  content: realContent,
  dist: realDist,
  seconds: buildSite(realContent, realDist),
});
for (const events of SIZES) {
  const content = join(CACHE, `content-${events}`);
  const dist = join(CACHE, `dist-${events}`);
  writeSyntheticContent(content, { events, actors: Math.round(events / 10) });
  log(`building ${events} synthetic events`);
  builds.push({ name: `${events}`, content, dist, seconds: buildSite(content, dist) });
}
// Rebuilding unchanged content: the share images come from the cache. (Not the largest size,
// to keep the whole run under ten minutes.)
for (const build of builds.slice(0, 2)) {
  log(`rebuilding ${build.name}`);
  build.rebuildSeconds = buildSite(build.content, build.dist, { warm: true });
}
for (const build of builds) {
  build.events = JSON.parse(readFileSync(join(build.dist, 'data/events.json'), 'utf8')).length;
  build.actors = JSON.parse(readFileSync(join(build.dist, 'data/actors.json'), 'utf8')).length;
  installPeers(build.dist);
  if (build.name === 'real') installStoryPeers(build.dist);
}

// ---- 2–5. measurements ------------------------------------------------------------------------

const browser = await launchChromium();
const weights = [];
const scale = [];
const graphs = [];
let lighthouse = {};
let story;

for (const build of builds) {
  const server = await serve(build.dist);
  const url = (route) => new URL(`.${route}`, server.url).href;
  if (build.name === 'real') {
    log('weighing routes');
    const pages = [
      ...ROUTES.map((route) => ({ label: route, route })),
      ...PEERS.map((peer) => ({ label: peer.name, route: `/${peer.path}` })),
    ];
    for (const { label, route } of pages) {
      const { assets, foreign } = await loadPage(browser, url(route));
      const budget = ROUTE_BUDGETS.find((b) => b.route === route);
      weights.push({
        page: label,
        ...weigh(assets),
        foreignRequests: foreign.length,
        overBudget: budget ? overBudget(budget, assets) : [],
        budgeted: Boolean(budget),
      });
    }
    log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs per page`);
    const targets = [
      ...LIGHTHOUSE_ROUTES.map((route) => ({ label: route, href: url(route) })),
      ...PEERS.map((peer) => ({ label: peer.name, href: url(`/${peer.path}`) })),
    ];
    const medians = await lighthouseMedians(
      targets.map((t) => t.href),
      LIGHTHOUSE_RUNS,
    );
    lighthouse = Object.fromEntries(targets.map((t) => [t.label, medians[t.href]]));
    log('story mode beside TimelineJS3 in a 600×450 frame');
    story = await measureStory(browser, server.url, { lighthouseRuns: LIGHTHOUSE_RUNS });
  }
  log(`timeline at ${build.events} events`);
  const ours = await measureTimeline(browser, server.url);
  scale.push({
    events: build.events,
    tool: 'this site',
    firstRenderMs: ours.firstPaintMs,
    interactiveMs: ours.interactiveMs,
    p95FrameMs: ours.p95FrameMs,
    maxFrameMs: ours.maxFrameMs,
    jsGzipKB: ours.jsGzipKB,
  });
  if (build.name === 'real' || build.events === Math.max(...SIZES)) {
    for (const peer of PEERS) {
      log(`${peer.name} at ${build.events} events`);
      const measured = await measurePeer(browser, server.url, peer);
      scale.push({ events: build.events, tool: peer.name, ...measured });
    }
    log(`graph at ${build.actors} actors`);
    graphs.push({ actors: build.actors, ...(await measureGraph(browser, server.url)) });
  }
  await server.close();
}
await browser.close();

// ---- report ---------------------------------------------------------------------------------

const round1 = (bytes) => round(bytes / 1024, 1);
const real = builds[0];
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${machine()}, ${cpus().length} cores, ${round(totalmem() / 2 ** 30, 0)} GiB`,
  minutes: round((performance.now() - started) / 60_000, 1),
  builds: builds.map(({ name, events, actors, seconds, rebuildSeconds }) => ({
    name,
    events,
    actors,
    seconds: round(seconds, 1),
    msPerEvent: round((seconds * 1000) / events, 1),
    rebuildSeconds: rebuildSeconds === undefined ? null : round(rebuildSeconds, 1),
  })),
  weights: weights.map((w) => ({
    page: w.page,
    totalKB: round1(w.total),
    requests: w.requests,
    ...Object.fromEntries(Object.entries(w.kinds).map(([kind, bytes]) => [kind, round1(bytes)])),
    foreignRequests: w.foreignRequests,
    overBudget: w.overBudget,
  })),
  lighthouse,
  story,
  scale,
  graphs,
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const ourEmbed = results.weights.find((w) => w.page === '/embed/timeline/');
const ourTimeline = results.weights.find((w) => w.page === '/timeline/');
const biggest = Math.max(...SIZES);
const at = (tool, events) => scale.find((s) => s.tool === tool && s.events === events);
const ratio = (a, b) => (b > 0 ? `${round(a / b, 1)}×` : '–');

const markdown = `# Benchmark results

${results.date}, ${results.machine}. The whole run took ${results.minutes} minutes.
Sizes are KB of 1,024 bytes: text gzipped at level 9, fonts and images as they are.

## What each page loads (real content, ${real.events} events)

${table(
  [
    'page',
    'total KB',
    'HTML',
    'JS',
    'CSS',
    'fonts',
    'images',
    'data',
    'requests',
    'other hosts',
    'budget',
  ],
  results.weights.map((w) => [
    w.page,
    w.totalKB,
    w.html,
    w.js,
    w.css,
    w.font,
    w.image,
    w.data,
    w.requests,
    w.foreignRequests,
    weights.find((x) => x.page === w.page)?.budgeted
      ? w.overBudget.length
        ? `**over**: ${w.overBudget.join('; ')}`
        : 'within'
      : '–',
  ]),
)}

TimelineJS3 asks Google Fonts for its typefaces by default (the "other hosts" column); on this
offline machine those requests fail, so its font weight here leaves them out. Inlined stylesheets
count as CSS; the budget column checks the routes of budgets.config.ts.

## Lighthouse, mobile, median of ${LIGHTHOUSE_RUNS}

${table(
  [
    'page',
    'performance',
    'accessibility',
    'best practices',
    'SEO',
    'FCP (ms)',
    'LCP (ms)',
    'TBT (ms)',
    'CLS',
  ],
  Object.entries(lighthouse).map(([page, l]) => [
    page,
    l.performance,
    l.accessibility,
    l['best-practices'],
    l.seo,
    l.fcpMs,
    l.lcpMs,
    l.tbtMs,
    l.cls,
  ]),
)}

## Story mode beside TimelineJS3 (600×450, real content)

Bytes, requests and timings are medians of ${story.runs} loads at 600×450; Lighthouse (mobile,
its own viewport) is the median of ${story.lighthouseRuns}. First render: the first frame after
story mode is ready, or after TimelineJS3's \`ready\` event.

${storyTable(story)}

## Timelines at scale (1280×800; zoom in, drag, zoom out)

${table(
  ['events', 'tool', 'first render (ms)', 'p95 frame (ms)', 'max frame (ms)'],
  scale.map((s) => [s.events, s.tool, s.firstRenderMs, s.p95FrameMs, s.maxFrameMs]),
)}

For this site, first render is the first contentful paint (the chart is in the HTML); for the
peers, the first frame after the library reports it has drawn. Our gestures are 15 wheel steps
in, a 480 px drag and 15 steps out; the peers get 5 zoom steps each way (TimelineJS3 through its
zoom buttons) and a 400 px drag.

## Actor graph

${table(
  ['actors', 'interactive (ms)', 'p95 drag (ms)', 'p95 zoom (ms)'],
  graphs.map((g) => [g.actors, g.interactiveMs, g.p95DragMs, g.p95ZoomMs]),
)}

## Build time

${table(
  ['content', 'events', 'actors', 'build (s)', 'ms per event', 'rebuild, unchanged (s)'],
  results.builds.map((b) => [
    b.name,
    b.events,
    b.actors,
    b.seconds,
    b.msPerEvent,
    b.rebuildSeconds ?? '–',
  ]),
)}

Each build is cold (no share image drawn before); a rebuild of unchanged content takes its
share images from the cache.

## Side by side

${table(
  ['', ...PEERS.map((p) => `${p.name} ÷ this site`)],
  [
    [
      `bytes, a timeline to embed (${real.events} events; ours is /embed/timeline/)`,
      ...PEERS.map((p) =>
        ratio(results.weights.find((w) => w.page === p.name).totalKB, ourEmbed.totalKB),
      ),
    ],
    [
      'JS bytes, against our /timeline/ (timeline and linked graph)',
      ...PEERS.map((p) => ratio(results.weights.find((w) => w.page === p.name).js, ourTimeline.js)),
    ],
    [
      `first render at ${biggest} events`,
      ...PEERS.map((p) =>
        ratio(at(p.name, biggest).firstRenderMs, at('this site', biggest).firstRenderMs),
      ),
    ],
    [
      `p95 frame at ${biggest} events`,
      ...PEERS.map((p) =>
        ratio(at(p.name, biggest).p95FrameMs, at('this site', biggest).p95FrameMs),
      ),
    ],
  ],
)}
`;
writeFileSync(join(ROOT, 'bench', 'results.md'), markdown);
console.log(`\n${markdown}`);
log(`wrote bench/results.json and bench/results.md (home ${kb(weights[0].total)})`);
