import { EMBED_VERTICAL_BELOW, PAGE_VERTICAL_BELOW } from './breakpoints';

/**
 * Below what width (CSS px) a timeline chart is drawn downwards: on a full page, and in an embed
 * (whose frame is often a narrow column of an article), as set in breakpoints.ts. The script
 * (timeline-chart.ts) reads them there; the build's downward drawing is shown by container
 * queries in timeline.css that must use the same numbers (vertical-below.test.ts reads the
 * stylesheet to keep them equal).
 */
export const VERTICAL_BELOW = { page: PAGE_VERTICAL_BELOW, embed: EMBED_VERTICAL_BELOW } as const;

/** The width below which a chart runs downwards. */
export function verticalBelow(embedded: boolean): number {
  return embedded ? VERTICAL_BELOW.embed : VERTICAL_BELOW.page;
}

/**
 * The widths of the `@container (width < Npx)` queries in a stylesheet that show the build's
 * downward drawing (`.tl-svg-v`), each with whether it is the embeds' (`.tl-embedded`).
 */
export function verticalQueries(css: string): { below: number; embedded: boolean }[] {
  const queries: { below: number; embedded: boolean }[] = [];
  const pattern = /@container\s*\(\s*width\s*<\s*(\d+)px\s*\)\s*\{([\s\S]*?)\n\}/g;
  for (const [, width, body] of css.matchAll(pattern)) {
    if (!body?.includes('.tl-svg-v')) continue;
    queries.push({
      below: Number(width),
      embedded: body.includes('timeline-chart.tl-embedded'),
    });
  }
  return queries;
}
