/**
 * Crawls the built site from the front page over HTTP, following every internal link, and
 * checks that each page answers 200 and each `#anchor` exists on its page.
 */
import { expect, test } from '@playwright/test';

const LINK = /\s(?:href|src)="([^"]+)"/g;
const ID = /\sid="([^"]+)"/g;

test('no broken internal link or anchor', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const root = new URL(baseURL ?? '').href;
  const queue = [root];
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; page: string; id: string }[] = [];
  const broken: string[] = [];

  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (ids.has(url)) continue;
    const response = await request.get(url);
    if (!response.ok()) {
      broken.push(`${url} → ${response.status()}`);
      ids.set(url, new Set());
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('text/html')) {
      ids.set(url, new Set());
      continue;
    }
    const html = await response.text();
    ids.set(url, new Set([...html.matchAll(ID)].map((m) => m[1] ?? '')));
    for (const [, raw] of html.matchAll(LINK)) {
      const target = new URL((raw ?? '').replaceAll('&amp;', '&'), url);
      if (target.origin !== origin) continue;
      const page = `${target.origin}${target.pathname}${target.search}`;
      if (target.hash.length > 1)
        anchors.push({ from: url, page, id: decodeURIComponent(target.hash.slice(1)) });
      if (!ids.has(page) && target.pathname.startsWith(new URL(root).pathname)) queue.push(page);
      else if (!target.pathname.startsWith(new URL(root).pathname))
        broken.push(`${url} links outside the base: ${target.href}`);
    }
  }

  for (const { from, page, id } of anchors) {
    if (!ids.get(page)?.has(id)) broken.push(`${from} → ${page}#${id} (no such anchor)`);
  }
  expect(ids.size).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
