/**
 * Every built page, as readers meet it, scrolled top to bottom so that every chart has loaded:
 * no axe violations in the light theme nor in the dark one, no console errors, Content Security
 * Policy violations or requests to other hosts, and complete without JavaScript.
 */
import { expect, test as base, type BrowserContext } from '@playwright/test';
import { COLOUR_RULES, expectNoA11yViolations, switchTheme, useTheme } from '../support/a11y';
import { builtPages } from '../support/site';
import { scrollThrough, watchPage } from '../support/watch';

// One context without JavaScript per worker, for every page's no-JS check.
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

const pages = builtPages();

test('the sweep covers the whole build', () => {
  expect(pages.length).toBeGreaterThan(100);
  expect(pages).toContain('');
  expect(pages).toContain('sources/');
});

for (const path of pages) {
  test(`/${path}: axe in light and dark; no console error, CSP violation or foreign request; complete without JavaScript`, async ({
    page,
    baseURL,
    noScript,
  }) => {
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
