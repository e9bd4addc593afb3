/**
 * The graph's view: a zoom `k` and a pan `x, y` in drawing units, applied as
 * `translate(x y) scale(k)` to the drawing. Zooming about a point, fitting actors, converting
 * points, and the transforms that show a view. Pure.
 */

/** A zoom and a pan, in drawing units. */
export interface GraphView {
  k: number;
  x: number;
  y: number;
}

/** The view that shows the whole drawing as laid out. */
export const IDENTITY_VIEW: GraphView = { k: 1, x: 0, y: 0 };

/** The zoom's limits. */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 8;

const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * `view` zoomed by `factor` about the point `at` (drawing units, before the view), which stays
 * where it is on screen; the zoom is clamped to [MIN_ZOOM, MAX_ZOOM].
 */
export function zoomView(view: GraphView, factor: number, at: { x: number; y: number }): GraphView {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const applied = k / view.k;
  return { k, x: at.x - (at.x - view.x) * applied, y: at.y - (at.y - view.y) * applied };
}

/**
 * The view that centres `points` in a drawing of `size`, with `pad` units around them, zoomed in
 * at most to `maxZoom`. With no points, the whole drawing.
 */
export function fitView(
  points: readonly { x: number; y: number }[],
  size: { width: number; height: number },
  pad = 80,
  maxZoom = 2.5,
): GraphView {
  if (points.length === 0) return { ...IDENTITY_VIEW };
  const minX = Math.min(...points.map((p) => p.x)) - pad;
  const maxX = Math.max(...points.map((p) => p.x)) + pad;
  const minY = Math.min(...points.map((p) => p.y)) - pad;
  const maxY = Math.max(...points.map((p) => p.y)) + pad;
  const k = Math.min(maxZoom, size.width / (maxX - minX), size.height / (maxY - minY));
  return {
    k,
    x: size.width / 2 - ((minX + maxX) / 2) * k,
    y: size.height / 2 - ((minY + maxY) / 2) * k,
  };
}

/** A point on screen (drawing units, before the view) in the drawing's own units. */
export function toDrawing(view: GraphView, at: { x: number; y: number }): { x: number; y: number } {
  return { x: (at.x - view.x) / view.k, y: (at.y - view.y) / view.k };
}

/** The SVG `transform` attribute that draws `view`, rounded so that equal views compare equal. */
export function formatViewTransform(view: GraphView): string {
  return `translate(${String(tenth(view.x))} ${String(tenth(view.y))}) scale(${String(Math.round(view.k * 1000) / 1000)})`;
}

/**
 * The CSS transform that makes a drawing drawn at `committed` look like `view`, for a frame that
 * shows `cssPerUnit` CSS pixels per drawing unit (origin at the top left).
 */
export function formatGestureTransform(
  view: GraphView,
  committed: GraphView,
  cssPerUnit: number,
): string {
  const s = view.k / committed.k;
  const tx = (view.x - s * committed.x) * cssPerUnit;
  const ty = (view.y - s * committed.y) * cssPerUnit;
  return `translate(${tx.toFixed(2)}px, ${ty.toFixed(2)}px) scale(${s.toFixed(4)})`;
}
