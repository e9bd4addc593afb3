/**
 * The actor graph as readers use it, alone and linked with the timeline.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { egoNetwork } from '../../src/lib/graph-queries';
import { COLOUR_RULES, expectNoA11yViolations, switchTheme } from '../support/a11y';
import { content } from '../support/content';

const relations = content.entries.relations.map((r) => ({
  id: r.id,
  source: String(r.data.from),
  target: String(r.data.to),
  confidence: String(r.data.confidence),
}));
const neighbours = (id: string) =>
  new Set(
    relations.flatMap((r) => (r.source === id ? [r.target] : r.target === id ? [r.source] : [])),
  );

async function openGraph(page: Page, path = 'graph/'): Promise<Locator> {
  await page.goto(path);
  const graph = page.locator('actor-graph').first();
  await graph.scrollIntoViewIfNeeded();
  await expect(graph).toHaveAttribute('data-ready', 'true');
  return graph;
}

const node = (graph: Locator, id: string) => graph.locator(`a.gr-node[data-actor-id="${id}"]`);

/** Boxes on screen, in CSS pixels. */
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  id: string;
}
const overlaps = (a: Rect, b: Rect, slack = 0.5) =>
  a.x + slack < b.x + b.width &&
  b.x + slack < a.x + a.width &&
  a.y + slack < b.y + b.height &&
  b.y + slack < a.y + a.height;
/** Pairs of boxes that overlap, as "a × b". */
function collisions(boxes: Rect[], others: Rect[] = []): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlaps(a, b)) found.push(`${a.id} × ${b.id}`);
    for (const b of others) if (b.id !== a.id && overlaps(a, b)) found.push(`${a.id} × ${b.id}`);
  });
  return found;
}

test('hovering an actor highlights exactly its neighbours and labels its relations', async ({
  page,
}) => {
  const graph = await openGraph(page);
  await node(graph, 'gina-raimondo').locator('.gr-shape').hover();
  await expect(node(graph, 'gina-raimondo')).toHaveClass(/is-active/);
  const highlighted = await graph
    .locator('a.gr-node.is-neighbor')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-actor-id')));
  expect(new Set(highlighted)).toEqual(neighbours('gina-raimondo'));
  const labels = graph.locator('svg.gr-overlay text.gr-edge-label');
  await expect(labels.first()).toBeVisible();
  expect(await labels.count()).toBeLessThanOrEqual(
    relations.filter((r) => r.source === 'gina-raimondo' || r.target === 'gina-raimondo').length,
  );
});

/** The rendered boxes of every actor's label and mark, read from Chromium. */
async function drawnBoxes(graph: Locator): Promise<{ labels: Rect[]; marks: Rect[] }> {
  return graph.locator('svg.gr-svg').evaluate((svg) => {
    const rect = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, id };
    };
    const nodes = [...svg.querySelectorAll('a.gr-node')];
    return {
      labels: nodes.flatMap((n) => {
        const text = n.querySelector('.gr-label');
        return text ? [rect(text, n.getAttribute('data-actor-id') ?? '')] : [];
      }),
      marks: nodes.flatMap((n) => {
        const shape = n.querySelector('.gr-shape');
        return shape ? [rect(shape, n.getAttribute('data-actor-id') ?? '')] : [];
      }),
    };
  });
}

for (const width of [1280, 390]) {
  for (const path of ['graph/', '']) {
    test(`at ${String(width)} px on /${path}, every actor has a visible label and none overlaps another label or mark`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const graph = await openGraph(page, path);
      await page.evaluate(() => document.fonts.ready);
      const { labels, marks } = await drawnBoxes(graph);
      expect(labels).toHaveLength(content.entries.actors.length);
      for (const id of content.entries.actors.map((a) => a.id))
        await expect(node(graph, id).locator('.gr-label')).toBeVisible();
      expect(collisions(labels, marks)).toEqual([]);
      // Labels are at least 12 CSS pixels tall on a phone.
      const size = await graph
        .locator('svg.gr-svg .gr-label')
        .first()
        .evaluate((el) => {
          const svg = el.closest('svg');
          if (!svg) return 0;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return parseFloat(getComputedStyle(el).fontSize) * scale;
        });
      expect(size).toBeGreaterThanOrEqual(width < 640 ? 12 : 10);
    });
  }
}

