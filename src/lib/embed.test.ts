import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMBED_MAX_HEIGHT,
  EMBED_TIMELINE_ROUTES,
  embedPath,
  embedSnippet,
  embedUrl,
  oembedPagePath,
} from './embed';
import { EMPTY_STATE } from './url-state';

const site = 'https://news.example/storm-0558/';

describe('embedUrl', () => {
  it('carries the state, the theme and the title switch', () => {
    expect(embedUrl(site, 'timeline', EMPTY_STATE, { theme: 'auto', title: true })).toBe(
      `${site}embed/timeline/`,
    );
    expect(
      embedUrl(
        site,
        'timeline',
        { ...EMPTY_STATE, actors: ['wang-yi'], from: '2023-07-01' },
        { theme: 'dark', title: false },
      ),
    ).toBe(`${site}embed/timeline/?actor=wang-yi&from=2023-07-01&theme=dark&title=0`);
    expect(
      embedUrl(
        site,
        'graph',
        { ...EMPTY_STATE, focus: 'microsoft' },
        { theme: 'light', title: true },
      ),
    ).toBe(`${site}embed/graph/?focus=microsoft&theme=light`);
  });
});

describe('embedSnippet', () => {
  it('is an iframe with a fallback height and the sizing script, escaped', () => {
    const snippet = embedSnippet(`${site}embed/timeline/?q=a&b`, 'A "title"', 720, site);
    expect(snippet).toContain(
      `<iframe src="${site}embed/timeline/?q=a&amp;b" title="A &quot;title&quot;" width="100%" height="720"`,
    );
    expect(snippet).toContain(`<script async src="${site}embed.js"></script>`);
  });
});

describe('story mode and white-label parameters', () => {
  it('story mode has its own page; the style follows the state in a stable order', () => {
    expect(embedPath('timeline', 'story')).toBe('/embed/timeline/story/');
    expect(embedPath('graph', 'story')).toBe('/embed/graph/');
    expect(
      embedUrl(
        '/',
        'timeline',
        { ...EMPTY_STATE, event: 'x' },
        {
          theme: 'dark',
          title: true,
          mode: 'story',
          style: { font: 'system', accent: '#C00', bg: 'transparent' },
        },
      ),
    ).toBe('/embed/timeline/story/?event=x&theme=dark&bg=transparent&accent=cc0000&font=system');
  });
});

describe('embed.js', () => {
  it('caps a frame at the documented maximum height', () => {
    const script = readFileSync('public/embed.js', 'utf8');
    expect(script).toContain(`var MAX_HEIGHT = ${String(EMBED_MAX_HEIGHT)};`);
    expect(script).toContain(`no taller than ${String(EMBED_MAX_HEIGHT)}px`);
  });
});

describe('oembedPagePath', () => {
  it('names the page whose oEmbed document is nearest to the view', () => {
    expect(oembedPagePath('graph', 'chart', { ...EMPTY_STATE, focus: 'microsoft' })).toBe(
      '/graph/',
    );
    expect(oembedPagePath('timeline', 'story', { ...EMPTY_STATE, event: 'x' })).toBe('/events/x/');
    expect(oembedPagePath('timeline', 'story', EMPTY_STATE)).toBe('/timeline/');
    expect(oembedPagePath('timeline', 'chart', { ...EMPTY_STATE, actors: ['wang-yi'] })).toBe(
      '/actors/wang-yi/',
    );
    expect(
      oembedPagePath('timeline', 'chart', {
        ...EMPTY_STATE,
        actors: ['wang-yi'],
        categories: ['diplomacy'],
      }),
    ).toBe('/timeline/');
  });
});

describe('EMBED_TIMELINE_ROUTES', () => {
  it('names every fixed route beside the per-actor page under /embed/timeline/', () => {
    const folders = readdirSync('src/pages/embed/timeline', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect([...EMBED_TIMELINE_ROUTES].sort()).toEqual(folders);
  });
});
