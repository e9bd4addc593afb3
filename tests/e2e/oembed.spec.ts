/**
 * oEmbed discovery as a CMS does it: fetch the page a journalist pasted, find its
 * `application/json+oembed` link, fetch the document, and embed its `html`.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { EMBED_HEIGHTS, EMBED_WIDTH, type EmbedView } from '../../src/lib/embed';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/share-card';
import { content } from '../support/content';
import { builtPages } from '../support/site';

const DISCOVERY = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/;

/** Checks an oEmbed document against the spec and the documented defaults; returns the iframe's src. */
function expectValidDocument(doc: Record<string, unknown>, view: EmbedView, where: string) {
  expect(doc, where).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_name: 'The Storm-0558 explainer',
    width: EMBED_WIDTH,
    height: EMBED_HEIGHTS[view],
    thumbnail_width: CARD_WIDTH,
    thumbnail_height: CARD_HEIGHT,
  });
  expect(String(doc.title), where).not.toBe('');
  expect(String(doc.provider_url), where).toMatch(/^https?:\/\//);
  expect(String(doc.thumbnail_url), where).toMatch(/^https?:\/\/.+\/og\/.+\.png$/);
  const html = String(doc.html);
  expect(html, where).toContain(`height="${EMBED_HEIGHTS[view]}"`);
  expect(html, where).toMatch(/<script async src="[^"]+\/embed\.js"><\/script>$/);
  const src = /<iframe src="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  expect(src, where).toBeDefined();
  return new URL(src ?? '');
}

async function discover(request: APIRequestContext, page: string) {
  const html = await (await request.get(page)).text();
  const href = DISCOVERY.exec(html)?.[1];
  expect(href, `${page} has no oEmbed link`).toBeDefined();
  const response = await request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('json');
  return (await response.json()) as Record<string, unknown>;
}

test('pasting any of the four kinds of page finds the right embed, with a thumbnail', async ({
  request,
}) => {
  const event = 'microsoft-discloses';
  const actor = 'antony-blinken';
  const cases: { page: string; view: EmbedView; embed: RegExp; thumbnail: RegExp }[] = [
    { page: 'timeline/', view: 'timeline', embed: /\/embed\/timeline\/$/, thumbnail: /site\.png$/ },
    { page: 'graph/', view: 'graph', embed: /\/embed\/graph\/$/, thumbnail: /site\.png$/ },
    {
      page: `actors/${actor}/`,
      view: 'timeline',
      embed: new RegExp(`/embed/timeline/${actor}/$`),
      thumbnail: new RegExp(`/og/actors/${actor}\\.png$`),
    },
    {
      page: `events/${event}/`,
      view: 'story',
      embed: new RegExp(`/embed/timeline/story/\\?event=${event}#story-${event}$`),
      thumbnail: new RegExp(`/og/events/${event}\\.png$`),
    },
  ];
  for (const { page, view, embed, thumbnail } of cases) {
    const doc = await discover(request, page);
    const src = expectValidDocument(doc, view, page);
    expect(src.href, page).toMatch(embed);
    expect(String(doc.thumbnail_url), page).toMatch(thumbnail);
    const image = await request.get(String(doc.thumbnail_url));
    expect(image.status(), page).toBe(200);
    expect(image.headers()['content-type'], page).toContain('image/png');
    const frame = await request.get(src.href);
    expect(frame.status(), page).toBe(200);
    expect(await frame.text(), page).toContain('<html');
  }
});

test('the embedded story opens on the event whose page was pasted', async ({ page, request }) => {
  const doc = await discover(request, 'events/blinken-wang-jakarta/');
  const src = expectValidDocument(doc, 'story', 'events/blinken-wang-jakarta/');
  await page.goto(src.href);
  const current = page.locator('story-mode .st-card[aria-current="true"]');
  await expect(current).toHaveAttribute('data-event-id', 'blinken-wang-jakarta');
  await expect(current).toBeVisible();
  // The fragment is for readers without scripts: the story drops it and reads from the top.
  await expect(page).toHaveURL(/\?event=blinken-wang-jakarta$/);
  await expect(page.locator('[data-story-controls]')).toBeInViewport();
});

test('without scripts, the embedded story still opens on the pasted event', async ({
  browser,
  request,
}) => {
  const event = 'blinken-wang-jakarta';
  const doc = await discover(request, `events/${event}/`);
  const src = expectValidDocument(doc, 'story', `events/${event}/`);
  expect(src.hash).toBe(`#story-${event}`);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: EMBED_WIDTH, height: EMBED_HEIGHTS.story },
  });
  const page = await context.newPage();
  await page.goto(src.href);
  const card = page.locator(`#story-${event}`);
  await expect(card).toHaveAttribute('data-event-id', event);
  await expect(card.locator('.st-headline')).toBeInViewport();
  // Not by luck: the story's first card is another event, out of view.
  const first = page.locator('story-mode .st-card').first();
  await expect(first).not.toHaveAttribute('data-event-id', event);
  await expect(first).not.toBeInViewport();
  await context.close();
});

test('every actor, event and embed page links a valid oEmbed document in its built HTML', () => {
  const pages = builtPages().filter((path) =>
    /^(actors\/[^/]+|events\/[^/]+|embed\/.+)\/$/.test(path),
  );
  expect(pages.length).toBeGreaterThanOrEqual(
    content.entries.actors.length * 2 + content.entries.events.length,
  );
  for (const path of pages) {
    const html = readFileSync(`dist/${path}index.html`, 'utf8');
    const href = DISCOVERY.exec(html)?.[1];
    expect(href, path).toBeDefined();
    const file = new URL(href ?? '').pathname.replace(/^\//, '');
    const doc = JSON.parse(readFileSync(`dist/${file}`, 'utf8')) as Record<string, unknown>;
    const view: EmbedView =
      path.startsWith('events/') || path.startsWith('embed/timeline/story/')
        ? 'story'
        : path.startsWith('embed/graph/')
          ? 'graph'
          : 'timeline';
    expectValidDocument(doc, view, path);
  }
});
