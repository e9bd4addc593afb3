/**
 * The timeline on a phone without JavaScript: the build's downward drawing, shown by CSS, read as
 * a reader sees it. Every visible piece of text in the chart is at least 11 CSS px, no label
 * overlaps another, and the page never scrolls sideways. On a desktop the wide drawing shows,
 * and only it.
 */
import { expect, test, type Locator } from '@playwright/test';
import { MIN_TEXT_PX } from '../../src/lib/layout-vertical';
import { COLOUR_RULES, expectNoA11yViolations } from '../support/a11y';

const PATHS = ['timeline/', '', 'embed/timeline/'];

/** Each visible text of the chart's drawings: its box on screen and its rendered font size. */
async function readTexts(chart: Locator) {
  return chart.evaluate((root) =>
    [...root.querySelectorAll<SVGTextElement>('svg text')].flatMap((text) => {
      const box = text.getBoundingClientRect();
      const svg = text.ownerSVGElement;
      const matrix = text.getScreenCTM();
      if (!svg || !matrix || box.width === 0 || box.height === 0) return [];
      if (svg.getBoundingClientRect().width === 0) return [];
      // A mark's kicker (before its link) and its title are one label.
      const owner =
        text.closest('a[data-event-id], g.tl-cluster') ??
        (text.classList.contains('tl-kicker') ? text.nextElementSibling : null) ??
        text;
      const id =
        owner instanceof Element ? (owner.getAttribute('data-event-id') ?? owner.textContent) : '';
      return [
        {
          id: `${text.getAttribute('class') ?? 'text'} ${id.slice(0, 60)}`,
          owner: owner === text ? `text:${String(Math.round(box.top))}:${text.textContent}` : id,
          px: parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b),
          box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
          svg: svg.getAttribute('class') ?? '',
        },
      ];
    }),
  );
}

for (const width of [320, 390]) {
  test.describe(`at ${String(width)} pixels without JavaScript`, () => {
    test.use({ viewport: { width, height: 844 }, javaScriptEnabled: false });

    for (const path of PATHS) {
      test(`/${path}: the downward drawing, no text under ${String(MIN_TEXT_PX)} px, no overlap, no sideways scroll`, async ({
        page,
      }) => {
        await page.goto(path);
        const chart = page.locator('timeline-chart[data-timeline]').first();
        await chart.scrollIntoViewIfNeeded();
        const texts = await readTexts(chart);
        expect(texts.length, 'the chart shows its labels').toBeGreaterThan(20);
        const small = texts.filter((t) => t.px < MIN_TEXT_PX - 0.01);
        expect(small.map((t) => `${t.id}: ${t.px.toFixed(2)} px`)).toEqual([]);

        // Labels of different marks never overlap (a line box is a little taller than its ink).
        const overlaps: string[] = [];
        texts.forEach((a, i) => {
          for (const b of texts.slice(i + 1)) {
            if (a.owner === b.owner) continue;
            const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (x > 0.5 && y > 2) overlaps.push(`${a.id} × ${b.id}`);
          }
        });
        expect(overlaps).toEqual([]);

        // Every label lies inside the screen, and the page does not scroll sideways.
        const outside = texts.filter((t) => t.box.left < -0.5 || t.box.right > width + 0.5);
        expect(outside.map((t) => t.id)).toEqual([]);
        const scroll = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          chart: [...document.querySelectorAll('timeline-chart .tl-scroll')].map(
            (el) => el.scrollWidth - el.clientWidth,
          ),
        }));
        expect(scroll.page).toBeLessThanOrEqual(scroll.client);
        expect(scroll.chart.every((extra) => extra <= 0)).toBe(true);

        // What is read is the build's downward drawing, alone.
        expect(new Set(texts.map((t) => t.svg))).toEqual(new Set(['tl-svg-v']));
        await expect(chart.locator('svg.tl-svg-v')).toBeVisible();
        await expect(chart.locator('svg.tl-svg')).toBeHidden();
        await expect(chart.locator('svg.tl-overview')).toBeHidden();
        // The downward axis is not to scale, and says so.
        await expect(chart.locator('.tl-scale-note')).toBeVisible();
      });
    }
  });
}

