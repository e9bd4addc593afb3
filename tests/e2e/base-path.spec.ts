/**
 * Under a sub-path, one page of every kind (each top-level page and the first of each family of
 * pages: events, actors, embed presets…) in Chromium, scrolled through so that every chart
 * loads: no console error (a missing asset or data file is one), no CSP violation, no request to
 * another host. The crawl covers every page's links; this covers what scripts fetch.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site';
import { scrollThrough, watchPage } from '../support/watch';

const pages = builtPages();

/** Pages per directory: a directory with many is a family of pages built from one template. */
const children = new Map<string, number>();
const parent = (path: string) => path.replace(/[^/]+\/$/, '');
for (const path of pages) children.set(parent(path), (children.get(parent(path)) ?? 0) + 1);

/** `events/x/` → `events/*`; top-level pages and small directories stand for themselves. */
const family = (path: string) =>
  parent(path) !== '' && (children.get(parent(path)) ?? 0) > 2 ? `${parent(path)}*` : path;

const kinds = new Map<string, string>();
for (const path of pages) if (!kinds.has(family(path))) kinds.set(family(path), path);

test('one page of every kind is checked', () => {
  expect([...kinds.keys()]).toEqual(
    expect.arrayContaining([
      '',
      'hack/',
      'timeline/',
      'graph/',
      'search/',
      'events/*',
      'actors/*',
      'embed/timeline/',
      'embed/timeline/*',
      'embed/timeline/category/*',
      'embed/graph/',
    ]),
  );
});

for (const path of kinds.values()) {
  test(`/${path} under the base path: no console error, CSP violation or foreign request`, async ({
    page,
    baseURL,
  }) => {
    expect(new URL(baseURL ?? '').pathname).not.toBe('/');
    const watch = await watchPage(page, baseURL ?? '');
    await page.goto(path);
    await scrollThrough(page);
    await watch.expectClean();
  });
}
