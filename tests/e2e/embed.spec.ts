/**
 * Embeds as a newsroom uses them: on a page of another origin, sized by embed.js, sandboxed or
 * not, with hostile parameters, without JavaScript, and through the Embed dialog.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EMBED_MAX_HEIGHT } from '../../src/lib/embed';
import { expectNoA11yViolations } from '../support/a11y';
import { content } from '../support/content';
import { builtPages } from '../support/site';

const HOST = 'http://127.0.0.1:4322';
const height = (page: Page, id: string) =>
  page
    .locator(`iframe#${id}`)
    .evaluate((frame) => Math.round(frame.getBoundingClientRect().height));

test.describe('on a page of another origin, with embed.js', () => {
  test('the iframe height follows the content: on load, with the details panel, and at another width', async ({
    page,
  }) => {
    await page.goto(`${HOST}/host`);
    const timeline = page.frameLocator('iframe#timeline');
    await expect(timeline.locator('timeline-chart')).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => height(page, 'timeline')).not.toBe(720);
    const content = await page
      .frameLocator('iframe#timeline')
      .locator('html')
      .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    // The frame fits its content up to embed.js's documented ceiling, then the embed scrolls.
    const fitted = Math.min(content, EMBED_MAX_HEIGHT);
    expect(Math.abs((await height(page, 'timeline')) - fitted)).toBeLessThanOrEqual(2);

    const before = await height(page, 'timeline');
    await timeline.locator('a.tl-mark[data-event-id="microsoft-discloses"]').click();
    await expect(timeline.locator('.tl-panel')).toBeVisible();
    // The card opens beside the mark, inside the frame: the frame need not grow for it.
    const card = await timeline
      .locator('.tl-panel')
      .evaluate((panel) => panel.getBoundingClientRect().bottom);
    expect(card).toBeLessThanOrEqual(await height(page, 'timeline'));
    expect(await height(page, 'timeline')).toBeGreaterThanOrEqual(before);
    // Links inside open the full site in a new tab.
    await expect(timeline.locator('.tl-panel a', { hasText: 'Event page' })).toHaveAttribute(
      'target',
      '_blank',
    );
    await expect(timeline.locator('a[data-embed-full]')).toHaveAttribute(
      'href',
      /\/timeline\/\?event=microsoft-discloses$/,
    );

    // The frame fits its content, up to the documented maximum, past which it scrolls inside.
    const fits = async () => {
      const inner = await timeline
        .locator('html')
        .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      return Math.abs((await height(page, 'timeline')) - Math.min(inner, EMBED_MAX_HEIGHT)) <= 2;
    };
    await expect.poll(fits).toBe(true);
    await page.setViewportSize({ width: 420, height: 800 });
    await expect.poll(fits).toBe(true);
    expect(await height(page, 'timeline')).toBeLessThanOrEqual(EMBED_MAX_HEIGHT);

    await page.locator('iframe#graph').scrollIntoViewIfNeeded();
    await expect(page.frameLocator('iframe#graph').locator('actor-graph')).toHaveAttribute(
      'data-ready',
      'true',
    );
    await expect.poll(() => height(page, 'graph')).not.toBe(720);
  });

  test('the site refuses to be framed by another origin, except for its embeds', async ({
    page,
  }) => {
    await page.goto(`${HOST}/host`);
    await expect(page.frameLocator('iframe#timeline').locator('timeline-chart')).toBeAttached();
    await expect(page.frameLocator('iframe#graph').locator('actor-graph')).toBeAttached();
    // /timeline/ is sent with frame-ancestors 'self': the browser shows its error page instead.
    await expect
      .poll(() => page.frames().some((f) => f.url().startsWith('chrome-error:')))
      .toBe(true);
    expect(page.frames().some((f) => f.url().endsWith(':4321/timeline/'))).toBe(false);
  });

  test('messages from another origin, or from a frame that is not an embed, are ignored', async ({
    page,
  }) => {
    // As on a host that sends no headers (GitHub Pages), where any page of the site can be framed.
    await page.route(/:4321\/timeline\/$/, async (route) => {
      const response = await route.fetch();
      const {
        'content-security-policy': _,
        'x-frame-options': __,
        ...headers
      } = response.headers();
      await route.fulfill({ response, headers });
    });
    await page.goto(`${HOST}/host`);
    await expect(page.frameLocator('iframe#not-embed').locator('h1')).toBeVisible();
    await expect(page.frameLocator('iframe#timeline').locator('timeline-chart')).toHaveAttribute(
      'data-ready',
      'true',
    );
    await expect.poll(() => height(page, 'timeline')).not.toBe(720);
    const settled = await height(page, 'timeline');
    // The host page itself (another origin) claims a height.
    await page.evaluate(() => {
      window.postMessage({ type: 'storm-0558:embed-height', height: 33 }, '*');
    });
    // A frame of the right origin that is not an embed claims one for itself.
    await page
      .frameLocator('iframe#not-embed')
      .locator('body')
      .evaluate(() => {
        window.parent.postMessage({ type: 'storm-0558:embed-height', height: 44 }, '*');
      });
    await page.waitForTimeout(300);
    expect(await height(page, 'timeline')).toBe(settled);
    expect(await height(page, 'not-embed')).toBe(300);
  });

  test('in a sandboxed iframe the embed works and is sized', async ({ page }) => {
    await page.goto(`${HOST}/sandboxed`);
    const timeline = page.frameLocator('iframe#timeline');
    await expect(timeline.locator('timeline-chart')).toHaveAttribute('data-ready', 'true');
    // In an embed the filters sit behind one button.
    await timeline.getByRole('button', { name: 'Filter' }).click();
    await timeline.getByRole('button', { name: 'Diplomacy' }).click();
    await expect(timeline.locator('.tl-status')).toContainText('Showing');
    await expect.poll(() => height(page, 'timeline')).not.toBe(720);
  });
});

test('without embed.js the iframe keeps its height and scrolls inside', async ({ page }) => {
  await page.goto(`${HOST}/plain`);
  await expect(page.frameLocator('iframe#timeline').locator('timeline-chart')).toHaveAttribute(
    'data-ready',
    'true',
  );
  await page.waitForTimeout(300);
  expect(await height(page, 'timeline')).toBe(720);
  const scrollable = await page
    .frameLocator('iframe#timeline')
    .locator('html')
    .evaluate((html) => html.scrollHeight > html.clientHeight);
  expect(scrollable).toBe(true);
});

test('the embed speaks the resize messages hosts already listen for', async ({ page }) => {
  await page.goto(`${HOST}/listen`);
  await expect(page.frameLocator('iframe#timeline').locator('timeline-chart')).toHaveAttribute(
    'data-ready',
    'true',
  );
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { received: { data: unknown }[] }).received.map((m) => m.data),
      ),
    )
    .toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'storm-0558:embed-height' }),
        expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }),
        expect.stringMatching(/^pymxPYMxchart1xPYMxheightxPYMx\d+$/),
      ]),
    );
});

test('hostile or unknown parameters are ignored, inertly, with a polite notice', async ({
  page,
}) => {
  const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
  await page.goto(
    `embed/timeline/?actor=${hostile}&event=no-such-event&category=leaks&from=${'9'.repeat(300)}&utm_source=x`,
  );
  const notice = page.locator('.embed-notice');
  await expect(notice).toContainText('not recognised');
  await expect(notice).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(notice.locator('*')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(page.locator('timeline-chart .tl-list > li:not([hidden])')).toHaveCount(
    content.entries.events.length,
  );
});

test('theme and title come from the host’s link', async ({ page }) => {
  await page.goto('embed/graph/?theme=dark&title=0');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.embed-title')).toBeHidden();
  await page.goto('embed/graph/?focus=storm-0558');
  await expect(page.locator('.embed-title')).toBeVisible();
  await expect(page.locator('actor-graph .gr-status')).toContainText('Around Storm-0558');
  await expect(page.locator('a.gr-node').first()).toHaveAttribute('target', '_blank');
});

test('presets are static: complete without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const blinken = content.entries.events.filter((e) =>
    (e.data.actors as string[]).includes('antony-blinken'),
  );
  await page.goto(`${baseURL ?? ''}embed/timeline/antony-blinken/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Events involving Antony Blinken',
  );
  await expect(page.locator('.tl-list > li')).toHaveCount(blinken.length);
  await expect(page.locator('svg.tl-svg a.tl-mark').first()).toBeVisible();

  const diplomacy = content.entries.events.filter((e) => e.data.category === 'diplomacy');
  await page.goto(`${baseURL ?? ''}embed/timeline/category/diplomacy/`);
  await expect(page.locator('.tl-list > li')).toHaveCount(diplomacy.length);
  await expect(page.locator('svg.tl-svg .tl-lane-label')).toHaveText(['Diplomacy']);

  // An actor whose events all lie outside the default months opens on them.
  await page.goto(`${baseURL ?? ''}embed/timeline/huawei/`);
  await expect(page.locator('svg.tl-svg a.tl-mark')).toHaveCount(1);
  await context.close();
});

test('every embed page carries its oEmbed discovery link in the built HTML', () => {
  const embeds = builtPages().filter((path) => path.startsWith('embed/'));
  // The timeline, the graph, story mode, one preset per actor and one per category.
  expect(embeds.length).toBe(3 + content.entries.actors.length + 7);
  for (const path of embeds) {
    const html = readFileSync(`dist/${path}index.html`, 'utf8');
    const match = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
      html,
    );
    expect(match, path).not.toBeNull();
    const file = new URL(match?.[1] ?? '').pathname.replace(/^\//, '');
    const doc = JSON.parse(readFileSync(`dist/${file}`, 'utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'The Storm-0558 explainer',
    });
    expect(typeof doc.width).toBe('number');
    expect(typeof doc.height).toBe('number');
    expect(typeof doc.title).toBe('string');
    expect(String(doc.provider_url)).toMatch(/^https?:\/\//);
    expect(String(doc.html)).toContain(`/${path}"`);
    expect(String(doc.html)).toContain('embed.js');
  }
});

test('the Embed dialog: snippet with the current filters, options, copy, preview, keyboard', async ({
  page,
  context,
}) => {
  test.slow(); // two charts, the preview's embed, and axe over all three
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('timeline/');
  const chart = page.locator('timeline-chart');
  await expect(chart).toHaveAttribute('data-ready', 'true');
  await chart.getByRole('button', { name: 'Diplomacy' }).click();
  const open = chart.getByRole('button', { name: 'Embed' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByLabel('Code to paste');
  await expect(code).toHaveValue(
    /embed\/timeline\/\?category=diplomacy" title="Timeline of the Storm-0558 affair"/,
  );
  await expect(code).toHaveValue(/<script async src="[^"]+\/embed\.js"><\/script>/);
  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByLabel('Show the title').uncheck();
  await expect(code).toHaveValue(/category=diplomacy&amp;theme=dark&amp;title=0/);
  await dialog.getByLabel('Height without the script (px)').fill('900');
  await expect(code).toHaveValue(/height="900"/);
  await expect(dialog.locator('iframe[data-embed-preview]')).toHaveAttribute(
    'src',
    /embed\/timeline\/\?category=diplomacy&theme=dark&title=0$/,
  );
  await dialog.getByRole('button', { name: 'Copy the code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  await expectNoA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  await page.goto('graph/?focus=microsoft');
  const graph = page.locator('actor-graph');
  await graph.scrollIntoViewIfNeeded();
  await expect(graph).toHaveAttribute('data-ready', 'true');
  await graph.getByRole('button', { name: 'Embed' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Embed this graph' }).getByLabel('Code to paste'),
  ).toHaveValue(/embed\/graph\/\?focus=microsoft"/);
});

test.describe('with embed.js the frame fits its content, within the documented maximum, credit in view', () => {
  test.slow(); // four steps in each of eight frames
  /** Checks the frame against its content and the credit line against the frame's foot. */
  async function expectFitted(page: Page, step: string, overlay = false) {
    const frame = page.frameLocator('iframe#fit');
    const inner = () =>
      frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    // The frame follows its content after a message and a frame of layout: it may be too tall
    // or too short for a moment (a card shrinking, the sources closing), and must settle within
    // 2 px either way.
    await expect
      .poll(
        async () =>
          Math.abs((await height(page, 'fit')) - Math.min(await inner(), EMBED_MAX_HEIGHT)),
        { message: `${step}: the frame fits its content up to ${String(EMBED_MAX_HEIGHT)} px` },
      )
      .toBeLessThanOrEqual(2);
    expect(await height(page, 'fit'), step).toBeLessThanOrEqual(EMBED_MAX_HEIGHT);
    // The credit line is in the frame's view, and nothing covers it.
    const credit = await frame.locator('footer.embed-credit').evaluate((footer) => {
      const box = footer.getBoundingClientRect();
      const link = footer.querySelector('a')?.getBoundingClientRect();
      const hit = link && document.elementFromPoint(link.x + 2, link.y + link.height / 2);
      return {
        top: box.top,
        bottom: box.bottom,
        view: window.innerHeight,
        uncovered: Boolean(hit && footer.contains(hit)),
      };
    });
    expect(credit.top, `${step}: credit top`).toBeGreaterThanOrEqual(0);
    expect(credit.bottom, `${step}: credit at the frame's foot`).toBeLessThanOrEqual(
      credit.view + 1,
    );
    // (The details card may lie over it while it is open: a sheet along the foot on phones.)
    if (!overlay) expect(credit.uncovered, `${step}: credit uncovered`).toBe(true);
  }

  for (const width of [600, 320]) {
    for (const src of ['embed/timeline/', 'embed/timeline/antony-blinken/']) {
      test(`${src} at ${String(width)} px: on load, with details, with the Filter panel`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: 1000, height: 1400 });
        await page.goto(`${HOST}/fit?src=${encodeURIComponent(src)}&width=${String(width)}`);
        const frame = page.frameLocator('iframe#fit');
        await expect(frame.locator('timeline-chart')).toHaveAttribute('data-ready', 'true');
        await expectFitted(page, 'on load');
        // The first mark drawn on its own (not in a bubble) that a pointer can reach.
        const event = await frame.locator('timeline-chart').evaluate((chart) => {
          for (const mark of chart.querySelectorAll<SVGAElement>('a.tl-mark[data-event-id]')) {
            const box = mark.getBoundingClientRect();
            if (box.width === 0) continue;
            mark.scrollIntoView({ block: 'center' });
            const at = mark.getBoundingClientRect();
            const hit = document.elementFromPoint(at.x + at.width / 2, at.y + at.height / 2);
            if (hit && mark.contains(hit)) return mark.dataset.eventId ?? '';
          }
          return '';
        });
        await frame.locator(`a.tl-mark[data-event-id="${event}"]:visible`).click();
        await expect(frame.locator('.tl-panel')).toBeVisible();
        await expectFitted(page, 'details open', true);
        await page.keyboard.press('Escape');
        await expect(frame.locator('.tl-panel')).toBeHidden();
        await frame.locator('html').evaluate(() => {
          window.scrollTo(0, 0);
        });
        await frame.getByRole('button', { name: 'Filter' }).click();
        await expect(frame.locator('.tl-chips')).toBeVisible();
        await expectFitted(page, 'filters open');
      });
    }
    for (const src of ['embed/timeline/?mode=story', 'embed/timeline/antony-blinken/?mode=story']) {
      test(`${src} at ${String(width)} px: on load, with the sources, at the next event`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: 1000, height: 1400 });
        await page.goto(`${HOST}/fit?src=${encodeURIComponent(src)}&width=${String(width)}`);
        const frame = page.frameLocator('iframe#fit');
        await expect(frame.locator('story-mode')).toHaveAttribute('data-ready', 'true');
        await expectFitted(page, 'on load');
        await frame.locator('.st-card[aria-current="true"] .st-sources summary').click();
        await expectFitted(page, 'sources open');
        await frame.getByRole('button', { name: 'Next event' }).click();
        await expectFitted(page, 'next event');
      });
    }
  }
});
