/**
 * Story mode beside TimelineJS3, the slide-by-slide timeline newsrooms embed, in the frame an
 * oEmbed document gives ours: 600×450. Both read the same events (TimelineJS3 from
 * /data/timelinejs.json). For each: bytes transferred (as sent, text gzipped) and requests, first
 * contentful paint, and first render (the first frame after story mode marks itself ready, or
 * after TimelineJS3's `ready` event). Median of RUNS loads, each in a fresh context.
 * `node bench/story.mjs` measures ./dist (run `npm run build` first); `npm run bench` runs it too.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lighthouseMedians } from './lighthouse.mjs';
import { installPeers, PEERS } from './peers.mjs';
import { launchChromium, machine, ROOT, round, serve, warm } from './support.mjs';

const RUNS = 5;
// EMBED_WIDTH and EMBED_HEIGHTS.story of src/lib/embed.ts (which Node cannot import as it is).
const VIEWPORT = { width: 600, height: 450 };
const TIMELINEJS = PEERS.find((peer) => peer.id === 'timelinejs');

/** A TimelineJS3 page filling the frame, as its own embed does (no heading, 100% height). */
function writeTimelineJsFrame(dist) {
  const path = 'peers/timelinejs-frame.html';
  writeFileSync(
    join(dist, path),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>TimelineJS3 in a 600×450 frame: peer benchmark</title>
    <meta name="description" content="TimelineJS3 rendering the Storm-0558 events, for comparison." />
    <link rel="stylesheet" href="${TIMELINEJS.style}" />
  </head>
  <body style="margin: 0">
    <main><div id="timeline-embed" style="width: 100%; height: 100vh"></div></main>
    <script src="${TIMELINEJS.script}"></script>
    <script src="timelinejs-run.js"></script>
  </body>
</html>
`,
  );
  return path;
}

// Stamps window.__rendered on the first frame after story mode is ready (data-ready="true").
const STORY_MARK = () => {
  const stamp = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.__rendered ??= performance.now();
      }),
    );
  new MutationObserver((_, observer) => {
    if (document.querySelector('story-mode[data-ready]')) {
      observer.disconnect();
      stamp();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function loadOnce(browser, url, isOurs) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const tab = await context.newPage();
  const origin = new URL(url).origin;
  let foreign = 0;
  await tab.route(
    (address) => address.origin !== origin,
    (route) => {
      foreign++;
      return route.abort();
    },
  );
  if (isOurs) await tab.addInitScript(STORY_MARK);
  const finished = [];
  tab.on('requestfinished', (request) => finished.push(request));
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 60_000 });
  await tab.waitForLoadState('networkidle');
  const timing = await tab.evaluate(() => ({
    rendered: window.__rendered,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  let bytes = 0;
  for (const request of finished) {
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  return { bytes, requests: finished.length, foreign, ...timing };
}

/** Measures both in `dist` served at `serverUrl` (peers installed). */
export async function measureStory(browser, serverUrl, { lighthouseRuns = 3 } = {}) {
  const targets = [
    { tool: 'Story mode (ours)', path: 'embed/timeline/story/', ours: true },
    { tool: 'TimelineJS3', path: 'peers/timelinejs-frame.html', ours: false },
  ];
  const rows = [];
  for (const target of targets) {
    const url = new URL(target.path, serverUrl).href;
    await warm(url);
    const samples = [];
    for (let i = 0; i < RUNS; i++) samples.push(await loadOnce(browser, url, target.ours));
    rows.push({
      tool: target.tool,
      path: `/${target.path}`,
      transferKB: round(median(samples.map((s) => s.bytes)) / 1024),
      requests: median(samples.map((s) => s.requests)),
      foreignRequests: median(samples.map((s) => s.foreign)),
      fcpMs: round(median(samples.map((s) => s.fcp)), 0),
      firstRenderMs: round(median(samples.map((s) => s.rendered)), 0),
    });
  }
  if (lighthouseRuns > 0) {
    const urls = targets.map((t) => new URL(t.path, serverUrl).href);
    const medians = await lighthouseMedians(urls, lighthouseRuns);
    rows.forEach((row, i) => Object.assign(row, { lighthouse: medians[urls[i]] }));
  }
  return { viewport: VIEWPORT, runs: RUNS, lighthouseRuns, rows };
}

/** Installs the peers and the TimelineJS3 frame page into a built site. */
export function installStoryPeers(dist) {
  installPeers(dist);
  writeTimelineJsFrame(dist);
}

export function storyTable({ rows }) {
  const lh = (row, key) => row.lighthouse?.[key] ?? '–';
  return [
    '| | KB transferred | requests | other hosts | FCP (ms) | first render (ms) | Lighthouse perf. | a11y | best practices |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.tool} | ${r.transferKB} | ${r.requests} | ${r.foreignRequests} | ${r.fcpMs} | ${r.firstRenderMs} | ${lh(r, 'performance')} | ${lh(r, 'accessibility')} | ${lh(r, 'best-practices')} |`,
    ),
  ].join('\n');
}

async function main() {
  const dist = join(ROOT, 'bench', '.cache', 'dist-story');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  cpSync(join(ROOT, 'dist'), dist, { recursive: true });
  installStoryPeers(dist);
  const server = await serve(dist);
  const browser = await launchChromium();
  const result = await measureStory(browser, server.url, {
    lighthouseRuns: Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3),
  });
  await browser.close();
  await server.close();
  const report = { date: new Date().toISOString(), machine: machine(), ...result };
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'story.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`${report.date}, ${report.machine}, ${VIEWPORT.width}×${VIEWPORT.height}\n`);
  console.log(storyTable(result));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
