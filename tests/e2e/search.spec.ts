/**
 * Site search as a reader uses it: "/" from anywhere, a word from an event's summary, results
 * that lead to the event; chapters and actors found too; under the CSP and the base path.
 */
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { content } from '../support/content';
import { watchPage } from '../support/watch';

// An event whose summary has a word its title lacks: the search must read summaries.
const event = content.entries.events.find(
  (e) => String(e.data.summary).includes('Yellow Taxi') && !String(e.data.title).includes('Taxi'),
);

test('"/" focuses the search box; a word from an event’s summary finds the event', async ({
  page,
  baseURL,
}) => {
  expect(event).toBeDefined();
  const watch = await watchPage(page, baseURL ?? '');
  await page.goto('hack/');
  await page.keyboard.press('/');
  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill('taxi');
  await box.press('Enter');
  await expect(page).toHaveURL(`${baseURL}search/?q=taxi`);
  const results = page.locator('ol.search-results');
  const hit = results.getByRole('link', { name: String(event?.data.title) });
  await expect(hit).toBeVisible();
  await expect(hit).toHaveAttribute(
    'href',
    `${new URL(baseURL ?? '').pathname}events/${event?.id}/`,
  );
  await expect(page.getByRole('status')).toHaveText(/\d+ results? for “taxi”/);
  await expect(results.locator('mark').first()).toHaveText(/taxi/i);
  await expectNoA11yViolations(page);
  await hit.click();
  await expect(page).toHaveURL(`${baseURL}events/${event?.id}/`);
  await watch.expectClean();
});

test('search finds actors and chapters, and says when nothing matches', async ({ page }) => {
  await page.goto('search/?q=Raimondo');
  const results = page.locator('ol.search-results > li');
  await expect(
    results.filter({ hasText: 'Actor' }).getByRole('link', { name: 'Gina Raimondo' }),
  ).toBeVisible();
  await page.goto('search/?q=signing%20key');
  await expect(results.filter({ hasText: 'Chapter' }).first()).toBeVisible();
  await page.goto('search/?q=zzzyxq');
  await expect(page.getByRole('status')).toHaveText('Nothing found for “zzzyxq”.');
  await expect(results).toHaveCount(0);
});

test('"/" types a slash where the reader is already typing', async ({ page }) => {
  await page.goto('search/');
  const field = page.getByRole('searchbox', { name: 'Words to search for' });
  await field.fill('a');
  await field.press('/');
  await expect(field).toHaveValue('a/');
  await expect(field).toBeFocused();
});

test('without JavaScript the search page says where everything is listed', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('search/?q=taxi');
  await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'timeline' })).toHaveAttribute(
    'href',
    `${new URL(baseURL ?? '').pathname}timeline/`,
  );
  await context.close();
});
