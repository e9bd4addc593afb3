/**
 * What the benchmarks share: building the site from a content tree, serving a folder on
 * loopback, launching Chromium, gzip sizes and percentiles.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';

export const ROOT = new URL('..', import.meta.url).pathname;

/**
 * Builds the site from `contentDir` into `outDir`; returns seconds taken. Cold by default: the
 * share-image cache (src/pages/og/_render.ts) starts empty; `warm` keeps what the last build of
 * the same `outDir` drew, as a rebuild on a newsroom's machine would.
 */
export function buildSite(contentDir, outDir, { warm = false } = {}) {
  const shareImages = `${outDir}.share-images`;
  if (!warm) rmSync(shareImages, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, SHARE_IMAGE_CACHE: shareImages, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`build failed for ${contentDir}:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv',
  '.png': 'image/png',
};

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * Serves `dir` at http://127.0.0.1:<port>/, gzipping text; resolves to { url, close }.
 * Each file is compressed once and the result kept, as static hosts and CDNs serve text
 * (nginx's gzip_static, an edge cache): gzip level 9 takes 140 ms for the 8 MB page of 5,000
 * events, which a reader of a deployed site never waits for. Measurements `warm` what they load
 * first, so that no timing includes compressing.
 */
export function serve(dir, port = 0) {
  const compressed = new Map();
  const gzipOnce = (file, body) => {
    if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
    return compressed.get(file);
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    // Text is sent gzipped when the browser accepts it, as every static host does.
    const compress =
      COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(compress ? gzipOnce(file, body) : body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/** Requests each of `urls` once, so that the server has compressed it before it is measured. */
export async function warm(...urls) {
  for (const url of urls) {
    const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    if (!response.ok) throw new Error(`warming ${url}: ${response.status}`);
    await response.arrayBuffer();
  }
}

/** Chromium as the tests launch it: Playwright's own if installed, else the system one. */
export function launchChromium() {
  return chromium.launch(chromiumLaunchOptions());
}

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A 60 Hz display's frame interval, in ms. */
export const FRAME_MS = 1000 / 60;

/**
 * How many frame gaps were late: longer than one and a half display frames, so that at least
 * one frame was missed. A p95 of frame gaps cannot fall below the display's interval, and the
 * gaps of on-time frames read 16.6–16.8 ms with the browser's rounded timers; this count says
 * whether any frame was actually dropped.
 */
export function lateFrames(gaps) {
  return gaps.filter((gap) => gap > FRAME_MS * 1.5).length;
}

export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function machine() {
  return `${process.platform} ${process.arch}, Node ${process.version}`;
}

/**
 * To evaluate in a page: records the gap between animation frames in window.__frames until
 * window.__stopFrames is set.
 */
export const RECORD_FRAMES = () => {
  window.__frames = [];
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (!window.__stopFrames) requestAnimationFrame(tick);
  };
  window.__stopFrames = false;
  requestAnimationFrame(tick);
};

/** Runs `steps` in the page while recording frames; returns the frame gaps. */
export async function recordFrames(page, steps, settleMs = 100) {
  await page.evaluate(RECORD_FRAMES);
  await steps();
  await page.waitForTimeout(settleMs);
  return page.evaluate(() => {
    window.__stopFrames = true;
    return window.__frames.slice(1);
  });
}
