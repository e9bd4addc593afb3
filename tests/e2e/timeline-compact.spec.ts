/**
 * The chart first, in a phone's first screen and in an article column: the filters fold behind
 * one "Filter" button (with the active filters in words beside it) on pages narrower than
 * 640 px and in every embed; embeds keep the horizontal drawing down to 480 px; presets name
 * their own filter; a full page says which odd values of its link it ignored.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EMBED_VERTICAL_BELOW, PAGE_VERTICAL_BELOW } from '../../src/lib/breakpoints';
import { EMBED_HEIGHTS, EMBED_MAX_HEIGHT, EMBED_WIDTH } from '../../src/lib/embed';

async function open(page: Page, path: string, scroll = false) {
  await page.goto(path);
  const chart = page.locator('timeline-chart');
  // A chart's script loads as it nears the viewport.
  if (scroll) await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-ready', 'true');
  return chart;
}

/**
 * Event labels drawn whole inside the viewport (no "…"), with their mark, at a size that reads
 * (a line at least 10 px tall).
 */
async function labelsOnScreen(page: Page, chart: Locator): Promise<string[]> {
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  return chart.locator('svg.tl-svg a.tl-mark[data-event-id]').evaluateAll(
    (marks, frame) =>
      marks.flatMap((mark) => {
        const label = mark.querySelector('text.tl-label');
        if (!label) return [];
        const box = label.getBoundingClientRect();
        const text = label.textContent;
        const line = box.height / Math.max(1, label.querySelectorAll('tspan').length);
        const inside =
          box.top >= 0 && box.bottom <= frame.height && box.left >= 0 && box.right <= frame.width;
        return box.width > 0 && inside && line >= 10 && !text.includes('…') ? [text] : [];
      }),
    size,
  );
}

test.describe('on a phone, /timeline/', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first screen shows the chart with labelled events; the filters open from one button', async ({
    page,
  }) => {
    const chart = await open(page, 'timeline/');
    const toggle = chart.getByRole('button', { name: 'Filter' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(chart.locator('.tl-filter-summary')).toHaveText('All events');
    await expect(chart.locator('.tl-chip').first()).toBeHidden();
    await expect(chart.locator('select.tl-actor')).toBeHidden();
    await expect(chart.locator('input.tl-search')).toBeHidden();
    await expect(chart.locator('[data-zoom="in"]')).toBeVisible();
    expect((await labelsOnScreen(page, chart)).length).toBeGreaterThan(0);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(chart.locator('.tl-chip').first()).toBeVisible();
    await chart.locator('.tl-chip[data-category="diplomacy"]').click();
    await chart.locator('select.tl-actor').selectOption('antony-blinken');
    await chart.locator('input.tl-search').fill('Beijing');
    await expect(chart.locator('.tl-filter-summary')).toHaveText(
      'Diplomacy · Antony Blinken · “Beijing”',
    );
    await toggle.click();
    await expect(chart.locator('select.tl-actor')).toBeHidden();
  });
});

test('at 1280 px the filters are out, with no Filter button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const chart = await open(page, 'timeline/');
  await expect(chart.locator('.tl-filter-toggle')).toBeHidden();
  await expect(chart.locator('.tl-chip').first()).toBeVisible();
  await expect(chart.locator('input.tl-search')).toBeVisible();
});

test.describe('in a 600×450 frame, /embed/timeline/', () => {
  test.use({ viewport: { width: 600, height: 450 } });

  test('shows the chart first, drawn across, with the filters behind one button', async ({
    page,
  }) => {
    const chart = await open(page, 'embed/timeline/');
    await expect(chart.locator('svg.tl-svg')).toHaveAttribute('data-orientation', 'horizontal');
    await expect(chart.locator('.tl-filter-toggle')).toBeVisible();
    await expect(chart.locator('.tl-chip').first()).toBeHidden();
    const svgTop = await chart
      .locator('svg.tl-svg')
      .evaluate((svg) => svg.getBoundingClientRect().top);
    expect(svgTop).toBeLessThan(450 / 2);
    expect((await labelsOnScreen(page, chart)).length).toBeGreaterThanOrEqual(5);
  });
});

