/**
 * The byte budgets of budgets.config.ts, on the built site. Sizes are deterministic (the same
 * build loads the same files), so these are tests; timings are left to `npm run bench`.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  FILE_BUDGETS,
  GZIP_LEVEL,
  IMAGE_EXTENSIONS,
  IMAGE_MAX_KB,
  ROUTE_BUDGETS,
} from '../../budgets.config';
import { overBudget, overLimit } from '../../src/lib/budget';
import { loadPage } from '../support/page-weight';

const DIST = 'dist';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

for (const budget of ROUTE_BUDGETS) {
  test(`${budget.route} loads within its budget, from this origin only`, async ({
    browser,
    baseURL,
  }) => {
    // Two loads (phone and desktop), each scrolled through and left until the network is idle;
    // these are the first tests a fresh machine runs, with a cold browser and disk.
    test.setTimeout(60_000);
    const { assets, foreign } = await loadPage(browser, new URL(`.${budget.route}`, baseURL).href);
    expect(assets.length, 'the page loaded something').toBeGreaterThan(1);
    expect(overBudget(budget, assets)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('files other sites load keep their budgets', () => {
  for (const { file, gzip } of FILE_BUDGETS) {
    const bytes = gzipSync(readFileSync(join(DIST, file)), { level: GZIP_LEVEL }).length;
    expect(overLimit(`/${file} (gzip)`, bytes, gzip)).toBeUndefined();
  }
});

test(`no image in the build weighs more than ${String(IMAGE_MAX_KB)} KB`, () => {
  const images = filesUnder(DIST).filter((path) => IMAGE_EXTENSIONS.includes(extname(path)));
  expect(images.length, 'the build has images (the share cards)').toBeGreaterThan(50);
  const over = images.flatMap(
    (path) => overLimit(`/${relative(DIST, path)}`, statSync(path).size, IMAGE_MAX_KB) ?? [],
  );
  expect(over).toEqual([]);
});
