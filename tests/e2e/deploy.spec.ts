/**
 * What a deployment depends on, checked on the served build at the root and under a sub-path:
 * titles, canonical URLs, Open Graph and Twitter tags, share images and JSON-LD on every page;
 * the sitemap, robots.txt and feed; the hosts' security headers; embed snippets and oEmbed;
 * and rel="noopener noreferrer" on every link to another site.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { content } from '../support/content';
import { builtPages } from '../support/site';

const pages = builtPages();

/** The `content` of `<meta name|property="key">`, unescaped. */
function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(
    `<meta (?:name|property)="${key.replaceAll(':', '\\:')}" content="([^"]*)"`,
  ).exec(html);
  return tag?.[1] === undefined ? undefined : unescape(tag[1]);
}

function unescape(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

function linkHref(html: string, rel: string): string | undefined {
  return new RegExp(`<link rel="${rel}" href="([^"]+)"`).exec(html)?.[1];
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
  );
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchPages(request: APIRequestContext, baseURL: string) {
  return Promise.all(
    pages.map(async (path) => {
      const response = await request.get(new URL(path, baseURL).href);
      expect(response.status(), path).toBe(200);
      return { path, html: await response.text() };
    }),
  );
}

test('every page has a title, a description, a canonical URL, Open Graph and Twitter tags and a share image that exists', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const root = baseURL ?? '';
  const images = new Set<string>();
  for (const { path, html } of await fetchPages(request, root)) {
    const embed = path.startsWith('embed/');
    expect(/<title>([^<]+)<\/title>/.exec(html)?.[1], path).toMatch(/Storm-0558/);
    expect(meta(html, 'description')?.length ?? 0, path).toBeGreaterThan(20);
    if (embed || path === 'search/') {
      expect(meta(html, 'robots'), path).toBe('noindex');
      continue;
    }
    const url = new URL(path, root).href;
    expect(linkHref(html, 'canonical'), path).toBe(url);
    expect(meta(html, 'og:url'), path).toBe(url);
    expect(meta(html, 'og:title'), path).toBeTruthy();
    expect(meta(html, 'og:description'), path).toBe(meta(html, 'description'));
    expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
    const image = meta(html, 'og:image') ?? '';
    expect(image.startsWith(`${root}og/`), `${path}: ${image}`).toBe(true);
    expect(meta(html, 'twitter:image'), path).toBe(image);
    expect(meta(html, 'og:image:alt')?.length ?? 0, path).toBeGreaterThan(5);
    images.add(image);
  }
  // Chapters, events and actors have images of their own; the rest share the site's.
  expect(images.size).toBe(1 + 6 + content.entries.events.length + content.entries.actors.length);
  for (const image of images) {
    const response = await request.get(image);
    expect(response.headers()['content-type'], image).toBe('image/png');
    const bytes = await response.body();
    expect(pngSize(bytes), image).toEqual({ width: 1200, height: 630 });
    expect(bytes.length, image).toBeLessThanOrEqual(100 * 1024);
  }
});

test('a chapter is a NewsArticle with its dates, author, publisher and every source it cites', async ({
  page,
  baseURL,
}) => {
  await page.goto('hack/');
  const [article] = (await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((n) => JSON.parse(n.textContent) as unknown))) as Record<
    string,
    unknown
  >[];
  const headline = await page.getByRole('heading', { level: 1 }).textContent();
  const notes = page
    .getByRole('region', { name: 'Sources for this chapter' })
    .getByRole('listitem');
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headline?.trim(),
    url: `${baseURL}hack/`,
    image: [`${baseURL}og/hack.png`],
    author: { '@type': 'Organization', url: baseURL },
    publisher: { '@type': 'Organization', url: baseURL },
  });
  expect(article?.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(
    await page.locator('meta[property="article:published_time"]').getAttribute('content'),
  ).toBe(article?.datePublished);
  const citations = article?.citation as { url: string }[];
  expect(citations.length).toBe(await notes.count());
  const noteUrls = await notes
    .locator('a[href^="http"]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const citation of citations) expect(noteUrls).toContain(citation.url);
});

test('an event page describes an Event with its dates and actors; an actor page its person or body', async ({
  request,
  baseURL,
}) => {
  const root = baseURL ?? '';
  const event = content.entries.events.find((e) => e.data.end !== undefined && e.data.actors);
  expect(event).toBeDefined();
  const eventHtml = await (await request.get(`${root}events/${event?.id}/`)).text();
  const [eventLd] = jsonLd(eventHtml);
  expect(eventLd).toMatchObject({
    '@type': 'WebPage',
    url: `${root}events/${event?.id}/`,
    mainEntity: { '@type': 'Event', startDate: event?.data.date, endDate: event?.data.end },
  });
  const about = (eventLd?.mainEntity as { about: { url: string }[] }).about;
  expect(about.map((a) => a.url)).toEqual(
    (event?.data.actors as string[]).map((id) => `${root}actors/${id}/`),
  );

  const person = content.entries.actors.find((a) => a.data.kind === 'person');
  const [personLd] = jsonLd(await (await request.get(`${root}actors/${person?.id}/`)).text());
  expect(personLd).toMatchObject({
    '@type': 'ProfilePage',
    mainEntity: { '@type': 'Person', name: person?.data.name },
  });
  const [homeLd] = jsonLd(await (await request.get(root)).text());
  expect(homeLd).toMatchObject({
    '@type': 'WebSite',
    url: root,
    potentialAction: { target: `${root}search/?q={search_term_string}` },
  });
});