test('embeds stay horizontal down to 480 px; full pages turn downwards below 640 px', async ({
  page,
}) => {
  const orientation = async (path: string, width: number) => {
    await page.setViewportSize({ width, height: 700 });
    const chart = await open(page, path);
    const inner = await chart.evaluate((el) => el.clientWidth);
    return {
      inner,
      orientation: await chart.locator('svg.tl-svg').getAttribute('data-orientation'),
    };
  };
  const embedWide = await orientation('embed/timeline/', 540);
  expect(embedWide.inner).toBeGreaterThanOrEqual(EMBED_VERTICAL_BELOW);
  expect(embedWide.inner).toBeLessThan(PAGE_VERTICAL_BELOW);
  expect(embedWide.orientation).toBe('horizontal');
  expect((await orientation('embed/timeline/', 420)).orientation).toBe('vertical');
  const page600 = await orientation('timeline/', 600);
  expect(page600.inner).toBeLessThan(PAGE_VERTICAL_BELOW);
  expect(page600.orientation).toBe('vertical');
});

test('a preset’s controls show its own filter', async ({ page }) => {
  const chart = await open(page, 'embed/timeline/antony-blinken/');
  const select = chart.locator('select.tl-actor');
  expect(
    await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent.trim()),
  ).toBe('Antony Blinken');
  await expect(chart.locator('.tl-filter-summary')).toHaveText('Antony Blinken');

  const category = await open(page, 'embed/timeline/category/diplomacy/');
  await category.locator('.tl-filter-toggle').click();
  const chips = category.locator('.tl-chip');
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toHaveAttribute('data-category', 'diplomacy');
  await expect(chips.first()).toHaveAttribute('aria-pressed', 'true');
  await expect(category.locator('.tl-filter-summary')).toHaveText('Diplomacy');
});

for (const path of ['timeline/', '']) {
  test(`/${path} says which odd values of its link it ignored, and ignores them`, async ({
    page,
  }) => {
    const chart = await open(
      page,
      `${path}?actor=nobody&category=zzz&event=no-such-event&from=2023-09-01&to=2023-05-01&utm_source=feed`,
      true,
    );
    const notice = chart.locator('.tl-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('actor “nobody”');
    await expect(notice).toContainText('category “zzz”');
    await expect(notice).toContainText('event “no-such-event”');
    await expect(notice).toContainText('to “2023-05-01” (before from)');
    // Tracking parameters are not the reader's doing: not worth a word.
    await expect(notice).not.toContainText('utm_source');
    await expect(chart.locator('.tl-filter-summary')).toHaveText('All events');
    await expect(chart.locator('[aria-current="true"]')).toHaveCount(0);
  });
}

test('a clean link shows no notice', async ({ page }) => {
  const chart = await open(page, 'timeline/?actor=antony-blinken&utm_source=feed');
  await expect(chart.locator('.tl-notice')).toBeHidden();
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a plain frame of the documented size, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({
      javaScriptEnabled,
      viewport: { width: EMBED_WIDTH, height: EMBED_HEIGHTS.timeline },
    });

    test('shows at least five events with their full titles, without scrolling', async ({
      page,
    }) => {
      // The documented default (docs/embedding.md): an article's frame, not a tall strip.
      expect(EMBED_HEIGHTS.timeline).toBeGreaterThanOrEqual(450);
      expect(EMBED_HEIGHTS.timeline).toBeLessThanOrEqual(520);
      await page.goto('embed/timeline/');
      const chart = page.locator('timeline-chart');
      if (javaScriptEnabled) await expect(chart).toHaveAttribute('data-ready', 'true');
      expect((await labelsOnScreen(page, chart)).length).toBeGreaterThanOrEqual(5);
    });
  });
}

