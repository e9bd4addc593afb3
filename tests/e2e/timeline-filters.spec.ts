/**
 * Filters that reframe the view: the window refits to what matches, empty lanes collapse, the
 * list says what it shows, and no match is said in words with a way out.
 */
import { expect, test, type Page } from '@playwright/test';

async function openTimeline(page: Page, query = '') {
  await page.goto(`timeline/${query}`);
  const chart = page.locator('timeline-chart');
  await expect(chart).toHaveAttribute('data-ready', 'true');
  // On a phone the filters sit behind one button.
  const toggle = chart.locator('.tl-filter-toggle');
  if (await toggle.isVisible()) await toggle.click();
  return chart;
}

for (const size of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${String(size.width)}×${String(size.height)}`, () => {
    test.use({ viewport: size });

    test('a search refits the window to its matches and collapses empty lanes', async ({
      page,
    }) => {
      const chart = await openTimeline(page);
      const lanesBefore = await chart.locator('svg.tl-svg rect.tl-lane').count();
      await chart.locator('input.tl-search').fill('key');
      const status = chart.locator('.tl-status');
      await expect(status).toContainText(/Showing (\d+) of/);
      const shown = Number(/Showing (\d+) of/.exec((await status.textContent()) ?? '')?.[1]);
      // Every match is in view once the window has refitted.
      await expect(status).toContainText(`In view: ${String(shown)},`);
      await expect(chart.locator('.tl-list-wrap > summary')).toHaveText(
        new RegExp(`^${String(shown)} of \\d+ events$`),
      );
      const lanes = await chart.locator('svg.tl-svg rect.tl-lane').count();
      expect(lanes).toBeLessThanOrEqual(lanesBefore);
      const used = await chart.locator('.tl-list > li:not([hidden])').evaluateAll(
        // Each item's date line ends with its lane: "June 16, 2023 · Detection".
        (items) =>
          new Set(
            items.map((li) =>
              li.querySelector('.tl-list-date')?.textContent.split('·').pop()?.trim(),
            ),
          ).size,
      );
      expect(lanes).toBe(used);
    });

    test('no match is said in the chart and announced, with one click to clear', async ({
      page,
    }) => {
      const chart = await openTimeline(page);
      await chart.locator('input.tl-search').fill('zzzz');
      const empty = chart.locator('.tl-empty');
      await expect(empty).toBeVisible();
      await expect(empty).toContainText('No event matches “zzzz”.');
      await expect(chart.locator('.tl-status')).toContainText('No event matches “zzzz”.');
      await empty.getByRole('button', { name: 'Clear filters' }).click();
      await expect(empty).toBeHidden();
      await expect(chart.locator('input.tl-search')).toHaveValue('');
      await expect(chart.locator('.tl-status')).not.toContainText('Showing');
    });
  });
}

test('category chips are pressed when their events are shown; pressing one narrows to it', async ({
  page,
}) => {
  const chart = await openTimeline(page);
  const chips = chart.locator('.tl-chip');
  const count = await chips.count();
  for (let i = 0; i < count; i++)
    await expect(chips.nth(i)).toHaveAttribute('aria-pressed', 'true');
  await chart.locator('.tl-chip[data-category="diplomacy"]').click();
  await expect(page).toHaveURL(/category=diplomacy/);
  await expect(chart.locator('.tl-chip[aria-pressed="true"]')).toHaveCount(1);
  await expect(chart.locator('.tl-chip[data-category="diplomacy"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(chart.locator('svg.tl-svg rect.tl-lane')).toHaveCount(1);
});
