/**
 * The widths (CSS pixels, of the chart's own box) at which the timeline changes its form. The
 * one place these numbers are set: the element reads them, and the stylesheet
 * (src/islands/timeline/timeline.css), which cannot import them, repeats them in its container
 * queries; a unit test keeps the two equal.
 */

/** On a full page, a timeline narrower than this is drawn downwards. */
export const PAGE_VERTICAL_BELOW = 640;

/** In an embed the horizontal drawing holds down to this width: an article column is narrow. */
export const EMBED_VERTICAL_BELOW = 480;

/**
 * On a full page narrower than this the filters (category chips, Actor, Search) fold behind
 * one "Filter" button, so that the chart comes first. In an embed they always do.
 */
export const FILTERS_FOLD_BELOW = 640;

/** The width the horizontal drawing is laid out at on a full page, and at most in an embed. */
export const HORIZONTAL_WIDTH = 960;

/** The documented article column an embed's frame is sized for. */
export const EMBED_WIDTH = 600;

/** The embed's padding either side of its content (`px-3` in layouts/Embed.astro). */
export const EMBED_PADDING = 12;

/**
 * The width an embed's horizontal drawing is built at: the chart's own width in a frame of the
 * documented column. Built at the frame's width, it was laid out again at load, 105 px taller.
 */
export const EMBED_DRAWING_WIDTH = EMBED_WIDTH - 2 * EMBED_PADDING;

/** Whether a timeline `width` pixels wide is drawn downwards. */
export function isVerticalAt(width: number, embedded: boolean): boolean {
  return width > 0 && width < (embedded ? EMBED_VERTICAL_BELOW : PAGE_VERTICAL_BELOW);
}

/**
 * The width to lay the horizontal drawing out at: a full page scales its 960-unit drawing to
 * the box. An embed's drawing is built for the documented 600-px column (EMBED_DRAWING_WIDTH), so that
 * without a script its labels read at their size there; narrower, the script lays it out at its
 * own width, so that labels are measured at the size they are read; wider, it keeps the built
 * drawing (scaled up, at most to 800 px: see timeline.css), so that nothing moves on load.
 */
export function horizontalWidth(width: number, embedded: boolean): number {
  if (!embedded) return HORIZONTAL_WIDTH;
  if (width <= 0) return EMBED_DRAWING_WIDTH;
  return Math.round(Math.min(EMBED_DRAWING_WIDTH, Math.max(EMBED_VERTICAL_BELOW, width)));
}
