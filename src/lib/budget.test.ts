import { describe, expect, it } from 'vitest';
import {
  assetKind,
  isText,
  kb,
  overBudget,
  overLimit,
  splitInlineStyles,
  weigh,
  type Asset,
} from './budget';

const asset = (url: string, kind: Asset['kind'], kilobytes: number): Asset => ({
  url: `http://127.0.0.1:4321${url}`,
  kind,
  bytes: kilobytes * 1024,
});

const page: Asset[] = [
  asset('/', 'html', 10),
  asset('/_astro/a.js', 'js', 20),
  asset('/_astro/b.js', 'js', 12),
  asset('/_astro/site.css', 'css', 8),
  asset('/_astro/serif.woff2', 'font', 40),
  asset('/data/events.json', 'data', 5),
];

describe('assetKind', () => {
  it('sorts the browser’s resource types into kinds', () => {
    expect(assetKind('document')).toBe('html');
    expect(assetKind('script')).toBe('js');
    expect(assetKind('stylesheet')).toBe('css');
    expect(assetKind('font')).toBe('font');
    expect(assetKind('image')).toBe('image');
    expect(assetKind('fetch')).toBe('data');
    expect(assetKind('xhr')).toBe('data');
    expect(assetKind('manifest')).toBe('other');
  });

  it('weighs text gzipped, fonts and images as they are', () => {
    expect(isText('js')).toBe(true);
    expect(isText('data')).toBe(true);
    expect(isText('font')).toBe(false);
    expect(isText('image')).toBe(false);
  });
});

describe('splitInlineStyles', () => {
  it('takes every inlined stylesheet out of the HTML, and nothing else', () => {
    const page =
      '<html><head><style>a{color:red}</style><STYLE media="print">b{x:y}</STYLE></head><body><p>style</p></body></html>';
    expect(splitInlineStyles(page)).toEqual({
      html: '<html><head></head><body><p>style</p></body></html>',
      css: 'a{color:red}\nb{x:y}',
    });
  });

  it('leaves a page without inline styles as it is', () => {
    expect(splitInlineStyles('<p>x</p>')).toEqual({ html: '<p>x</p>', css: '' });
  });
});

describe('weigh', () => {
  it('adds up bytes in total and by kind, and counts requests', () => {
    expect(weigh(page)).toEqual({
      total: 95 * 1024,
      requests: 6,
      kinds: {
        html: 10 * 1024,
        js: 32 * 1024,
        css: 8 * 1024,
        font: 40 * 1024,
        image: 0,
        data: 5 * 1024,
        other: 0,
      },
    });
  });

  it('does not count what came inside another response as a request', () => {
    const inline = { ...asset('/#inline-styles', 'css', 2), inline: true };
    expect(weigh([...page, inline])).toMatchObject({ requests: 6, total: 97 * 1024 });
  });

  it('counts an address loaded twice once', () => {
    expect(weigh([...page, asset('/_astro/a.js', 'js', 20)]).requests).toBe(6);
  });
});

describe('overBudget', () => {
  it('says nothing when every budget holds, including one met exactly', () => {
    expect(overBudget({ route: '/', total: 95, kinds: { js: 32, css: 20 } }, page)).toEqual([]);
  });

  it('names the route, the kind, the excess and the heaviest assets', () => {
    expect(overBudget({ route: '/', kinds: { js: 30 } }, page)).toEqual([
      '/: js is 32.0 KB, 2.0 KB over its 30 KB budget (heaviest: /_astro/a.js 20.0 KB, /_astro/b.js 12.0 KB)',
    ]);
  });

  it('reports the total and each kind that is over, one line each', () => {
    const lines = overBudget({ route: '/embed/timeline/', total: 60, kinds: { font: 30 } }, page);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\/embed\/timeline\/: total is 95\.0 KB, 35\.0 KB over its 60 KB/);
    expect(lines[0]).toContain('heaviest: /_astro/serif.woff2 40.0 KB, /_astro/a.js 20.0 KB');
    expect(lines[1]).toBe(
      '/embed/timeline/: font is 40.0 KB, 10.0 KB over its 30 KB budget (heaviest: /_astro/serif.woff2 40.0 KB)',
    );
  });
});

describe('overLimit', () => {
  it('names what is over and by how much, and nothing at or under the limit', () => {
    expect(overLimit('embed.js', 2355, 2)).toBe('embed.js is 2.3 KB, 0.3 KB over its 2 KB budget');
    expect(overLimit('embed.js', 2048, 2)).toBeUndefined();
  });
});

describe('kb', () => {
  it('prints KB of 1,024 bytes to one decimal', () => {
    expect(kb(1536)).toBe('1.5 KB');
    expect(kb(0)).toBe('0.0 KB');
  });
});
