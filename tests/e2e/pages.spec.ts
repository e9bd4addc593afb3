/**
 * One test per page type, as a reader uses it: the content is there, the links work, the
 * citations resolve.
 */
import { expect, test } from '@playwright/test';
import { content } from '../support/content';

const entries = content.entries;
const field = (entry: { data: Record<string, unknown> } | undefined, name: string) => {
  const value = entry?.data[name];
  return typeof value === 'string' ? value : '';
};

test('home: headline, key figures, what we know, chapters and every event', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Blinken');
  await expect(page.locator('[data-key-figures] > li')).toHaveCount(entries.figures.length);
  for (const figure of await page.locator('[data-key-figures] > li').all()) {
    await expect(figure.getByRole('link').first()).toHaveAttribute('href', /\/sources\/#/);
  }
  await expect(page.getByRole('heading', { name: 'What we know', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What we don’t', exact: true })).toBeVisible();
  await expect(page.locator('[data-event-list] > li')).toHaveCount(entries.events.length);
  await page.getByRole('link', { name: 'Start reading' }).click();
  await expect(page).toHaveURL(/\/hack\/$/);
});

test('chapter: table of contents, dates, reading time, citations that resolve', async ({
  page,
}) => {
  await page.goto('hack/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/Published November 28, 2026/)).toBeVisible();
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link').first().click();
  await expect(page).toHaveURL(/#a-key-from-2016$/);

  // Every citation points at a note of this chapter, and every note at the bibliography.
  const citations = page.locator('a.cite-link');
  expect(await citations.count()).toBeGreaterThan(20);
  for (const link of await citations.all()) {
    const href = await link.getAttribute('href');
    await expect(page.locator(href ?? '#missing')).toHaveCount(1);
  }
  const first = citations.first();
  await first.click();
  const note = page.locator(String(await first.getAttribute('href')));
  await expect(note).toBeInViewport();
  await note.getByRole('link', { name: 'In the bibliography' }).click();
  await expect(page).toHaveURL(/\/sources\/#/);
  const anchor = new URL(page.url()).hash;
  await expect(page.locator(anchor)).toBeInViewport();
});

test('chapter: focusing a citation shows its source in a card; Escape hides it', async ({
  page,
}) => {
  await page.goto('detection/');
  const citation = page.locator('a.cite-link').first();
  await citation.focus();
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  const sourceId = await citation.getAttribute('data-source-id');
  const noteText = await page.locator(`#note-${sourceId ?? ''} .note-body`).innerText();
  await expect(card).toHaveText(noteText);
  await expect(citation).toHaveAttribute('aria-describedby', 'citation-card');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await citation.hover();
  await expect(card).toBeVisible();
});

test('chapter: previous and next chapters follow the reading order', async ({ page }) => {
  await page.goto('detection/');
  await page.getByRole('link', { name: /Next chapter/ }).click();
  await expect(page).toHaveURL(/\/actors\/$/);
  await page.getByRole('link', { name: /Previous chapter/ }).click();
  await expect(page).toHaveURL(/\/detection\/$/);
});

test('event: date at its precision, confidence, actors, sources, neighbours in time', async ({
  page,
}) => {
  const event = entries.events.find((e) => e.id === 'kritenbrink-wont-rule-out');
  await page.goto('events/kritenbrink-wont-rule-out/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(field(event, 'title'));
  await expect(page.locator('time').first()).toHaveText('July 2023');
  await expect(page.getByText('(exact day not known)')).toBeVisible();
  await expect(page.getByText('Confidence: Confirmed')).toBeVisible();
  await page.getByRole('link', { name: 'Daniel Kritenbrink' }).click();
  await expect(page).toHaveURL(/\/actors\/daniel-kritenbrink\/$/);
  await page.goBack();
  await page.getByRole('link', { name: 'In the bibliography' }).first().click();
  await expect(page).toHaveURL(/\/sources\/#reuters-2023-07-21-burns$/);
  await page.goBack();
  await page.getByRole('link', { name: /^Later/ }).click();
  await expect(page).toHaveURL(/\/events\/yellen-beijing\/$/);
  await expect(page.locator('main')).toContainText('July 6–9, 2023');
});

test('actors: the chapter heads an index grouped by kind', async ({ page }) => {
  await page.goto('actors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Who's who/);
  await expect(page.locator('[data-actor-index] > li')).toHaveCount(entries.actors.length);
  await expect(page.getByRole('heading', { name: /^People/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Threat actors/ })).toBeVisible();
});

test('actor: role, events in time order, relations with confidence', async ({ page }) => {
  await page.goto('actors/gina-raimondo/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gina Raimondo');
  const dates = await page.locator('[data-event-id] time').allTextContents();
  expect(dates.length).toBeGreaterThan(2);
  const relation = page.locator(
    '[data-relation="storm-0558:compromised-mailbox-of:gina-raimondo"]',
  );
  await expect(relation).toContainText('Storm-0558 broke into the mailbox of Gina Raimondo');
  await expect(relation).toContainText('Confidence: Confirmed');
  await page.getByRole('link', { name: 'U.S. Department of Commerce' }).first().click();
  await expect(page).toHaveURL(/\/actors\/us-commerce-department\/$/);
});

test('sources: grouped by kind, each with its anchor and back-links', async ({ page }) => {
  await page.goto('sources/');
  await expect(page.locator('[data-source-id]')).toHaveCount(entries.sources.length);
  const source = page.locator('#cisa-aa23-193a');
  await expect(source).toContainText('AA23-193A');
  await expect(source.getByRole('link').first()).toHaveAttribute(
    'href',
    'https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-193a',
  );
  await expect(source.getByRole('link').first()).toHaveAttribute('rel', 'noopener noreferrer');
  await source.getByRole('link', { name: 'Detection (chapter)' }).click();
  await expect(page).toHaveURL(/\/detection\/$/);
});

test('404: a styled page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await page.getByRole('link', { name: 'The explainer’s front page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Blinken');
});

test('print: citations print their URLs and the navigation is hidden', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('hack/');
  await expect(page.getByRole('banner')).toBeHidden();
  const after = await page
    .locator('#notes-heading ~ ol a.print-url')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
});

// The header's sections, from the content: every chapter but the about page, then the
// reference pages.
const sections = [
  ...content.stories
    .map((story) => /([^/]+)\.mdx?$/.exec(story.file)?.[1] ?? '')
    .filter((id) => id !== 'about')
    .map((id) => `${id}/`),
  'timeline/',
  'graph/',
  'sources/',
  'data/',
];

for (const width of [320, 390, 768, 1280]) {
  test(`header at ${String(width)} px: every section at most one tap away, with and without JavaScript`, async ({
    browser,
    baseURL,
  }) => {
    const basePath = new URL(baseURL ?? '').pathname;
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({
        baseURL: baseURL ?? '',
        javaScriptEnabled,
        viewport: { width, height: 700 },
        hasTouch: width < 768,
      });
      const page = await context.newPage();
      await page.goto('detection/');
      const header = page.getByRole('banner');
      const menu = header.getByRole('button', { name: 'Menu' });
      // Phones get a Menu button; wider screens show every section without one.
      if (width < 768) {
        await expect(header.getByRole('navigation', { name: 'Main' })).toBeHidden();
        await menu.tap();
      } else {
        await expect(menu).toBeHidden();
      }
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const section of sections) {
        const link = nav.locator(`a[href="${basePath}${section}"]`);
        await expect(link, `${section} at ${String(width)} px`).toBeInViewport({ ratio: 1 });
        // Nothing covers it, and it is big enough to hit with a finger.
        const hit = await link.evaluate((a) => {
          const box = a.getBoundingClientRect();
          const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return { ok: a.contains(top), height: box.height };
        });
        expect(hit.ok, `${section} is under something`).toBe(true);
        expect(hit.height).toBeGreaterThanOrEqual(width < 768 ? 44 : 24);
      }
      await expect(nav.locator('a[aria-current="page"]')).toHaveText('Detection');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      await nav.getByRole('link', { name: 'Data' }).click();
      await expect(page).toHaveURL(/\/data\/$/);
      await context.close();
    }
  });
}

test('phone menu: Escape closes it, "/" opens it at the search box', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL: baseURL ?? '',
    viewport: { width: 390, height: 700 },
  });
  const page = await context.newPage();
  await page.goto('hack/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(nav).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the explainer' })).toBeFocused();
  await expect(nav).toBeVisible();
  await page.getByRole('button', { name: 'Close the menu' }).click();
  await expect(nav).toBeHidden();
  await context.close();
});