test('a highlighted actor’s relation labels never overlap, and its panel lists every relation', async ({
  page,
}) => {
  const graph = await openGraph(page);
  for (const id of ['storm-0558', 'gina-raimondo', 'microsoft']) {
    await node(graph, id).locator('.gr-shape').hover();
    const labels = graph.locator('svg.gr-overlay text.gr-edge-label');
    await expect(labels.first()).toBeVisible();
    const boxes = await labels.evaluateAll((els) =>
      els.map((el, i) => {
        const r = el.getBoundingClientRect();
        return {
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
          id: `${String(i)}:${el.textContent}`,
        };
      }),
    );
    const { labels: names, marks } = await drawnBoxes(graph);
    expect(collisions(boxes, [...names, ...marks])).toEqual([]);
  }
  await node(graph, 'storm-0558').locator('.gr-shape').click();
  const own = relations.filter((r) => r.source === 'storm-0558' || r.target === 'storm-0558');
  await expect(graph.locator('.gr-panel-relations > li')).toHaveCount(own.length);
});

test('the bands are titled in the drawing and explained in the legend', async ({ page }) => {
  const graph = await openGraph(page);
  const titles = await graph.locator('svg.gr-svg .gr-band-label').allTextContents();
  expect(titles).toEqual(expect.arrayContaining(['US government', 'China', 'Companies']));
  for (const title of titles) await expect(graph.locator('.gr-legend-bands')).toContainText(title);
  // The band is part of what is heard for each actor.
  await expect(node(graph, 'antony-blinken')).toHaveAttribute('aria-label', /US government/);
});

test('one Tab stop; arrows move to the nearest actor that way; Enter opens the panel; Escape clears', async ({
  page,
}) => {
  const graph = await openGraph(page);
  await expect(graph.locator('a.gr-node[tabindex="0"]')).toHaveCount(1);
  await graph.locator('[data-zoom="reset"]').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-actor-id', /.+/);
  await expect(focused).toHaveAttribute('aria-label', /, \w[\w ]*, \d+ relations?$/);

  const position = async () =>
    focused.evaluate((el) => {
      const m = /translate\(([\d.-]+) ([\d.-]+)\)/.exec(el.getAttribute('transform') ?? '');
      return { id: el.getAttribute('data-actor-id'), x: Number(m?.[1]), y: Number(m?.[2]) };
    });
  const start = await position();
  await page.keyboard.press('ArrowRight');
  const right = await position();
  expect(right.id).not.toBe(start.id);
  expect(right.x).toBeGreaterThan(start.x);
  await page.keyboard.press('ArrowDown');
  const down = await position();
  expect(down.y).toBeGreaterThan(right.y);

  await page.keyboard.press('Enter');
  const panel = graph.locator('.gr-panel');
  await expect(panel).toBeVisible();
  const id = await focused.getAttribute('data-actor-id');
  const actor = content.entries.actors.find((a) => a.id === id);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(String(actor?.data.name));
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).not.toHaveAttribute('data-actor-id', /.*/);
});

test('the panel lists the actor’s relations with confidence and sources, and links on', async ({
  page,
}) => {
  const graph = await openGraph(page);
  await node(graph, 'storm-0558').locator('.gr-shape').click();
  const panel = graph.locator('.gr-panel');
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('Storm-0558');
  const count = relations.filter(
    (r) => r.source === 'storm-0558' || r.target === 'storm-0558',
  ).length;
  await expect(panel.locator('.gr-panel-relations > li')).toHaveCount(count);
  await expect(panel).toContainText('Reported');
  await expect(panel.getByRole('link', { name: 'Show in timeline' })).toHaveAttribute(
    'href',
    /\/timeline\/\?actor=storm-0558$/,
  );
  await panel.getByRole('link', { name: 'Actor page' }).click();
  await expect(page).toHaveURL(/\/actors\/storm-0558\/$/);
});

