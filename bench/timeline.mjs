/**
 * npm run bench:timeline — the timeline at 50, 500, 5,000 and 20,000 synthetic events.
 * For each size: build the real site, serve it on loopback, open /timeline/ in Chromium and
 * measure first paint, time until the chart is interactive, JS transferred (gzip), and frame
 * times (p95) while a script zooms with the wheel and pans with the mouse.
 * Writes bench/out/timeline.json and prints a Markdown table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSite,
  gzipSize,
  lateFrames,
  launchChromium,
  machine,
  percentile,
  recordFrames,
  ROOT,
  round,
  serve,
  warm,
} from './support.mjs';
import { writeSyntheticContent } from './synthetic.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '50,500,5000,20000').split(',').map(Number);
const CACHE = join(ROOT, 'bench', '.cache');
const OUT = join(ROOT, 'bench', 'out');

export async function measureTimeline(browser, url, path = 'timeline/') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(
        response
          .body()
          .then((body) => gzipSize(body))
          .catch(() => 0),
      );
  });
  await warm(`${url}${path}`);
  await page.goto(`${url}${path}`, { waitUntil: 'load' });
  const chart = page.locator('timeline-chart').first();
  await chart.scrollIntoViewIfNeeded();
  await page.waitForSelector('timeline-chart[data-ready]', { timeout: 60_000 });
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      firstPaint: paint ? paint.startTime : NaN,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
      ready: performance.now(),
      htmlBytes: nav ? nav.encodedBodySize : NaN,
    };
  });
  const jsBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);

  const svg = chart.locator('svg.tl-svg');
  const box = await svg.boundingBox();
  const x = box.x + box.width * 0.55;
  const y = box.y + Math.min(box.height / 2, 300);
  await page.mouse.click(box.x + 60, y);
  const phase = (run) => recordFrames(page, run, 250);
  const zoomIn = await phase(async () => {
    for (let i = 0; i < 15; i++) {
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(16);
    }
  });
  const pan = await phase(async () => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(x - i * 12, y);
      await page.waitForTimeout(8);
    }
    await page.mouse.up();
  });
  const zoomOut = await phase(async () => {
    for (let i = 0; i < 15; i++) {
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
    }
  });
  const frames = [...zoomIn, ...pan, ...zoomOut];
  await context.close();
  return {
    firstPaintMs: round(timing.firstPaint),
    interactiveMs: round(timing.ready),
    htmlKB: round(timing.htmlBytes / 1024),
    jsGzipKB: round(jsBytes / 1024, 2),
    frames: frames.length,
    p95FrameMs: round(percentile(frames, 95)),
    p95ZoomMs: round(percentile([...zoomIn, ...zoomOut], 95)),
    p95PanMs: round(percentile(pan, 95)),
    maxFrameMs: round(Math.max(...frames)),
    lateFrames: lateFrames(frames),
  };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  const results = [];
  for (const size of SIZES) {
    const content = join(CACHE, `content-${size}`);
    const dist = join(CACHE, `dist-${size}`);
    writeSyntheticContent(content, { events: size });
    process.stdout.write(`building ${size} events… `);
    const buildSeconds = buildSite(content, dist);
    process.stdout.write(`${round(buildSeconds)} s; measuring… `);
    const server = await serve(dist);
    const measured = await measureTimeline(browser, server.url);
    await server.close();
    results.push({ events: size, buildSeconds: round(buildSeconds), ...measured });
    console.log('done');
  }
  await browser.close();
  const report = { date: new Date().toISOString().slice(0, 10), machine: machine(), results };
  writeFileSync(join(OUT, 'timeline.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\n| events | build (s) | first paint (ms) | interactive (ms) | HTML (KB) | JS gzip (KB) | p95 frame (ms) | p95 zoom (ms) | p95 pan (ms) | max frame (ms) | late frames |`,
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.events} | ${r.buildSeconds} | ${r.firstPaintMs} | ${r.interactiveMs} | ${r.htmlKB} | ${r.jsGzipKB} | ${r.p95FrameMs} | ${r.p95ZoomMs} | ${r.p95PanMs} | ${r.maxFrameMs} | ${r.lateFrames} of ${r.frames} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