for (const js of [false, true]) {
  test.describe(`at 1280 pixels, JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });

    for (const path of PATHS) {
      test(`/${path}: the wide drawing shows, and only it`, async ({ page }) => {
        await page.goto(path);
        const chart = page.locator('timeline-chart[data-timeline]').first();
        await chart.scrollIntoViewIfNeeded();
        if (js) await expect(chart).toHaveAttribute('data-ready', 'true');
        const wide = chart.locator('svg.tl-svg');
        await expect(wide).toBeVisible();
        await expect(wide).toHaveAttribute('data-orientation', 'horizontal');
        await expect(chart.locator('svg.tl-overview')).toBeVisible();
        // The downward copy is hidden without a script, and gone once one runs.
        await expect(chart.locator('svg.tl-svg-v')).toHaveCount(js ? 0 : 1);
        await expect(chart.locator('svg.tl-svg-v')).toBeHidden();
        const texts = await readTexts(chart);
        expect(new Set(texts.map((t) => t.svg))).toEqual(new Set(['tl-svg', 'tl-overview']));
        // The wide drawing is to scale: no note says otherwise.
        await expect(chart.locator('.tl-scale-note')).toBeHidden();
      });
    }
  });
}

test.describe('at 390 pixels, the script takes over', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const path of PATHS) {
    test(`/${path}: it draws downwards what the build drew, the same labels in the same places`, async ({
      page,
      browser,
    }) => {
      const plain = await browser.newContext({
        viewport: { width: 390, height: 844 },
        javaScriptEnabled: false,
        baseURL: test.info().project.use.baseURL ?? '',
      });
      const before = await plain.newPage();
      await before.goto(path);
      const staticChart = before.locator('timeline-chart[data-timeline]').first();
      await staticChart.scrollIntoViewIfNeeded();
      const built = await readTexts(staticChart);
      await plain.close();

      await page.goto(path);
      const chart = page.locator('timeline-chart[data-timeline]').first();
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-ready', 'true');
      await expect(chart.locator('svg.tl-svg')).toHaveAttribute('data-orientation', 'vertical');
      await expect(chart.locator('.tl-scale-note')).toBeVisible();
      const drawn = await readTexts(chart);
      // Same text, same size, same place relative to the drawing's top-left corner.
      const relative = (texts: typeof built) => {
        const left = Math.min(...texts.map((t) => t.box.left));
        const top = Math.min(...texts.map((t) => t.box.top));
        return texts
          .map((t) => ({
            id: t.id,
            px: t.px.toFixed(1),
            x: Math.round(t.box.left - left),
            y: Math.round(t.box.top - top),
          }))
          .sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
      };
      expect(built.length).toBeGreaterThan(20);
      expect(relative(drawn)).toEqual(relative(built));
    });

    test(`/${path}: it makes the build's drawing interactive instead of drawing it again`, async ({
      page,
    }) => {
      // The chart's module waits until the build's drawing has been tagged.
      let release = (): void => undefined;
      const tagged = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/\/timeline-chart\.[\w-]+\.js$/, async (route) => {
        await tagged;
        await route.continue();
      });
      await page.goto(path);
      const chart = page.locator('timeline-chart[data-timeline]').first();
      await chart.locator('svg.tl-svg-v').evaluate((svg) => {
        svg.setAttribute('data-probe', 'built');
      });
      release();
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-ready', 'true');
      const svg = chart.locator('svg.tl-svg');
      await expect(svg).toHaveAttribute('data-probe', 'built');
      await expect(chart.locator('svg.tl-svg-v')).toHaveCount(0);
      // What the script's own drawing has: one tab stop, touch targets, bubbles as buttons.
      await expect(svg.locator('a[data-event-id][tabindex="0"]')).toHaveCount(1);
      const points = await svg.locator('a.shape-point').count();
      expect(points).toBeGreaterThan(0);
      await expect(svg.locator('a.shape-point > circle.tl-hit')).toHaveCount(points);
      await expect(svg.locator('g.tl-cluster:not([role="button"])')).toHaveCount(0);
      // And it works: the keyboard walks it, a tap opens an event's card.
      await svg.locator('a[data-event-id][tabindex="0"]').focus();
      const first = await page.evaluate(() =>
        document.activeElement?.getAttribute('data-event-id'),
      );
      await page.keyboard.press('ArrowDown');
      const second = await page.evaluate(() =>
        document.activeElement?.getAttribute('data-event-id'),
      );
      expect(second).toBeTruthy();
      expect(second).not.toBe(first);
      await page.keyboard.press('Enter');
      await expect(chart.locator('.tl-panel')).toBeVisible();
    });
  }
});

test.describe('at 390 pixels, the arrows keep the reader with the event', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('/timeline/: each event the arrows reach is scrolled into view, whole', async ({ page }) => {
    await page.goto('timeline/');
    const chart = page.locator('timeline-chart[data-timeline]').first();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-ready', 'true');
    await chart.locator('a[data-event-id][tabindex="0"]').focus();
    const startY = await page.evaluate(() => window.scrollY);
    const seen = new Set<string>();
    const outside: string[] = [];
    const scrolls: number[] = [];
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('ArrowDown');
      const where = await page.evaluate(() => {
        const mark = document.activeElement;
        const box = mark?.getBoundingClientRect();
        return {
          id: mark?.getAttribute('data-event-id') ?? '',
          top: box?.top ?? -1,
          bottom: box?.bottom ?? -1,
          height: window.innerHeight,
          scrollY: window.scrollY,
        };
      });
      seen.add(where.id);
      scrolls.push(where.scrollY);
      // A mark taller than the screen (a long span) shows from its top.
      if (where.top < 0 || (where.bottom > where.height && where.top > 17))
        outside.push(`${where.id} at ${String(where.top)}`);
    }
    // The walk went far down the drawing, past the first screen: the page had to follow.
    expect(seen.size).toBeGreaterThan(20);
    expect(Math.max(...scrolls)).toBeGreaterThan(startY + 400);
    expect(outside).toEqual([]);
  });
});

// axe needs a script to run, so these pages keep JavaScript but never get the chart's module:
// the build's drawing stays, as a reader without JavaScript sees it.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`at 390 pixels, the build's drawing, ${colorScheme}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, colorScheme });

    for (const path of PATHS) {
      test(`/${path}: the downward drawing passes axe`, async ({ page }) => {
        await page.route(/\/timeline-chart\.[\w-]+\.js$/, (route) => route.abort());
        await page.goto(path);
        const chart = page.locator('timeline-chart[data-timeline]').first();
        await chart.scrollIntoViewIfNeeded();
        await expect(chart.locator('svg.tl-svg-v')).toBeVisible();
        await expect(chart).not.toHaveAttribute('data-ready');
        // Dark changes colours only: the light pass runs every rule, the dark one those colours decide.
        await expectNoA11yViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined);
      });
    }
  });
}