test('filters hide relations by kind and confidence', async ({ page }) => {
  const graph = await openGraph(page);
  const visible = graph.locator('path.gr-edge:not(.is-hidden)');
  await expect(visible).toHaveCount(relations.length);
  // With every level shown, pressing one narrows to it.
  await graph.getByRole('button', { name: 'Reported' }).click();
  await expect(visible).toHaveCount(relations.filter((r) => r.confidence === 'reported').length);
  await graph.getByLabel('Relation', { exact: true }).selectOption({ label: 'works for' });
  await expect(visible).toHaveCount(
    content.entries.relations.filter(
      (r) => r.data.type === 'works-for' && r.data.confidence === 'reported',
    ).length,
  );
  await expect(graph.locator('.gr-status')).toContainText('relations shown');
});

test('confidence chips are pressed when their relations are shown; pressing one narrows to it', async ({
  page,
}) => {
  const graph = await openGraph(page);
  // Said as the timeline's category chips say it: the group names what a pressed chip means.
  const group = graph.getByRole('group', {
    name: 'Confidence shown (press one to show only that one)',
  });
  const chips = group.getByRole('button');
  await expect(chips).toHaveCount(4);
  for (const chip of await chips.all()) await expect(chip).toHaveAttribute('aria-pressed', 'true');
  const visible = graph.locator('path.gr-edge:not(.is-hidden)');
  const count = (...levels: string[]) =>
    relations.filter((r) => levels.includes(r.confidence)).length;
  expect(count('reported'), 'the content has reported relations').toBeGreaterThan(0);
  expect(count('confirmed'), 'the content has confirmed relations').toBeGreaterThan(0);

  // Each chip shows the line its relations are drawn with, as the legend does.
  for (const level of ['confirmed', 'reported', 'alleged', 'disputed']) {
    const line = graph.locator(`.gr-chip[data-confidence="${level}"] svg line`);
    const legend = graph.locator(`.gr-legend line.conf-${level}`);
    expect(await line.getAttribute('stroke-dasharray')).toBe(
      await legend.getAttribute('stroke-dasharray'),
    );
  }
  const looks = (name: string) =>
    group.getByRole('button', { name }).evaluate((el) => {
      const style = getComputedStyle(el);
      return { weight: style.fontWeight, border: style.borderColor, tint: style.backgroundColor };
    });
  const pressed = await looks('Reported');

  await group.getByRole('button', { name: 'Reported' }).click();
  await expect(group.locator('[aria-pressed="true"]')).toHaveText(['Reported']);
  await expect(visible).toHaveCount(count('reported'));
  // Pressed reads as pressed without the attribute: weight, border and tint all differ.
  const unpressed = await looks('Confirmed');
  expect(pressed.weight).not.toBe(unpressed.weight);
  expect(pressed.border).not.toBe(unpressed.border);
  expect(pressed.tint).not.toBe(unpressed.tint);
  await group.getByRole('button', { name: 'Confirmed' }).click();
  await expect(group.locator('[aria-pressed="true"]')).toHaveText(['Confirmed', 'Reported']);
  await expect(visible).toHaveCount(count('confirmed', 'reported'));
  await group.getByRole('button', { name: 'Reported' }).click();
  await expect(group.locator('[aria-pressed="true"]')).toHaveText(['Confirmed']);
  await expect(visible).toHaveCount(count('confirmed'));
  // Unpressing the last chip shows every level again, every chip pressed.
  await group.getByRole('button', { name: 'Confirmed' }).click();
  await expect(group.locator('[aria-pressed="true"]')).toHaveCount(4);
  await expect(visible).toHaveCount(relations.length);
});

