/**
 * The DOM half of the chart's drawing: writes a laid-out timeline into the SVG, the overview
 * strip beneath it, and slides the drawing during a drag without laying it out again.
 */
import { layoutOverview, overviewScale } from '../../lib/layout-overview';
import type { TimelineItem, TimelineLayout } from '../../lib/layout-timeline';
import { HIT_RADIUS, renderOverview, renderTimeline } from '../../lib/render-timeline';
import { timeScale, type DayWindow } from '../../lib/timeline-scale';
import { required, SVG_NS } from '../shared/dom';

import type { TimelineData } from './timeline-data';
import type { Lifted, liftMoving } from './timeline-lift';

/** Paper round a title raised on top of the drawing, in SVG units. */
const RAISED_PAD = 3;

export class TimelineDrawing {
  readonly svg: SVGSVGElement;
  readonly overview: SVGSVGElement;
  readonly #content: SVGGElement;
  /** The layer a pan slides, and the drawing it slides from. */
  #moving: SVGGElement | undefined;
  #panBase:
    { window: DayWindow; pxPerDay: number; limit: number; layout: TimelineLayout } | undefined;
  /** During a drag: the moving layer lifted into an SVG of its own, and the code that lifts it. */
  #lifted: Lifted | undefined;
  #lift: typeof liftMoving | undefined;
  /** The filtered list the overview's histogram was drawn for. */
  #overviewOf: readonly TimelineItem[] | undefined;
  /** The mark whose cut title is shown whole on top, that copy's ground, and the copy. */
  #raised: Element[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly data: TimelineData,
    private readonly hrefFor: (id: string) => string,
  ) {
    this.svg = required(root, 'svg.tl-svg', SVGSVGElement);
    this.#content = required(root, 'g.tl-content', SVGGElement);
    this.overview = required(root, 'svg.tl-overview', SVGSVGElement);
    this.svg.addEventListener(
      'pointerdown',
      () => {
        void import('./timeline-lift').then(({ liftMoving: lift }) => {
          this.#lift = lift;
        });
      },
      { once: true },
    );
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
    const [was, ...copies] = this.#raised;
    was?.classList.remove('is-raised');
    for (const copy of copies) copy.remove();
    this.#raised = [];
    const full = mark?.querySelector('.tl-label-full');
    const layer = this.#content.querySelector('g.tl-moving');
    if (!mark || !full || !layer) return;
    const top = full.cloneNode(true) as SVGTextElement;
    top.classList.add('tl-raised');
    layer.append(top);
    // On a ground of the paper's colour: the halo of its strokes alone let the labels beneath
    // show between its letters, where a title of several lines lay over the next ones.
    const box = top.getBBox();
    const ground = document.createElementNS(SVG_NS, 'rect');
    ground.setAttribute('class', 'tl-raised-bg');
    for (const [name, value] of [
      ['x', box.x - RAISED_PAD],
      ['y', box.y - RAISED_PAD],
      ['width', box.width + RAISED_PAD * 2],
      ['height', box.height + RAISED_PAD * 2],
    ] as const)
      ground.setAttribute(name, String(Math.round(value)));
    top.before(ground);
    mark.classList.add('is-raised');
    this.#raised = [mark, ground, top];
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
          layout,
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
    // For a drag, the moving layer is lifted off the drawing (timeline-lift.ts), once that code
    // has loaded: the first pointer down on the drawing asks for it.
    if (options.pan && this.#moving && this.#lift)
      this.#lifted = this.#lift(this.svg, this.#moving, layout);
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
    // The lifting code arrived during the drag: the layer is lifted now, its slide so far with it.
    if (!this.#lifted && this.#lift) {
      // A focused mark would lose focus in the move: the drawing holds it until the drag ends.
      if (this.#moving.contains(document.activeElement)) this.svg.focus({ preventScroll: true });
      this.#moving.removeAttribute('transform');
      this.#lifted = this.#lift(this.svg, this.#moving, base.layout);
    }
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