test('footer: every section, the data, the embeds and the feed', async ({ page, baseURL }) => {
  const basePath = new URL(baseURL ?? '').pathname;
  await page.goto('sources/');
  const footer = page.getByRole('navigation', { name: 'Footer' });
  for (const path of [
    '',
    ...sections,
    'about/',
    'search/',
    'embed/timeline/',
    'embed/graph/',
    'feed.xml',
  ]) {
    await expect(footer.locator(`a[href="${basePath}${path}"]`), path).toBeVisible();
  }
});

const chapters = content.stories.map((story) => /([^/]+)\.mdx?$/.exec(story.file)?.[1] ?? '');

// One load per chapter, laid out again at each width: the lines a reader at that width sees.
for (const chapter of chapters) {
  test(`citations in /${chapter}/ at 320, 390, 768 and 1280 px: no line starts with a marker, a group is one unit in ascending order, at least 11 px`, async ({
    page,
  }) => {
    await page.goto(`${chapter}/`);
    for (const width of [320, 390, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => document.fonts.ready);
      const report = await page.evaluate(() => {
        const problems: string[] = [];
        const markers = [...document.querySelectorAll('main sup.cite')];
        for (const sup of markers) {
          const text = sup.textContent;
          if (!/^\u2060\[\d+(, \d+)*\]$/.test(text)) problems.push(`format: ${text}`);
          const numbers = (text.match(/\d+/g) ?? []).map(Number);
          if (numbers.some((n, i) => i > 0 && n <= (numbers[i - 1] ?? 0))) {
            problems.push(`not in ascending order: ${text}`);
          }
          const px = parseFloat(getComputedStyle(sup).fontSize);
          if (px < 11) problems.push(`${String(px)} px: ${text}`);
          const boxes = sup.getClientRects();
          const mark = boxes[0];
          if (boxes.length !== 1 || !mark) {
            problems.push(`split over ${String(boxes.length)} lines: ${text}`);
            continue;
          }
          // The last visible character before the marker, in the same block.
          const block = sup.closest('p, li, figcaption, td, dd, blockquote') ?? sup.parentElement;
          const walker = document.createTreeWalker(block ?? document.body, NodeFilter.SHOW_TEXT);
          let last: { node: Text; offset: number } | undefined;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (sup.contains(node)) break;
            if (!(sup.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) break;
            const at = (node.textContent ?? '').search(/\S\s*$/);
            if (at >= 0) last = { node: node as Text, offset: at };
          }
          if (!last) continue;
          const range = document.createRange();
          range.setStart(last.node, last.offset);
          range.setEnd(last.node, last.offset + 1);
          const before = range.getBoundingClientRect();
          const sameLine = mark.top < before.bottom && mark.bottom > before.top;
          if (!sameLine) {
            problems.push(`starts a line: "${last.node.data.slice(-20)}" ${text}`);
          }
        }
        return { count: markers.length, problems };
      });
      expect(report.count, chapter).toBeGreaterThan(0);
      expect(report.problems, `${chapter} at ${String(width)} px`).toEqual([]);
    }
  });
}