test('?focus= shows one actor and its neighbours, one or two steps out', async ({ page }) => {
  const graph = await openGraph(page, 'graph/?focus=wang-yi');
  const ego = egoNetwork({ links: relations }, 'wang-yi', 1);
  await expect(graph.locator('a.gr-node[data-actor-id]:not(.is-hidden)')).toHaveCount(
    ego.nodes.size,
  );
  await expect(graph.locator('.gr-status')).toContainText('Around Wang Yi');
  await graph.getByLabel('Reach').selectOption('2');
  await expect(page).toHaveURL(/focus=wang-yi&hops=2/);
  await expect(graph.locator('a.gr-node[data-actor-id]:not(.is-hidden)')).toHaveCount(
    egoNetwork({ links: relations }, 'wang-yi', 2).nodes.size,
  );
  await graph.getByLabel('Around one actor').selectOption('');
  await expect(graph.locator('a.gr-node[data-actor-id]:not(.is-hidden)')).toHaveCount(
    content.entries.actors.length,
  );
});

test('actors can be dragged, and the graph zooms and pans', async ({ page }) => {
  const graph = await openGraph(page);
  const target = node(graph, 'wiz');
  // The layout places Wiz below the fold of a 720-pixel viewport: bring it into view to drag it.
  await target.scrollIntoViewIfNeeded();
  const before = await target.getAttribute('transform');
  const edge = graph.locator('path.gr-edge[data-relation="wiz:contradicted:microsoft"]');
  const edgeBefore = await edge.getAttribute('d');
  const box = await target.locator('.gr-shape').boundingBox();
  if (!box) throw new Error('no node');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 40, { steps: 6 });
  await page.mouse.up();
  expect(await target.getAttribute('transform')).not.toBe(before);
  expect(await edge.getAttribute('d')).not.toBe(edgeBefore);
  // A drag is not a click: the panel stays closed.
  await expect(graph.locator('.gr-panel')).toBeHidden();

  const viewport = graph.locator('g.gr-viewport');
  await graph.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewport).toHaveAttribute('transform', /scale\(1\.5\)/);
  await graph.getByRole('button', { name: 'Reset' }).click();
  await expect(viewport).toHaveAttribute('transform', /scale\(1\)/);
  // Reset restores the drawing, the dragged actor and its relations included.
  await expect(target).toHaveAttribute('transform', before ?? '');
  await expect(edge).toHaveAttribute('d', edgeBefore ?? '');
});

test('the highlight is drawn above the faded drawing as a picture, and labels step aside while the wheel zooms', async ({
  page,
}) => {
  const graph = await openGraph(page);
  const svg = graph.locator('svg.gr-svg');
  await node(graph, 'gina-raimondo').locator('.gr-shape').hover();
  await expect(svg).toHaveAttribute('data-active');
  const overlay = graph.locator('svg.gr-overlay');
  await expect(overlay).toHaveAttribute('aria-hidden', 'true');
  // The actor, each neighbour and each relation once; nothing to focus, follow or find twice.
  await expect(overlay.locator('.gr-node')).toHaveCount(neighbours('gina-raimondo').size + 1);
  await expect(overlay.locator('.gr-node.is-active')).toHaveCount(1);
  await expect(overlay.locator('.gr-edge')).toHaveCount(
    relations.filter((r) => r.source === 'gina-raimondo' || r.target === 'gina-raimondo').length,
  );
  await expect(overlay.locator('a, [tabindex], [data-actor-id], [data-relation]')).toHaveCount(0);
  expect(Number(await svg.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(0.5);

  // Moving away clears it.
  const box = await graph.locator('.gr-frame').boundingBox();
  if (!box) throw new Error('no frame');
  await page.mouse.move(box.x + 4, box.y + 4);
  await expect(svg).not.toHaveAttribute('data-active');
  await expect(overlay.locator('.gr-node')).toHaveCount(0);

  // After a click into the graph the wheel zooms; the labels return once the view rests.
  await page.mouse.click(box.x + 4, box.y + 4);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Record whether the labels stepped aside: the class lasts only as long as the gesture.
  await svg.evaluate((el) => {
    new MutationObserver(() => {
      if (el.classList.contains('is-zooming')) el.dataset.sawZooming = 'true';
    }).observe(el, { attributes: true, attributeFilter: ['class'] });
  });
  await page.mouse.wheel(0, -200);
  await expect(svg).toHaveAttribute('data-saw-zooming', 'true');
  await expect(svg).not.toHaveClass(/is-zooming/);
  await expect(graph.locator('g.gr-viewport')).toHaveAttribute('transform', /scale\((?!1\))/);
  await expect(graph.locator('svg.gr-svg .gr-label').first()).toBeVisible();
});

test('on touch, a vertical swipe over the graph scrolls the page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    hasTouch: true,
    isMobile: true,
    viewport: { width: 400, height: 700 },
  });
  const page = await context.newPage();
  await page.goto(`${baseURL ?? ''}graph/`);
  const svg = page.locator('svg.gr-svg');
  await expect(page.locator('actor-graph')).toHaveAttribute('data-ready', 'true');
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  if (!box) throw new Error('no graph');
  const cdp = await context.newCDPSession(page);
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + box.height / 2);
  const before = await page.evaluate(() => window.scrollY);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 12; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x, y: y - i * 20 }],
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  await context.close();
});

