/**
 * The timeline read without touching it: whole titles beside their marks, set in the face they
 * were measured in; bubbles only where marks overlap, named for screen readers, opening on a
 * click or Enter; no mark without a label.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useTheme } from '../support/a11y';

/** For each single mark drawn inside the window: the label shown, and the event's full title. */
async function readLabels(chart: Locator) {
  return chart.evaluate((root) => {
    const titles = new Map(
      [...root.querySelectorAll<HTMLElement>('.tl-list > li[data-event-id]')].map((li) => [
        li.dataset.eventId,
        li.querySelector('.tl-list-title')?.textContent.trim() ?? '',
      ]),
    );
    const svg = root.querySelector<SVGSVGElement>('svg.tl-svg');
    const plot = svg?.getBoundingClientRect();
    return [...root.querySelectorAll<SVGAElement>('svg.tl-svg a[data-event-id]')].flatMap(
      (mark) => {
        const box = mark.querySelector(':is(circle:not(.tl-hit), rect)')?.getBoundingClientRect();
        if (!box || !plot || box.right < plot.left + 1 || box.left > plot.right - 1) return [];
        const label = mark.querySelector('text.tl-label');
        const lines = [...(label?.children ?? [])]
          .filter((line) => !line.classList.contains('tl-kicker'))
          .map((line) => line.textContent);
        return [
          {
            id: mark.dataset.eventId ?? '',
            shown: lines.join('').replace(/\s+/g, ' ').trim(),
            kicker: mark.previousElementSibling?.classList.contains('tl-kicker')
              ? mark.previousElementSibling.textContent
              : '',
            title: titles.get(mark.dataset.eventId) ?? '',
          },
        ];
      },
    );
  });
}

/** The events whose dates fall inside the window, as the status line counts them. */
async function inView(chart: Locator): Promise<number> {
  const status = (await chart.locator('.tl-status').textContent()) ?? '';
  return Number(/In view: (\d+)/.exec(status)?.[1]);
}

async function open(page: Page, path: string, js: boolean): Promise<Locator> {
  await page.goto(path);
  const chart = page.locator('timeline-chart[data-timeline]').first();
  await chart.scrollIntoViewIfNeeded();
  if (js) await expect(chart).toHaveAttribute('data-ready', 'true');
  return chart;
}

for (const js of [true, false]) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`at 1280 pixels, JavaScript ${js ? 'on' : 'off'}, ${theme}`, () => {
      test.use({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });

      for (const path of ['timeline/', './']) {
        test(`${path}: two thirds of the events in the first window show their whole title`, async ({
          page,
        }) => {
          await useTheme(page, theme);
          const chart = await open(page, path, js);
          const labels = await readLabels(chart);
          const total = await inView(chart);
          expect(total).toBeGreaterThan(20);
          const whole = labels.filter((label) => label.shown === label.title);
          expect(whole.length / total).toBeGreaterThanOrEqual(2 / 3);
          // Every mark says what it is: its title, whole or cut after a word with an ellipsis.
          for (const label of labels) {
            if (label.shown === label.title) continue;
            expect(label.shown, label.id).toMatch(/…$/);
            const kept = label.shown.slice(0, -1).replace(/\s+/g, ' ');
            expect(label.title.startsWith(kept), label.id).toBe(true);
            expect(label.title[kept.length] ?? ' ', label.id).toMatch(/[\s,;:]/);
          }
        });
      }
    });
  }
}

