/**
 * Presets (/embed/timeline/<actor>/, /embed/timeline/category/<c>/) open on their own events:
 * a window fitted to all of them, only the lanes they use, and no axis label cut at the edge,
 * with and without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { content } from '../support/content';
import { builtPages } from '../support/site';

const PRESETS = [
  'embed/timeline/antony-blinken/',
  'embed/timeline/gina-raimondo/',
  'embed/timeline/microsoft/',
  'embed/timeline/category/diplomacy/',
];

/** What the drawing shows against what the preset holds. */
async function drawing(page: Page) {
  return page.locator('timeline-chart').evaluate((root) => {
    const svg = root.querySelector<SVGSVGElement>('svg.tl-svg');
    const items = [...root.querySelectorAll<HTMLElement>('.tl-list > li[data-event-id]')];
    const marks = svg?.querySelectorAll('a.tl-mark[data-event-id]').length ?? 0;
    const inBubbles = [...(svg?.querySelectorAll('g.tl-cluster') ?? [])]
      .map((g) => Number(/^(\d+) events/.exec(g.getAttribute('aria-label') ?? '')?.[1] ?? 0))
      .reduce((a, b) => a + b, 0);
    const box = svg?.getBoundingClientRect();
    const clipped = [...(svg?.querySelectorAll('text.tl-tick-label') ?? [])]
      .filter((text) => {
        const r = text.getBoundingClientRect();
        return r.width > 0 && box && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
      })
      .map((text) => text.textContent);
    return {
      events: items.length,
      shown: marks + inBubbles,
      // Each item's date line ends with its lane: "June 16, 2023 · Detection".
      categories: new Set(
        items.map((li) => li.querySelector('.tl-list-date')?.textContent.split('·').pop()?.trim()),
      ).size,
      lanes: svg?.querySelectorAll('text.tl-lane-label').length ?? 0,
      clipped,
    };
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 800, height: 720 } });
    for (const path of PRESETS) {
      test(`/${path} shows every one of its events, only its lanes, no cut axis label`, async ({
        page,
      }) => {
        await page.goto(path);
        if (javaScriptEnabled)
          await expect(page.locator('timeline-chart')).toHaveAttribute('data-ready', 'true');
        const seen = await drawing(page);
        expect(seen.events).toBeGreaterThan(0);
        expect(seen.shown, 'events drawn, alone or in a bubble').toBe(seen.events);
        expect(seen.lanes).toBe(seen.categories);
        expect(seen.clipped).toEqual([]);
      });
    }
  });
}

/** Every preset of the build: one per actor with events, one per category. */
const ALL_PRESETS = builtPages().filter(
  (path) =>
    /^embed\/timeline\/(?!story\/)(?:category\/)?[^/]+\/$/.test(path) &&
    path !== 'embed/timeline/category/',
);

test.describe('every preset, at the article column and one other width', () => {
  test('the build has a preset per actor and per category', () => {
    expect(ALL_PRESETS.length).toBe(content.entries.actors.length + 7);
  });
  // Every preset at 600 px, the article column the embeds are made for, and at one of the other
  // widths in turn (320, 480, 800), so that each width sees a third of the presets and the run
  // stays short: 100 page loads instead of 200.
  const OTHER_WIDTHS = [320, 480, 800];
  ALL_PRESETS.forEach((path, index) => {
    const widths = [600, OTHER_WIDTHS[index % OTHER_WIDTHS.length] ?? 320];
    test(`/${path}: no axis label outside the drawing at ${widths.join(' or ')} px`, async ({
      page,
    }) => {
      const cut: string[] = [];
      for (const width of widths) {
        await page.setViewportSize({ width, height: 720 });
        await page.goto(path);
        // An actor with no event has a sentence instead of a chart.
        if ((await page.locator('timeline-chart').count()) === 0) return;
        await expect(page.locator('timeline-chart')).toHaveAttribute('data-ready', 'true');
        const outside = await page.locator('timeline-chart').evaluate((root) =>
          [...root.querySelectorAll<SVGSVGElement>('svg.tl-svg, svg.tl-svg-v, svg.tl-overview')]
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .flatMap((svg) => {
              const box = svg.getBoundingClientRect();
              return [...svg.querySelectorAll('text.tl-tick-label')]
                .filter((text) => {
                  const r = text.getBoundingClientRect();
                  return (
                    r.width > 0 &&
                    (r.left < box.left - 0.5 ||
                      r.right > box.right + 0.5 ||
                      r.top < box.top - 0.5 ||
                      r.bottom > box.bottom + 0.5)
                  );
                })
                .map((text) => `${svg.getAttribute('class') ?? ''}: “${text.textContent}”`);
            }),
        );
        cut.push(...outside.map((label) => `${String(width)} px, ${label}`));
      }
      expect(cut).toEqual([]);
    });
  });
});

test('a preset keeps its own name in the Filter summary while the reader searches', async ({
  page,
}) => {
  for (const [path, name] of [
    ['embed/timeline/antony-blinken/', 'Antony Blinken'],
    ['embed/timeline/category/diplomacy/', 'Diplomacy'],
  ] as const) {
    await page.goto(path);
    const chart = page.locator('timeline-chart');
    await expect(chart).toHaveAttribute('data-ready', 'true');
    const summary = chart.locator('.tl-filter-summary');
    await expect(summary).toHaveText(name);
    await chart.getByRole('button', { name: 'Filter' }).click();
    await chart.getByLabel('Search').fill('key');
    await expect(summary).toHaveText(`${name} · “key”`);
    await chart.getByLabel('Search').fill('');
    await expect(summary).toHaveText(name);
  }
});