test('fresh visits render the serif: the web font is loaded and used', async ({
  browser,
  baseURL,
}) => {
  const event = entries.events[0]?.id ?? '';
  for (const path of ['', 'actors/', `events/${event}/`]) {
    // A new context has an empty cache: a reader's first visit.
    const context = await browser.newContext({ baseURL: baseURL ?? '' });
    const page = await context.newPage();
    await page.goto(path);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const h1 = document.querySelector('h1');
      return {
        loaded: [...document.fonts]
          .filter((face) => face.family.includes('Source Serif 4 Variable'))
          .map((face) => face.status),
        family: h1 ? getComputedStyle(h1).fontFamily : '',
        check: document.fonts.check('700 32px "Source Serif 4 Variable"', 'Storm'),
      };
    });
    expect(fonts.loaded, path).toContain('loaded');
    expect(fonts.family).toMatch(/^"Source Serif 4 Variable"/);
    expect(fonts.check).toBe(true);
    // The font the page is painted with, as the browser reports it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(used.map((font) => font.familyName).join(', '), path).toMatch(/^Source Serif 4/);
    await context.close();
  }
});

const printed = [
  ['', 'timeline/', 'graph/'],
  ['hack/', `events/${entries.events[0]?.id ?? ''}/`, 'actors/gina-raimondo/'],
];
for (const paths of printed) {
  test(`print ${paths.map((path) => `/${path}`).join(', ')}: the story and its data, never the controls; no heading left at a page foot`, async ({
    page,
  }) => {
    await page.emulateMedia({ media: 'print' });
    for (const path of paths) {
      await page.goto(path);
      const shown = await page.evaluate(() => {
        const shown = (el: Element) => el.checkVisibility({ contentVisibilityAuto: false });
        return {
          controls: [...document.querySelectorAll('button, select, input, dialog, [popover], form')]
            .filter(shown)
            .map((el) => el.outerHTML.slice(0, 60)),
          headings: [...document.querySelectorAll('main :is(h1, h2, h3)')]
            .filter(shown)
            .filter((h) => getComputedStyle(h).breakAfter !== 'avoid')
            .map((h) => h.textContent),
          closed: [...document.querySelectorAll('main details:not([open])')]
            .flatMap((d) => [...d.children].filter((child) => child.tagName !== 'SUMMARY'))
            .filter((child) => !shown(child)).length,
        };
      });
      expect(shown.controls, path).toEqual([]);
      expect(shown.headings, path).toEqual([]);
      expect(shown.closed, path).toBe(0);
    }
  });
}

test('print: the timeline as a drawing and its list with sources, the graph with its table', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print' });
  // The timeline prints as its list: every event with its date, title, confidence and sources.
  await page.goto('timeline/');
  const items = page.locator('timeline-chart .tl-list > li');
  await expect(items).toHaveCount(entries.events.length);
  for (const item of [items.first(), items.last()]) {
    await expect(item.locator('.tl-list-date')).toBeVisible();
    await expect(item.locator('.tl-list-title')).toBeVisible();
    await expect(item.getByText(/^Confidence: /)).toBeAttached();
    const url = await item
      .locator('.tl-list-sources a.print-url')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(url).toContain('https://');
  }
  await expect(page.locator('timeline-chart svg.tl-svg')).toBeVisible();
  // The graph prints as its drawing and the whole table of relations.
  await page.goto('graph/');
  await expect(page.locator('actor-graph svg.gr-svg')).toBeVisible();
  await expect(page.locator('actor-graph .gr-table tbody tr').last()).toBeVisible();
});
