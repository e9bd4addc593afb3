/**
 * The DOM half of the chart's drawing: writes a laid-out timeline into the SVG, the overview
 * strip beneath it, and slides the drawing during a drag without laying it out again.
 */
import {
  layoutOverview,
  overviewScale,
  type TimelineItem,
  type TimelineLayout,
} from '../../lib/layout-timeline';
import { HIT_RADIUS, renderOverview, renderTimeline } from '../../lib/render-timeline';
import { timeScale, type DayWindow } from '../../lib/timeline-scale';
import { required } from '../shared/dom';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** How far left of the time axis the moving layer shows (units), as the drawing's clip does. */
const PAN_CLIP_LEFT = 8;
import type { TimelineData } from './timeline-data';

export class TimelineDrawing {
  readonly svg: SVGSVGElement;
  readonly overview: SVGSVGElement;
  readonly #content: SVGGElement;
  /** The layer a pan slides, and the drawing it slides from. */
  #moving: SVGGElement | undefined;
  #panBase: { window: DayWindow; pxPerDay: number; limit: number } | undefined;
  /** During a drag: the moving layer lifted into an SVG of its own (see #lift), and its scale. */
  #lifted: { frame: HTMLElement; layer: HTMLElement; pxPerUnit: number } | undefined;
  /** The filtered list the overview's histogram was drawn for. */
  #overviewOf: readonly TimelineItem[] | undefined;
  /** The mark whose cut title is shown whole on top, and that copy. */
  #raised: Element[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly data: TimelineData,
    private readonly hrefFor: (id: string) => string,
  ) {
    this.svg = required(root, 'svg.tl-svg', SVGSVGElement);
    this.#content = required(root, 'g.tl-content', SVGGElement);
    this.overview = required(root, 'svg.tl-overview', SVGSVGElement);
    for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout'])
      this.svg.addEventListener(type, () => {
        queueMicrotask(() => {
          this.#raise();
        });
      });
  }

  /**
   * SVG paints in document order, so a cut title shown whole on hover or focus would lie under
   * the labels of later marks. A copy of it is set on top of the drawing instead, and taken away
   * when the mark is left. Without the script the title still shows, in its place.
   */
  #raise(): void {
    const mark =
      this.#content.querySelector('a[data-event-id]:hover') ??
      this.#content.querySelector('a[data-event-id]:focus-visible');
    if (mark === this.#raised[0]) return;
    const [was, copy] = this.#raised;
    was?.classList.remove('is-raised');
    copy?.remove();
    this.#raised = [];
    const full = mark?.querySelector('.tl-label-full');
    if (!mark || !full) return;
    const top = full.cloneNode(true) as Element;
    top.classList.add('tl-raised');
    this.#content.querySelector('g.tl-moving')?.append(top);
    mark.classList.add('is-raised');
    this.#raised = [mark, top];
  }

  /**
   * Makes the build-time drawing what `draw` would have made of it: one tab stop (on the first
   * mark, whose id it returns), bubbles as buttons, and wide touch targets round points.
   */
  adopt(): string | undefined {
    const marks = this.#content.querySelectorAll<SVGAElement>('a[data-event-id]');
    const current = marks[0]?.dataset.eventId;
    for (const mark of marks) {
      mark.setAttribute('tabindex', mark.dataset.eventId === current ? '0' : '-1');
      const point = mark.querySelector(':scope.shape-point > circle:not(.tl-hit)');
      if (point && !mark.querySelector(':scope > .tl-hit')) {
        const hit = document.createElementNS(SVG_NS, 'circle');
        hit.setAttribute('class', 'tl-hit');
        hit.setAttribute('cx', point.getAttribute('cx') ?? '0');
        hit.setAttribute('cy', point.getAttribute('cy') ?? '0');
        hit.setAttribute('r', String(HIT_RADIUS));
        mark.prepend(hit);
      }
    }
    for (const cluster of this.#content.querySelectorAll('g.tl-cluster')) {
      cluster.setAttribute('role', 'button');
      cluster.setAttribute('tabindex', '-1');
    }
    return current;
  }

  markFor(id: string): SVGAElement | null {
    return this.#content.querySelector<SVGAElement>(`a[data-event-id="${CSS.escape(id)}"]`);
  }

  /**
   * Draws `layout` for `window`. `pan`: the layout is overscanned, and `slide` may shift it
   * until the drag goes beyond the overscan. `draft`: without labels, for a gesture in motion.
   */
  draw(
    layout: TimelineLayout,
    window: DayWindow,
    options: { pan: boolean; draft: boolean; current?: string | undefined; selected?: string },
  ): void {
    const scale = timeScale(window, layout.axis.from, layout.axis.to);
    this.#panBase = options.pan
      ? {
          window: { ...window },
          pxPerDay: scale.pxPerDay,
          limit: layout.axis.to - layout.axis.from,
        }
      : undefined;
    this.#lifted?.frame.remove();
    this.#lifted = undefined;
    const svg = this.svg;
    const viewBox = `0 0 ${layout.width} ${layout.height}`;
    if (svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
    if (svg.dataset.orientation !== layout.orientation) {
      svg.dataset.orientation = layout.orientation;
      this.root.classList.toggle('is-vertical', layout.orientation === 'vertical');
    }
    this.#content.innerHTML = renderTimeline(
      layout,
      {
        hrefFor: this.hrefFor,
        interactive: true,
        currentId: options.current,
        selectedId: options.selected,
        draft: options.draft,
        newTab: this.data.embedded,
      },
      this.data.prefix,
    );
    this.#moving = this.#content.querySelector<SVGGElement>('g.tl-moving') ?? undefined;
    // With no single mark to hold it, the tab stop goes to the drawing itself.
    svg.setAttribute('tabindex', options.current ? '-1' : '0');
    if (options.pan) this.#lift(layout);
  }

  /**
   * A drag slides the moving layer. Moved inside the chart's SVG, it is painted again at every
   * step, which at thousands of events takes longer than a frame without a GPU. So for the drag
   * it is lifted into an SVG of its own, laid over the plot and clipped to it, which the
   * compositor slides as a picture (`will-change: transform`); the next full drawing, when the
   * drag ends, puts everything back into the one SVG.
   */
  #lift(layout: TimelineLayout): void {
    const moving = this.#moving;
    const scroller = this.svg.parentElement;
    if (!moving || !scroller) return;
    const box = this.svg.getBoundingClientRect();
    const outer = scroller.getBoundingClientRect();
    if (box.width === 0) return;
    const pxPerUnit = box.width / layout.width;
    const px = (units: number) => `${String(Math.round(units * pxPerUnit * 10) / 10)}px`;
    const left = layout.axis.from - PAN_CLIP_LEFT;
    const overscan = layout.axis.to - layout.axis.from;
    const frame = document.createElement('div');
    frame.className = 'tl-pan';
    frame.style.left = `${String(box.left - outer.left + scroller.scrollLeft)}px`;
    frame.style.top = `${String(box.top - outer.top + scroller.scrollTop)}px`;
    frame.style.marginLeft = px(left);
    frame.style.width = px(layout.width - left);
    frame.style.height = `${String(box.height)}px`;
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute(
      'viewBox',
      `${String(left - overscan)} 0 ${String(layout.width - left + 2 * overscan)} ${String(layout.height)}`,
    );
    // The compositor moves an HTML box; a transform on an <svg> would lay its text out again.
    const layer = document.createElement('div');
    layer.style.left = px(-overscan);
    layer.style.width = px(layout.width - left + 2 * overscan);
    layer.style.height = `${String(box.height)}px`;
    svg.append(moving);
    layer.append(svg);
    frame.append(layer);
    scroller.append(frame);
    this.#lifted = { frame, layer, pxPerUnit };
  }

  /** Redraws the histogram when the filtered events change; otherwise only moves the window. */
  drawOverview(filtered: readonly TimelineItem[], window: DayWindow): void {
    const { extent, width } = this.data;
    if (this.#overviewOf !== filtered) {
      const overview = layoutOverview(filtered, extent, window, width);
      required(this.overview, 'g.tl-overview-content', SVGGElement).innerHTML =
        renderOverview(overview);
      this.#overviewOf = filtered;
      return;
    }
    const scale = overviewScale(extent, width);
    const from = scale.position(window.from);
    const to = scale.position(window.to + 1);
    const rect = required(this.overview, 'rect.tl-ov-window', SVGRectElement);
    rect.setAttribute('x', String(Math.round(from * 10) / 10));
    rect.setAttribute('width', String(Math.round(Math.max(4, to - from) * 10) / 10));
  }

  /** Slides the last `pan` drawing to `window`; false when it must be drawn again. */
  slide(window: DayWindow): boolean {
    const base = this.#panBase;
    if (!base || !this.#moving) return false;
    const sameSpan = Math.abs(window.to - window.from - (base.window.to - base.window.from)) < 1e-6;
    const offset = (base.window.from - window.from) * base.pxPerDay;
    if (!sameSpan || Math.abs(offset) > base.limit * 0.9) return false;
    const lifted = this.#lifted;
    if (lifted)
      lifted.layer.style.transform = `translateX(${String(Math.round(offset * lifted.pxPerUnit * 10) / 10)}px)`;
    else
      this.#moving.setAttribute(
        'transform',
        `translate(${String(Math.round(offset * 10) / 10)} 0)`,
      );
    return true;
  }
}

/**
 * On a narrow chart, the build's downward copy becomes the chart's drawing: the wide one goes,
 * keeping its patterns (a later drawing refers to them), and the copy takes its class names.
 */
export function promoteDownward(root: HTMLElement, downward: Element): void {
  const wide = required(root, 'svg.tl-svg', SVGSVGElement);
  const patterns = wide.querySelector(':scope > defs');
  if (patterns) downward.prepend(patterns);
  wide.remove();
  downward.setAttribute('class', 'tl-svg');
  downward.setAttribute('tabindex', '-1');
  downward.querySelector(':scope > g')?.setAttribute('class', 'tl-content');
  root.classList.add('is-vertical');
}
