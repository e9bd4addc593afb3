import { expect, test } from '@playwright/test';
import { eventEntries } from '../support/content';

test('the home page lists every event', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const items = page.locator('[data-event-list] > li');
  await expect(items).toHaveCount(eventEntries.length);
  await page.getByText(`The ${eventEntries.length} events as a list`).click();
  const first = eventEntries.find((e) => e.id === 'microsoft-discloses');
  await expect(
    page.getByRole('link', { name: String(first?.data.title), exact: true }),
  ).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page is complete', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('[data-event-list] > li')).toHaveCount(eventEntries.length);
    // The theme toggle needs a script, so it stays hidden rather than showing a dead button.
    await expect(page.getByRole('button', { name: /dark theme/i })).toBeHidden();
  });
});

// The home page's axe runs, light and dark, are the sweep's (sweep.spec.ts), on the page
// scrolled through with every chart loaded.

test('the theme toggle switches, persists and does not flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const toggle = page.getByRole('button', { name: /dark theme/i });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // On the next page load the theme is applied by the head script, before the body paints.
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(19, 19, 22)');
});
