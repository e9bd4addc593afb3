/**
 * Every built page, as readers meet it, scrolled top to bottom so that every chart has loaded:
 * no axe violations in the light theme, no console errors, Content Security Policy violations or
 * requests to other hosts, and its HTML complete without JavaScript. The dark theme's colours and
 * a load without JavaScript are checked in a browser on every one-of-a-kind page and on enough
 * per-record pages (events, actors, presets) to show every class, inline style and drawing colour
 * the build uses (tests/support/style-sample.ts): 22 pages of 167 today, which keeps the sweep
 * inside the test suite's time.
 */
import { expect, test as base, type BrowserContext } from '@playwright/test';
import { COLOUR_RULES, expectNoA11yViolations, switchTheme, useTheme } from '../support/a11y';
import { builtHtml } from '../support/site';
import { staticPageProblems, styleSample, styleTokens } from '../support/style-sample';
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

test('the sweep covers the whole build, and its sample every style the build uses', () => {
  const paths = pages.map(({ path }) => path);
  expect(paths.length).toBeGreaterThan(100);
  expect(paths).toEqual(expect.arrayContaining(['', 'sources/', 'timeline/', 'graph/']));
  const used = new Set(pages.flatMap(({ html }) => [...styleTokens(html)]));
  const shown = new Set(
    pages.filter(({ path }) => sample.has(path)).flatMap(({ html }) => [...styleTokens(html)]),
  );
  expect([...used].filter((token) => !shown.has(token))).toEqual([]);
  expect(sample.size).toBeLessThan(paths.length / 2);
});

for (const { path, html } of pages) {
  const full = sample.has(path);
  const checks = full
    ? 'axe in light and dark; no console error, CSP violation or foreign request; complete without JavaScript'
    : 'axe; no console error, CSP violation or foreign request; HTML complete without JavaScript';
  test(`/${path}: ${checks}`, async ({ page, baseURL, noScript }) => {
    // The longest pages (sources, the timeline's list) run axe twice over a few thousand nodes.
    if (full) test.slow();
    expect(staticPageProblems(html)).toEqual([]);
    const watch = await watchPage(page, baseURL ?? '');
    await useTheme(page, 'light');
    await page.goto(path);
    await scrollThrough(page);
    await expectNoA11yViolations(page);
    if (full) {
      await switchTheme(page, 'dark');
      await expectNoA11yViolations(page, COLOUR_RULES);
    }
    await watch.expectClean();
    if (!full) return;

    const plain = await noScript.newPage();
    await plain.goto(path);
    await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(plain.getByRole('main')).not.toBeEmpty();
    // Nothing in the main content waits for a script to reveal it.
    expect(await plain.locator('main [hidden]').count()).toBe(0);
    await plain.close();
  });
}