for (const js of [true, false]) {
  test.describe(`in a 600-pixel article column, JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ viewport: { width: 600, height: 480 }, javaScriptEnabled: js });

    test('the embed shows four titles in five whole, and no cut title is a column of single words', async ({
      page,
    }) => {
      const chart = await open(page, 'embed/timeline/', js);
      const labels = await readLabels(chart);
      const total = await inView(chart);
      const whole = labels.filter((label) => label.shown === label.title);
      expect(whole.length / total).toBeGreaterThanOrEqual(4 / 5);
      const stubs = await chart.evaluate((root) =>
        [...root.querySelectorAll('svg.tl-svg text.tl-label.is-cut')].flatMap((label) => {
          const lines = [...label.children].map((line) => line.textContent.replace('…', ''));
          return lines.some((line) => line.trim().split(/\s+/).length < 2)
            ? [lines.join(' / ')]
            : [];
        }),
      );
      expect(stubs).toEqual([]);
    });
  });
}

test.describe('at 1280 pixels', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('labels set in the web font keep to the room they were given: none overlaps another', async ({
    page,
  }) => {
    const chart = await open(page, 'timeline/', true);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('12px "Source Serif 4 Variable"'))).toBe(
      true,
    );
    const collisions = await chart.evaluate((root) => {
      const svg = root.querySelector('svg.tl-svg');
      const boxes = [
        ...(svg?.querySelectorAll<SVGGraphicsElement>(
          'text.tl-label, text.tl-era-label, a[data-event-id] :is(circle:not(.tl-hit), rect), g.tl-cluster circle',
        ) ?? []),
      ].map((el) => ({
        owner: el.closest('[data-event-id], g.tl-cluster') ?? el,
        box: el.getBBox(),
      }));
      const found: string[] = [];
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          if (a.owner === b.owner) continue;
          const x =
            Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x);
          const y =
            Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
          // A line box is a little taller than its row; ink never overlaps at these depths.
          if (x > 0.5 && y > 3)
            found.push(`${a.owner.outerHTML.slice(0, 80)} × ${b.owner.outerHTML.slice(0, 80)}`);
        }
      });
      return found;
    });
    expect(collisions).toEqual([]);
  });
});

/** The whole period in the embed, in a 600-px article column: the most crowded drawing. */
const WHOLE = 'embed/timeline/?from=2014-01-01&to=2024-12-31';

test.describe('in a 600-pixel column, over the whole period', () => {
  test.use({ viewport: { width: 600, height: 480 } });

  test('a cut title is shown whole on hover and on keyboard focus', async ({ page }) => {
    // Over the whole period in an article column, lanes are crowded and a title must be cut.
    const chart = await open(page, WHOLE, true);
    const cut = chart.locator('a.tl-mark:has(text.tl-label.is-cut)').first();
    await expect(cut).toHaveCount(1);
    const id = (await cut.getAttribute('data-event-id')) ?? '';
    const title = (
      (await chart.locator(`.tl-list > li[data-event-id="${id}"] .tl-list-title`).textContent()) ??
      ''
    ).trim();
    // The whole title is set on top of the drawing (SVG paints in document order), inside it.
    const raised = chart.locator('g.tl-moving > text.tl-label-full.tl-raised:last-child');
    const shownWhole = async () => {
      await expect(raised).toBeVisible();
      expect((await raised.textContent())?.replace(/\s+/g, ' ')).toBe(title);
      const [box, svg] = await Promise.all([
        raised.boundingBox(),
        chart.locator('svg.tl-svg').boundingBox(),
      ]);
      expect(box && svg && box.x >= svg.x && box.x + box.width <= svg.x + svg.width).toBe(true);
      // On a ground of the paper's colour, so that no label beneath shows between its letters.
      const ground = chart.locator('g.tl-moving > rect.tl-raised-bg + text.tl-raised');
      await expect(ground).toHaveCount(1);
      const covered = await raised.evaluate((text) => {
        const rect = text.previousElementSibling as SVGRectElement;
        const [a, b] = [text.getBoundingClientRect(), rect.getBoundingClientRect()];
        const paper = getComputedStyle(text.closest('timeline-chart') ?? text).getPropertyValue(
          '--paper',
        );
        const probe = document.createElement('div');
        probe.style.color = paper;
        document.body.append(probe);
        const want = getComputedStyle(probe).color;
        probe.remove();
        return (
          b.left <= a.left &&
          b.top <= a.top &&
          b.right >= a.right &&
          b.bottom >= a.bottom &&
          getComputedStyle(rect).fill === want &&
          getComputedStyle(rect).fillOpacity === '1'
        );
      });
      expect(covered).toBe(true);
    };
    await expect(raised).toHaveCount(0);
    await cut.hover();
    await shownWhole();
    await page.mouse.move(0, 0);
    await expect(raised).toHaveCount(0);
    await cut.focus();
    await shownWhole();
  });

  test('a bubble names its events and opens them on a click or on Enter', async ({ page }) => {
    const chart = await open(page, WHOLE, true);
    const bubble = chart.locator('g.tl-cluster').first();
    await expect(bubble).toHaveAttribute('role', 'button');
    await expect(bubble).toHaveAttribute('aria-label', /^\d+ events, .+ to .+/);
    const name = (await bubble.getAttribute('aria-label')) ?? '';
    const status = chart.locator('.tl-status');
    const before = (await status.textContent()) ?? '';
    await bubble.focus();
    await page.keyboard.press('Enter');
    await expect(status).not.toHaveText(before);
    await expect(chart.locator(`g.tl-cluster[aria-label="${name}"]`)).toHaveCount(0);

    await page.goto(WHOLE);
    await expect(chart).toHaveAttribute('data-ready', 'true');
    const again = chart.locator('g.tl-cluster').first();
    const label = (await again.getAttribute('aria-label')) ?? '';
    await again.locator('circle').click();
    await expect(chart.locator(`g.tl-cluster[aria-label="${label}"]`)).toHaveCount(0);
  });
});

test.describe('at 390 pixels', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('every mark has a label naming its lane in words', async ({ page }) => {
    const chart = await open(page, 'timeline/', true);
    await expect(chart.locator('svg.tl-svg')).toHaveAttribute('data-orientation', 'vertical');
    const labels = await readLabels(chart);
    expect(labels.length).toBeGreaterThan(20);
    for (const label of labels) {
      expect(label.shown, label.id).not.toBe('');
      expect(label.kicker, label.id).toMatch(
        /^(Intrusion|Detection|Disclosure|Diplomacy|Response|Investigation|Context) · /,
      );
    }
    const whole = labels.filter((label) => label.shown === label.title);
    expect(whole.length / labels.length).toBeGreaterThanOrEqual(2 / 3);
  });
});