test('linked with the timeline: an actor filters the timeline, an event picks out its actors', async ({
  page,
}) => {
  const graph = await openGraph(page, 'timeline/');
  await node(graph, 'gina-raimondo').locator('.gr-shape').click();
  await expect(page).toHaveURL(/\?actor=gina-raimondo$/);
  const raimondo = content.entries.events.filter((e) =>
    (e.data.actors as string[]).includes('gina-raimondo'),
  ).length;
  const timeline = page.locator('timeline-chart');
  await expect(timeline.locator('.tl-list > li:not([hidden])')).toHaveCount(raimondo);
  await expect(node(graph, 'gina-raimondo')).toHaveClass(/is-selected/);

  await page.goto('timeline/?event=blinken-wang-jakarta');
  await graph.scrollIntoViewIfNeeded();
  await expect(graph).toHaveAttribute('data-ready', 'true');
  for (const id of ['antony-blinken', 'wang-yi'])
    await expect(node(graph, id)).toHaveClass(/is-event-actor/);
  await expect(node(graph, 'microsoft')).not.toHaveClass(/is-event-actor/);

  // The actor picker of the timeline and the graph stay in step, and Back undoes.
  await page.goto('timeline/');
  await graph.scrollIntoViewIfNeeded();
  await expect(graph).toHaveAttribute('data-ready', 'true');
  await timeline.getByLabel('Actor').selectOption({ label: 'Matthew Miller' });
  await expect(node(graph, 'matthew-miller')).toHaveClass(/is-selected/);
  await page.goBack();
  await expect(node(graph, 'matthew-miller')).not.toHaveClass(/is-selected/);
});

