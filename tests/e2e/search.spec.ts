/**
 * Site search as a reader uses it: "/" from anywhere, a word from an event's summary, results
 * that lead to the event; chapters, actors and the bibliography's documents found too, each
 * result saying which kind it is, with an excerpt that begins at a boundary; under the CSP and
 * the base path. Under the sub-path (playwright.config.ts) only what a base path can break runs:
 * the search index loading and the result links, and the page without JavaScript; tests tagged
 * @root-only read nothing that depends on where the site lives.
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

test(
  'search finds actors and chapters, and says when nothing matches',
  { tag: '@root-only' },
  async ({ page }) => {
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
  },
);

test(
  '"/" types a slash where the reader is already typing',
  { tag: '@root-only' },
  async ({ page }) => {
    await page.goto('search/');
    const field = page.getByRole('searchbox', { name: 'Words to search for' });
    await field.fill('a');
    await field.press('/');
    await expect(field).toHaveValue('a/');
    await expect(field).toBeFocused();
  },
);

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

test(
  'each result says what kind of page it is; excerpts begin at a boundary and mark the words',
  { tag: '@root-only' },
  async ({ page }) => {
    await page.goto('search/?q=raimondo');
    const results = page.locator('ol.search-results > li');
    await expect(page.getByRole('status')).toHaveText(/\d+ results for “raimondo”/);
    const kinds = await results.locator('.search-kind-label').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Chapter', 'Event', 'Actor', 'Source']));
    // A document of the bibliography links to its own entry there.
    const source = results.filter({
      has: page.locator('.search-kind-label', { hasText: 'Source' }),
    });
    await expect(source.first().locator('a.search-title')).toHaveAttribute(
      'href',
      /\/sources\/#.+/,
    );

    for (const query of ['raimondo', 'signing key']) {
      if (query !== 'raimondo') {
        await page.goto(`search/?q=${encodeURIComponent(query)}`);
        await expect(page.getByRole('status')).toHaveText(/results? for/);
      }
      const excerpts = await page.locator('.search-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(2);
      for (const excerpt of excerpts) {
        // A sentence's start, or an ellipsis then a word that does not continue a date.
        expect(excerpt, query).toMatch(/^(?:[\p{Lu}"“‘'(\d]|… (?!\d)[\p{L}"“‘'(])/u);
      }
      const marked = await page.locator('.search-excerpt mark').allTextContents();
      const stem = query.slice(0, 4);
      expect(marked.some((text) => text.toLowerCase().includes(stem))).toBe(true);
    }
  },
);

test('the search button looks like a button', { tag: '@root-only' }, async ({ page }) => {
  await page.goto('search/');
  const button = page.getByRole('main').getByRole('button', { name: 'Search' });
  const look = await button.evaluate((el) => {
    const style = getComputedStyle(el);
    const page = getComputedStyle(document.documentElement).backgroundColor;
    return {
      background: style.backgroundColor,
      page,
      height: el.getBoundingClientRect().height,
      radius: parseFloat(style.borderTopLeftRadius),
      cursor: style.cursor,
    };
  });
  expect(look.background).not.toBe(look.page);
  expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(look.height).toBeGreaterThanOrEqual(44);
  expect(look.radius).toBeGreaterThan(0);
  expect(look.cursor).toBe('pointer');
});

test(
  'the "/" hint shows only where a precise, hovering pointer suggests a keyboard',
  { tag: '@root-only' },
  async ({ browser, baseURL }) => {
    const hint = (page: import('@playwright/test').Page) =>
      page.getByRole('search', { name: 'Site search' }).locator('kbd');
    const desktop = await browser.newContext({ baseURL: baseURL ?? '' });
    const onDesktop = await desktop.newPage();
    await onDesktop.goto('hack/');
    await expect(hint(onDesktop)).toBeVisible();
    await desktop.close();
    // A tablet: wide enough for the search box in the header, but a finger for a pointer.
    const tablet = await browser.newContext({
      baseURL: baseURL ?? '',
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: true,
    });
    const onTablet = await tablet.newPage();
    await onTablet.goto('hack/');
    await expect(onTablet.getByRole('search', { name: 'Site search' })).toBeVisible();
    await expect(hint(onTablet)).toBeHidden();
    await tablet.close();
  },
);
