/**
 * The details of a selected event, where the reader is looking: a card beside the mark on wide
 * screens, a sheet on phones; inside the viewport, clear of the mark, reachable by keyboard,
 * and never a history entry of its own.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { COLOUR_RULES, expectNoA11yViolations, switchTheme } from '../support/a11y';

async function openTimeline(page: Page, query = ''): Promise<Locator> {
  await page.goto(`timeline/${query}`);
  const chart = page.locator('timeline-chart');
  await expect(chart).toHaveAttribute('data-ready', 'true');
  return chart;
}

/** The card's and the mark's boxes, and the viewport. */
async function geometry(page: Page, chart: Locator, id: string) {
  const card = await chart.locator('.tl-panel').boundingBox();
  const mark = await chart
    .locator(`a.tl-mark[data-event-id="${id}"] :is(circle:not(.tl-hit), rect)`)
    .boundingBox();
  const viewport = page.viewportSize();
  return { card, mark, viewport };
}

function expectBesideInView(g: Awaited<ReturnType<typeof geometry>>) {
  const { card, mark, viewport } = g;
  if (!card || !mark || !viewport) throw new Error('no card, mark or viewport');
  expect(card.y).toBeGreaterThanOrEqual(-1);
  expect(card.x).toBeGreaterThanOrEqual(-1);
  expect(card.y + card.height).toBeLessThanOrEqual(viewport.height + 1);
  expect(card.x + card.width).toBeLessThanOrEqual(viewport.width + 1);
  expect(mark.y).toBeGreaterThanOrEqual(0);
  expect(mark.y + mark.height).toBeLessThanOrEqual(viewport.height);
  const overlaps =
    card.x < mark.x + mark.width &&
    mark.x < card.x + card.width &&
    card.y < mark.y + mark.height &&
    mark.y < card.y + card.height;
  expect(overlaps).toBe(false);
}

for (const size of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${String(size.width)}×${String(size.height)}`, () => {
    test.use({ viewport: size, hasTouch: size.width < 600, isMobile: size.width < 600 });

    test('a click opens the card beside the mark, in view, clear of it', async ({ page }) => {
      const chart = await openTimeline(page);
      const id = 'raimondo-says-hacked';
      await chart.locator(`a.tl-mark[data-event-id="${id}"]`).scrollIntoViewIfNeeded();
      await chart.locator(`a.tl-mark[data-event-id="${id}"] circle:not(.tl-hit)`).click();
      await expect(chart.locator('.tl-panel h3')).toHaveText(
        'Raimondo confirms on television that she was hacked and raised it in China',
      );
      expectBesideInView(await geometry(page, chart, id));
    });

    test('Enter moves focus into the card, Tab reaches its links, Escape returns to the mark', async ({
      page,
    }) => {
      const chart = await openTimeline(page);
      await chart.locator('a.tl-mark[tabindex="0"]').focus();
      await page.keyboard.press('End');
      const id = (await page.locator(':focus').getAttribute('data-event-id')) ?? '';
      await page.keyboard.press('Enter');
      const panel = chart.locator('.tl-panel');
      await expect(panel).toBeFocused();
      expectBesideInView(await geometry(page, chart, id));
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveJSProperty('tagName', 'A');
      expect(await panel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(page.locator(':focus')).toHaveAttribute('data-event-id', id);
    });

    test('a deep link scrolls the chart into view with the card open', async ({ page }) => {
      const chart = await openTimeline(page, '?event=bacon-discloses');
      await expect(chart.locator('.tl-panel h3')).toBeVisible();
      expectBesideInView(await geometry(page, chart, 'bacon-discloses'));
    });

    test('a long card keeps its buttons in view, at its foot, without scrolling it', async ({
      page,
    }) => {
      const chart = await openTimeline(page, '?event=microsoft-discloses');
      const panel = chart.locator('.tl-panel');
      await expect(panel.locator('h3')).toBeVisible();
      for (const name of ['← Earlier event', 'Later event →', 'Close']) {
        await expect(panel.getByRole('button', { name }), name).toBeInViewport({ ratio: 1 });
      }
      await expect(panel.getByRole('link', { name: 'Event page' })).toBeInViewport({ ratio: 1 });
    });

    test('selecting, stepping and closing add no history entries', async ({ page }) => {
      const chart = await openTimeline(page);
      const before = await page.evaluate(() => history.length);
      for (const id of ['yellen-beijing', 'kerry-beijing', 'raimondo-says-hacked']) {
        const mark = chart.locator(`a.tl-mark[data-event-id="${id}"]`);
        await mark.scrollIntoViewIfNeeded();
        await mark.locator(':is(circle:not(.tl-hit), rect)').click();
        await expect(page).toHaveURL(new RegExp(`event=${id}`));
      }
      await chart.locator('.tl-panel').getByRole('button', { name: 'Later event →' }).click();
      await chart.locator('.tl-panel').getByRole('button', { name: 'Close' }).click();
      expect(await page.evaluate(() => history.length)).toBe(before);
    });
  });
}

test('sources in the card say when a link goes to a republication', async ({ page }) => {
  const chart = await openTimeline(page, '?event=bacon-gets-microsoft-alert');
  const item = chart.locator('.tl-panel-sources li').filter({ hasText: 'republished by' });
  await expect(item.first()).toContainText('Link to a republication.');
});

for (const width of [1280, 390]) {
  test(`axe finds nothing with the card open at ${String(width)} px, light and dark`, async ({
    page,
  }) => {
    // A full axe run over the page with its list of every event, then the rules colours decide:
    // the dark theme changes colours only.
    test.slow();
    await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
    const chart = await openTimeline(page, '?event=microsoft-discloses');
    await expect(chart.locator('.tl-panel')).toBeVisible();
    await switchTheme(page, 'light');
    await expectNoA11yViolations(page);
    await switchTheme(page, 'dark');
    await expectNoA11yViolations(page, COLOUR_RULES);
  });
}

test('the card gives the date as the list does, ranges and actors included, on a page and in an embed', async ({
  page,
}) => {
  for (const path of ['timeline/', 'embed/timeline/']) {
    await page.goto(`${path}?event=blinken-beijing-visit`);
    const chart = page.locator('timeline-chart');
    await expect(chart).toHaveAttribute('data-ready', 'true');
    const meta = chart.locator('.tl-panel .chart-panel-meta');
    await expect(meta).toContainText('June 18–19, 2023');
    await expect(chart.locator('.tl-panel .tl-panel-actors')).toContainText('Antony Blinken');
    await expect(chart.locator('.tl-panel .tl-panel-sources li').first()).toBeVisible();
    // A mark's accessible name starts with the same date.
    await expect(
      chart.locator('svg.tl-svg a.tl-mark[data-event-id="blinken-beijing-visit"]'),
    ).toHaveAttribute('aria-label', /^June 18–19, 2023: /);
  }
});