test.describe('a plain frame of the documented size, an event selected', () => {
  test.use({ viewport: { width: EMBED_WIDTH, height: EMBED_HEIGHTS.timeline } });

  test('shows its card inside the frame, clear of the mark, its links within reach', async ({
    page,
  }) => {
    const chart = await open(page, 'embed/timeline/');
    for (const id of ['microsoft-discloses', 'state-soc-alert']) {
      const mark = chart.locator(`svg.tl-svg a.tl-mark[data-event-id="${id}"]`);
      await mark.click();
      const panel = chart.locator('.tl-panel');
      await expect(panel).toBeVisible();
      const card = await panel.boundingBox();
      const dot = await mark.locator(':scope > :is(circle:not(.tl-hit), rect)').boundingBox();
      if (!card || !dot) throw new Error('no card or mark');
      expect(card.y, id).toBeGreaterThanOrEqual(0);
      expect(card.y + card.height, id).toBeLessThanOrEqual(EMBED_HEIGHTS.timeline);
      const apart =
        card.x + card.width <= dot.x ||
        dot.x + dot.width <= card.x ||
        card.y + card.height <= dot.y ||
        dot.y + dot.height <= card.y;
      expect(apart, id).toBe(true);
      // Held to the room there is, the card scrolls to its sources.
      const sources = panel.locator('.tl-panel-sources a').first();
      await sources.scrollIntoViewIfNeeded();
      await expect(sources).toBeInViewport();
      await page.keyboard.press('Escape');
    }
  });
});

test('in a 600-px column with embed.js, the frame stays within its ceiling; all events open in a new tab', async ({
  page,
}) => {
  await page.goto('http://127.0.0.1:4322/column-chart');
  const frame = page.frameLocator('iframe#timeline');
  const height = () =>
    page.locator('iframe#timeline').evaluate((f) => Math.round(f.getBoundingClientRect().height));
  await expect(frame.locator('timeline-chart')).toHaveAttribute('data-ready', 'true');
  await expect(frame.locator('svg.tl-svg')).toHaveAttribute('data-orientation', 'horizontal');
  await expect.poll(height).not.toBe(EMBED_HEIGHTS.timeline);
  expect(await height()).toBeLessThanOrEqual(EMBED_MAX_HEIGHT);

  // The details card opens inside the frame, which does not grow past its ceiling for it.
  await frame.locator('a.tl-mark[data-event-id="microsoft-discloses"]').click();
  const panel = frame.locator('.tl-panel');
  await expect(panel).toBeVisible();
  const bottom = await panel.evaluate((p) => p.getBoundingClientRect().bottom);
  expect(bottom).toBeLessThanOrEqual(await height());
  expect(await height()).toBeLessThanOrEqual(EMBED_MAX_HEIGHT);

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();

  // Reading every event is the reader's choice: the full timeline, in a new tab.
  const all = frame.getByRole('link', { name: 'Show all events' });
  await expect(all).toHaveAttribute('target', '_blank');
  await expect(all).toHaveAttribute('href', /\/timeline\/$/);
  await frame.locator('.tl-list-wrap > summary').click();
  await page.waitForTimeout(300);
  expect(await height()).toBeLessThanOrEqual(EMBED_MAX_HEIGHT);
});

test('a preset’s “Show all events” opens every event; “Open in full” keeps its filter', async ({
  page,
}) => {
  await page.goto('embed/timeline/antony-blinken/');
  await expect(page.getByRole('link', { name: 'Show all events' })).toHaveAttribute(
    'href',
    /\/timeline\/$/,
  );
  await expect(page.locator('a[data-embed-full]')).toHaveAttribute(
    'href',
    /\/timeline\/\?actor=antony-blinken$/,
  );
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`in a 1280-px frame, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });
    test('the overview keeps to the drawing’s width', async ({ page }) => {
      await page.goto('embed/timeline/antony-blinken/');
      const chart = page.locator('timeline-chart');
      if (javaScriptEnabled) await expect(chart).toHaveAttribute('data-ready', 'true');
      const drawing = await chart.locator('svg.tl-svg').boundingBox();
      const overview = await chart.locator('svg.tl-overview').boundingBox();
      if (!drawing || !overview) throw new Error('no drawing or overview');
      expect(overview.width).toBeLessThanOrEqual(drawing.width + 1);
      expect(Math.abs(overview.x - drawing.x)).toBeLessThanOrEqual(1);
    });
  });
}
