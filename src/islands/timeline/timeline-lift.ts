/**
 * A drag slides the chart's moving layer. Moved inside the chart's SVG, it is painted again at
 * every step, which at thousands of events takes longer than a frame without a GPU. So for the
 * drag it is lifted into an SVG of its own, laid over the plot and clipped to it, which the
 * compositor slides as a picture (`will-change: transform`, timeline.css); the next full drawing,
 * when the drag ends, puts everything back into the one SVG. Loaded on the first pointer down.
 */
import type { TimelineLayout } from '../../lib/layout-timeline';
import { SVG_NS } from '../shared/dom';

/** How far left of the time axis the moving layer shows (units), as the drawing's clip does. */
const CLIP_LEFT = 8;

export interface Lifted {
  /** The clipping box over the plot, removed when the drag's drawing is replaced. */
  frame: HTMLElement;
  /** The box the compositor slides. */
  layer: HTMLElement;
  /** CSS pixels per unit of the drawing. */
  pxPerUnit: number;
}

/** Lifts `moving`, drawn in `svg` for `layout` with a window's overscan either side. */
export function liftMoving(
  svg: SVGSVGElement,
  moving: SVGGElement,
  layout: TimelineLayout,
): Lifted | undefined {
  const scroller = svg.parentElement;
  const box = svg.getBoundingClientRect();
  if (!scroller || box.width === 0) return undefined;
  const outer = scroller.getBoundingClientRect();
  const pxPerUnit = box.width / layout.width;
  const px = (units: number) => `${String(Math.round(units * pxPerUnit * 10) / 10)}px`;
  const left = layout.axis.from - CLIP_LEFT;
  const overscan = layout.axis.to - layout.axis.from;
  const frame = document.createElement('div');
  frame.className = 'tl-pan';
  frame.style.left = `${String(box.left - outer.left + scroller.scrollLeft)}px`;
  frame.style.top = `${String(box.top - outer.top + scroller.scrollTop)}px`;
  frame.style.marginLeft = px(left);
  frame.style.width = px(layout.width - left);
  frame.style.height = `${String(box.height)}px`;
  const copy = document.createElementNS(SVG_NS, 'svg');
  copy.setAttribute('aria-hidden', 'true');
  copy.setAttribute(
    'viewBox',
    `${String(left - overscan)} 0 ${String(layout.width - left + 2 * overscan)} ${String(layout.height)}`,
  );
  // The compositor moves an HTML box; a transform on an <svg> would lay its text out again.
  const layer = document.createElement('div');
  layer.style.left = px(-overscan);
  layer.style.width = px(layout.width - left + 2 * overscan);
  layer.style.height = `${String(box.height)}px`;
  copy.append(moving);
  layer.append(copy);
  frame.append(layer);
  scroller.append(frame);
  return { frame, layer, pxPerUnit };
}
