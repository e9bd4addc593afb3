/**
 * Every built page, as readers meet it: no axe violations in the light theme nor in the dark
 * one, no console errors, and complete without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { COLOUR_RULES, expectNoA11yViolations, switchTheme, useTheme } from '../support/a11y';
import { builtPages } from '../support/site';

const pages = builtPages();

test('the sweep covers the whole build', () => {
  expect(pages.length).toBeGreaterThan(100);
  expect(pages).toContain('');
  expect(pages).toContain('sources/');
});

for (const path of pages) {
  test(`/${path}: axe in light and dark, no console errors, complete without JavaScript`, async ({
    page,
    browser,
  }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await useTheme(page, 'light');
    await page.goto(path);
    await expectNoA11yViolations(page);
    await switchTheme(page, 'dark');
    await expectNoA11yViolations(page, COLOUR_RULES);
    expect(errors).toEqual([]);

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(path);
    await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(plain.getByRole('main')).not.toBeEmpty();
    // Nothing in the main content waits for a script to reveal it.
    expect(await plain.locator('main [hidden]').count()).toBe(0);
    await noScript.close();
  });
}