test('the sitemap lists every page but embeds, search and 404, and robots.txt points to it', async ({
  request,
  baseURL,
}) => {
  const root = baseURL ?? '';
  const robots = await (await request.get(`${root}robots.txt`)).text();
  const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1] ?? '';
  expect(sitemapUrl).toBe(`${root}sitemap-index.xml`);
  const index = await (await request.get(sitemapUrl)).text();
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  const listed: string[] = [];
  for (const sitemap of locs(index)) {
    expect(sitemap.startsWith(root)).toBe(true);
    listed.push(...locs(await (await request.get(sitemap)).text()));
  }
  const expected = pages
    .filter((path) => !path.startsWith('embed/') && path !== 'search/')
    .map((path) => new URL(path, root).href);
  expect(listed.sort()).toEqual(expected.sort());
});

test('the feed lists chapters and the updates log, every link resolving, and every page links to it', async ({
  request,
  baseURL,
}) => {
  const root = baseURL ?? '';
  const home = await (await request.get(root)).text();
  const feedHref =
    /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)"/.exec(
      home,
    )?.[1];
  expect(feedHref).toBe(`${new URL(root).pathname}feed.xml`);
  const response = await request.get(new URL(feedHref ?? '', root).href);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  const items = [...xml.matchAll(/<item>(.*?)<\/item>/gs)].map((m) => m[1] ?? '');
  expect(items.length).toBe(content.stories.length + content.entries.updates.length);
  for (const item of items) {
    const link = /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '';
    expect(link.startsWith(root), link).toBe(true);
    const target = new URL(link);
    const page = await (await request.get(`${target.origin}${target.pathname}`)).text();
    if (target.hash) expect(page, link).toContain(`id="${target.hash.slice(1)}"`);
    expect(
      /<pubDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 12:00:00 GMT<\/pubDate>/.test(item),
      item,
    ).toBe(true);
  }
});

test('the hosts’ headers: CSP and hardening everywhere, unknown paths included, framing only for /embed/', async ({
  request,
  baseURL,
}) => {
  const root = baseURL ?? '';
  for (const path of ['', 'hack/', 'events/', 'data/events.json', 'embed/timeline/']) {
    const headers = (await request.get(`${root}${path}`)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
  for (const path of ['', 'hack/', 'timeline/', 'data/', 'sources/']) {
    const csp = (await request.get(`${root}${path}`)).headers()['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/frame-ancestors 'self'$/);
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  }
  const home = await (await request.get(root)).text();
  // Stylesheets are inlined; the scripts are the fingerprinted bundles the page loads.
  const bundle = /src="([^"]*\/_astro\/[^"]+\.js)"/.exec(home)?.[1];
  expect(bundle, 'the home page loads a script from _astro/').toBeDefined();
  expect((await request.get(new URL(bundle ?? '', root).href)).headers()['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
  const embed = (await request.get(`${root}embed/graph/`)).headers();
  expect(embed['content-security-policy']).toMatch(/frame-ancestors \*$/);
  expect(embed['content-security-policy']).not.toContain("frame-ancestors 'self'");
  expect(embed['x-frame-options']).toBeUndefined();
  // A page that does not exist gets the 404 page, which no other site may frame either.
  for (const path of ['no-such-page/', 'events/no-such-event/', 'nope.html']) {
    const response = await request.get(`${root}${path}`);
    expect(response.status(), path).toBe(404);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toMatch(/frame-ancestors 'self'$/);
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
});

test('the embed code and oEmbed carry the deployed address, base path included', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('timeline/');
  const chart = page.locator('timeline-chart');
  await expect(chart).toHaveAttribute('data-ready', 'true');
  await chart.getByRole('button', { name: 'Embed' }).click();
  const code = await page
    .getByRole('dialog', { name: 'Embed this timeline' })
    .getByLabel('Code to paste')
    .inputValue();
  expect(code).toContain(`src="${baseURL}embed/timeline/`);
  expect(code).toContain(`${baseURL}embed.js`);
  const embedHtml = await (await request.get(`${baseURL}embed/timeline/`)).text();
  const oembed =
    /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(embedHtml)?.[1] ??
    '';
  expect(oembed.startsWith(`${baseURL}oembed/`)).toBe(true);
  const document = (await (await request.get(oembed)).json()) as {
    html: string;
    provider_url: string;
  };
  expect(document.html).toContain(`${baseURL}embed/timeline/`);
  expect(document.provider_url).toBe(baseURL);
});

// Links to other origins do not depend on the base path: the root project checks them.
test(
  'every link to another site opens without a referrer or an opener',
  { tag: '@root-only' },
  async ({ request, baseURL }) => {
    test.setTimeout(60_000);
    const origin = new URL(baseURL ?? '').origin;
    const bad: string[] = [];
    let external = 0;
    for (const { path, html } of await fetchPages(request, baseURL ?? '')) {
      for (const [tag] of html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        const href = /href="([^"]+)"/.exec(tag)?.[1] ?? '';
        if (new URL(unescape(href)).origin === origin) continue;
        external += 1;
        const rel = /\srel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`/${path}: ${tag}`);
      }
    }
    expect(external).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  },
);
