/**
 * Every built page, as readers meet it. Without a browser, over every page: its HTML complete
 * without JavaScript, no element id used twice, and nothing loaded from another host. In a
 * browser, scrolled top to bottom so that every chart has loaded: no axe violations in the light
 * and the dark theme, no console errors, Content Security Policy violations or requests to other
 * hosts, and a load without JavaScript, on every one-of-a-kind page and on enough per-record
 * pages (events, actors, presets) to show every template and every class, inline style and
 * drawing colour the build uses (tests/support/style-sample.ts): 26 pages of 168 today. A
 * per-record page differs from its sampled siblings only in its text, which the checks without a
 * browser read on every page; the sample keeps the sweep inside the test suite's time.
 */
import { expect, test as base, type BrowserContext } from '@playwright/test';
import { COLOUR_RULES, expectNoA11yViolations, switchTheme, useTheme } from '../support/a11y';
import { builtHtml } from '../support/site';
import {
  duplicateIds,
  foreignResources,
  recordFamily,
  staticPageProblems,
  styleSample,
  styleTokens,
} from '../support/style-sample';
import { scrollThrough, watchPage } from '../support/watch';

// One context without JavaScript per worker, for the no-JS loads.
const test = base.extend<object, { noScript: BrowserContext }>({
  noScript: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        baseURL: workerInfo.project.use.baseURL ?? '',
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const pages = builtHtml()
  .filter(({ path }) => path === 'index.html' || path.endsWith('/index.html'))
  .map(({ path, html }) => ({ path: path.replace(/index\.html$/, ''), html }))
  .sort((a, b) => a.path.localeCompare(b.path));
const sample = new Set(styleSample(pages));

test('the sweep covers the whole build, and its sample every style and template the build uses', () => {
  const paths = pages.map(({ path }) => path);
  expect(paths.length).toBeGreaterThan(100);
  expect(paths).toEqual(expect.arrayContaining(['', 'sources/', 'timeline/', 'graph/']));
  const used = new Set(pages.flatMap(({ html }) => [...styleTokens(html)]));
  const shown = new Set(
    pages.filter(({ path }) => sample.has(path)).flatMap(({ html }) => [...styleTokens(html)]),
  );
  expect([...used].filter((token) => !shown.has(token))).toEqual([]);
  const families = (list: string[]) => [...new Set(list.map(recordFamily))].sort();
  expect(families([...sample])).toEqual(families(paths));
  expect(families(paths)).toEqual(
    expect.arrayContaining(['actors/', 'events/', 'embed/timeline/', 'embed/timeline/category/']),
  );
  expect(sample.size).toBeLessThan(paths.length / 4);
});

test('every page: complete without JavaScript, each id once, nothing loaded from another host', ({
  baseURL,
}) => {
  const problems = pages.flatMap(({ path, html }) =>
    [
      ...staticPageProblems(html),
      ...duplicateIds(html).map((id) => `id "${id}" is used more than once`),
      ...foreignResources(html, baseURL ?? '').map((url) => `loads ${url}`),
    ].map((problem) => `/${path}: ${problem}`),
  );
  expect(problems).toEqual([]);
});

for (const path of [...sample].sort()) {
  test(`/${path}: axe in light and dark; no console error, CSP violation or foreign request; complete without JavaScript`, async ({
    page,
    baseURL,
    noScript,
  }) => {
    // The longest pages (sources, the timeline's list) run axe twice over a few thousand nodes.
    test.slow();
    const watch = await watchPage(page, baseURL ?? '');
    await useTheme(page, 'light');
    await page.goto(path);
    await scrollThrough(page);
    await expectNoA11yViolations(page);
    await switchTheme(page, 'dark');
    await expectNoA11yViolations(page, COLOUR_RULES);
    await watch.expectClean();

    const plain = await noScript.newPage();
    await plain.goto(path);
    await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(plain.getByRole('main')).not.toBeEmpty();
    // Nothing in the main content waits for a script to reveal it.
    expect(await plain.locator('main [hidden]').count()).toBe(0);
    await plain.close();
  });
}