test('without JavaScript: the drawing, its links and the table of relations', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL ?? ''}graph/`);
  const graph = page.locator('actor-graph');
  await expect(graph.locator('a.gr-node[data-actor-id]')).toHaveCount(
    content.entries.actors.length,
  );
  await expect(graph.locator('path.gr-edge[data-relation]')).toHaveCount(relations.length);
  await expect(graph.locator('table tbody tr')).toHaveCount(relations.length);
  await expect(graph.locator('.gr-controls')).toBeHidden();
  await node(graph, 'microsoft').locator('.gr-shape').click();
  await expect(page).toHaveURL(/\/actors\/microsoft\/$/);
  await context.close();
});

/** Each drawn label's size on screen and box, and each mark's box, in the drawing shown. */
async function shownDrawing(page: Page) {
  return page.locator('actor-graph').evaluate((graph) => {
    const shown = [...graph.querySelectorAll<SVGSVGElement>('.gr-frame svg')].filter(
      (svg) => svg.getBoundingClientRect().width > 0,
    );
    const rect = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, id };
    };
    const nodes = shown.flatMap((svg) => [...svg.querySelectorAll('a.gr-node')]);
    const id = (n: Element) => n.getAttribute('href') ?? '';
    return {
      drawings: shown.map((svg) => svg.getAttribute('class')),
      labels: nodes.flatMap((n) => {
        const text = n.querySelector('.gr-label');
        return text ? [rect(text, id(n))] : [];
      }),
      marks: nodes.flatMap((n) => {
        const shape = n.querySelector('.gr-shape');
        return shape ? [rect(shape, id(n))] : [];
      }),
      // Font size times the drawing's scale on screen: what a reader sees, in CSS pixels.
      sizes: [...graph.querySelectorAll<SVGTextElement>('.gr-frame svg text')]
        .filter((t) => t.getBoundingClientRect().height > 0)
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0)),
      pageWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    };
  });
}

for (const width of [320, 390, 1280]) {
  for (const path of ['graph/', '', 'embed/graph/']) {
    test(`without JavaScript at ${String(width)} px on /${path}: ${width < 640 ? 'the phone layout, labels 12 px or more' : 'the wide drawing'}, none overlapping, no sideways scroll`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      await page.goto(`${baseURL ?? ''}${path}`);
      await page.evaluate(() => document.fonts.ready);
      const drawn = await shownDrawing(page);
      // One drawing at a time: the phone's below 640 px, the wide one above.
      expect(drawn.drawings).toEqual([width < 640 ? 'gr-phone' : 'gr-svg']);
      expect(drawn.labels).toHaveLength(content.entries.actors.length);
      expect(collisions(drawn.labels, drawn.marks)).toEqual([]);
      expect(drawn.sizes.length).toBeGreaterThan(content.entries.actors.length);
      if (width < 640) expect(Math.min(...drawn.sizes)).toBeGreaterThanOrEqual(12);
      expect(drawn.pageWidth).toBeLessThanOrEqual(drawn.viewport);
      await context.close();
    });
  }
}

test('axe finds nothing, with the panel open, light and dark', async ({ page }) => {
  // Two full passes over a page with every actor, every relation and the table; the dark theme
  // changes colours only, so its pass runs the rules colours decide.
  test.slow();
  const graph = await openGraph(page);
  await expectNoA11yViolations(page);
  await node(graph, 'microsoft').locator('.gr-shape').click();
  await expect(graph.locator('.gr-panel')).toBeVisible();
  await expectNoA11yViolations(page);
  await switchTheme(page, 'dark');
  await expectNoA11yViolations(page, COLOUR_RULES);
});

test('on a phone: the chart first, filters behind one button, details in a sheet, the table as cards', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(`${baseURL ?? ''}graph/`);
  const graph = page.locator('actor-graph');
  await expect(graph).toHaveAttribute('data-ready', 'true');
  // The bands are stacked: the drawing is taller than wide.
  const svgBox = await graph.locator('svg.gr-svg').boundingBox();
  if (!svgBox) throw new Error('no drawing');
  expect(svgBox.height).toBeGreaterThan(svgBox.width);
  expect(svgBox.y).toBeLessThan(844);
  const filter = graph.getByRole('button', { name: 'Filter' });
  await expect(filter).toHaveAttribute('aria-expanded', 'false');
  await expect(graph.locator('.gr-controls')).toBeHidden();
  // Beside the button, the active filters in words.
  const summary = graph.locator('.gr-filter-summary');
  await expect(summary).toHaveText('All relations');
  await filter.click();
  await expect(graph.locator('.gr-controls')).toBeVisible();
  await graph.getByRole('button', { name: 'Disputed' }).tap();
  await graph.locator('select.gr-type').selectOption({ label: 'met' });
  await filter.click();
  await expect(graph.locator('.gr-controls')).toBeHidden();
  await expect(summary).toHaveText('“met” · Disputed');
  await expect(summary).toBeInViewport();
  await filter.click();
  await graph.getByRole('button', { name: 'Disputed' }).tap();
  await graph.locator('select.gr-type').selectOption('');
  await filter.click();
  await expect(summary).toHaveText('All relations');

  await node(graph, 'wang-yi').locator('.gr-shape').tap();
  const panel = graph.locator('.gr-panel');
  await expect(panel).toBeInViewport({ ratio: 0.9 });
  await expect(panel.getByRole('heading')).toHaveText('Wang Yi');
  await panel.getByRole('button', { name: 'Close' }).tap();
  await expect(panel).toBeHidden();

  const details = graph.locator('details.gr-table-wrap');
  if (!(await details.evaluate((el: HTMLDetailsElement) => el.open)))
    await details.locator('summary').tap();
  const row = graph.locator('table.gr-table tbody tr').first();
  for (const column of ['From', 'Relation', 'To', 'Confidence', 'Sources']) {
    const cell = row.locator(`td[data-label="${column}"]`);
    await expect(cell).toBeVisible();
    const box = await cell.boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 390).toBe(true);
  }
  const scroll = graph.locator('.gr-table-scroll');
  expect(await scroll.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // Each card line is its label and one block of content: a relation's several sources wrap
  // inside it (they once fell onto rows of their own, each under a lone "; ").
  const stray = await graph.locator('table.gr-table td').evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const content = cell.firstElementChild;
      const padding = parseFloat(getComputedStyle(cell).paddingTop) * 2;
      const extra = content
        ? cell.getBoundingClientRect().height - content.getBoundingClientRect().height - padding
        : 0;
      return extra > 1 ? [`${cell.dataset.label ?? ''}: ${cell.textContent.trim()}`] : [];
    }),
  );
  expect(stray).toEqual([]);
  await context.close();
});

for (const path of ['', 'timeline/']) {
  test(`on /${path}, graph, timeline and URL always name the same actor`, async ({ page }) => {
    const graph = await openGraph(page, path);
    const timeline = page.locator('timeline-chart').first();
    await timeline.scrollIntoViewIfNeeded();
    await expect(timeline).toHaveAttribute('data-ready', 'true');
    const select = timeline.locator('select.tl-actor');
    const panelTitle = graph.locator('.gr-panel .chart-panel-title');
    const agree = async (id: string | undefined, name?: string) => {
      if (id) {
        await expect(page).toHaveURL(new RegExp(`[?&]actor=${id}(&|$)`));
        await expect(select).toHaveValue(id);
        await expect(panelTitle).toHaveText(name ?? '');
        await expect(node(graph, id)).toHaveClass(/is-selected/);
      } else {
        await expect(page).not.toHaveURL(/actor=/);
        await expect(select).toHaveValue('');
        await expect(graph.locator('.gr-panel')).toBeHidden();
      }
    };

    // A click in the graph.
    await graph.scrollIntoViewIfNeeded();
    await node(graph, 'gina-raimondo').locator('.gr-shape').click();
    await agree('gina-raimondo', 'Gina Raimondo');
    // A choice in the timeline.
    await select.selectOption('antony-blinken');
    await agree('antony-blinken', 'Antony Blinken');
    // Clearing it.
    await select.selectOption('');
    await agree(undefined);
    // Back, and Forward.
    await page.goBack();
    await agree('antony-blinken', 'Antony Blinken');
    await page.goBack();
    await agree('gina-raimondo', 'Gina Raimondo');
    await page.goForward();
    await agree('antony-blinken', 'Antony Blinken');
    // The graph's Close clears the timeline too.
    await graph.locator('.gr-panel').getByRole('button', { name: 'Close' }).click();
    await agree(undefined);
    // A pasted URL.
    await page.goto(`${path}?actor=wang-yi`);
    // Scrolled there without waiting for the page to hold still (a selection may scroll it).
    for (const chart of [graph, timeline]) {
      await chart.evaluate((el) => {
        el.scrollIntoView();
      });
      await expect(chart).toHaveAttribute('data-ready', 'true');
    }
    await agree('wang-yi', 'Wang Yi');
  });
}
