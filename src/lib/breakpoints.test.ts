import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMBED_DRAWING_WIDTH,
  EMBED_PADDING,
  EMBED_VERTICAL_BELOW,
  FILTERS_FOLD_BELOW,
  horizontalWidth,
  isVerticalAt,
  PAGE_VERTICAL_BELOW,
} from './breakpoints';

describe('isVerticalAt', () => {
  it('keeps embeds horizontal down to 480 px, full pages to 640 px', () => {
    expect(isVerticalAt(600, true)).toBe(false);
    expect(isVerticalAt(479, true)).toBe(true);
    expect(isVerticalAt(600, false)).toBe(true);
    expect(isVerticalAt(640, false)).toBe(false);
    // Not yet laid out: no width to judge by.
    expect(isVerticalAt(0, false)).toBe(false);
  });
});

describe('horizontalWidth', () => {
  it('lays embeds out at their own width, within 480–576; full pages at 960', () => {
    expect(horizontalWidth(576, true)).toBe(576);
    expect(horizontalWidth(560, true)).toBe(560);
    expect(horizontalWidth(1400, true)).toBe(EMBED_DRAWING_WIDTH);
    expect(horizontalWidth(300, true)).toBe(480);
    expect(horizontalWidth(700, false)).toBe(960);
  });

  it("builds the embed's drawing at the chart's width in a frame of the documented column", () => {
    // px-3 is 0.75rem, 12 px, each side of the embed's content.
    const layout = readFileSync(new URL('../layouts/Embed.astro', import.meta.url), 'utf8');
    expect(layout).toMatch(/<main id="main" class="px-3 /);
    expect(EMBED_PADDING).toBe(12);
    expect(EMBED_DRAWING_WIDTH).toBe(576);
  });
});

/**
 * The widths of the `@container (width < Npx)` queries in a stylesheet that show the build's
 * downward drawing (`.tl-svg-v`), each with whether it is the embeds' (`html[data-embed]`).
 */
function verticalQueries(css: string): { below: number; embedded: boolean }[] {
  const queries: { below: number; embedded: boolean }[] = [];
  const pattern = /@container\s*\(\s*width\s*<\s*(\d+)px\s*\)\s*\{([\s\S]*?)\n\}/g;
  for (const [, width, body] of css.matchAll(pattern)) {
    if (!body?.includes('.tl-svg-v')) continue;
    queries.push({
      below: Number(width),
      embedded: body.includes('html[data-embed] timeline-chart'),
    });
  }
  return queries;
}

describe('verticalQueries', () => {
  it('reads the container queries that show the downward drawing', () => {
    const sample = `@container (width < 500px) {\n  html[data-embed] timeline-chart .tl-svg-v {\n    display: block;\n  }\n}\n@container (width < 300px) {\n  .other {\n    display: none;\n  }\n}\n`;
    expect(verticalQueries(sample)).toEqual([{ below: 500, embedded: true }]);
  });
});

describe('the stylesheet', () => {
  const css = readFileSync(new URL('../islands/timeline/timeline.css', import.meta.url), 'utf8');
  it('shows the downward drawing below the widths the script uses, for pages and embeds', () => {
    expect(EMBED_VERTICAL_BELOW).toBeLessThan(PAGE_VERTICAL_BELOW);
    expect(verticalQueries(css)).toEqual([
      { below: PAGE_VERTICAL_BELOW, embedded: false },
      { below: EMBED_VERTICAL_BELOW, embedded: true },
    ]);
  });

  it('repeats these widths in its container queries, and no other', () => {
    const widths = [...css.matchAll(/@container \(width < (\d+)px\)/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThan(0);
    expect(new Set(widths)).toEqual(
      new Set([PAGE_VERTICAL_BELOW, EMBED_VERTICAL_BELOW, FILTERS_FOLD_BELOW]),
    );
    const minWidths = [...css.matchAll(/min-width: (\d+)px/g)].map((m) => Number(m[1]));
    expect(new Set(minWidths)).toEqual(new Set([PAGE_VERTICAL_BELOW, EMBED_VERTICAL_BELOW]));
  });
});
