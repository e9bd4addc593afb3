/**
 * Zoom and pan of the graph. The view wanted, and the view drawn into the SVG; in between, while
 * a gesture runs, a CSS transform on the SVG's wrapper stands in, which repaints nothing.
 */
import {
  fitView,
  formatGestureTransform,
  formatViewTransform,
  IDENTITY_VIEW,
  zoomView,
  type GraphView,
} from '../../lib/graph-view';

export class GraphViewport {
  /** The view wanted. */
  view: GraphView = { ...IDENTITY_VIEW };
  /** The size of the layout drawn, in drawing units. */
  size = { width: 0, height: 0 };
  /** The overlay's layer, which follows the view with the drawing. */
  overlayLayer: SVGGElement | undefined;
  readonly #svg: SVGSVGElement;
  readonly #layer: SVGGElement;
  readonly #frame: HTMLElement;
  readonly #canvas: HTMLElement;
  readonly #busy: () => boolean;
  #committed: GraphView = { ...IDENTITY_VIEW };
  #commitTimer = 0;

  /**
   * @param svg the drawing, which carries `is-zooming` while a gesture changes the scale
   * @param layer the group the view transforms
   * @param frame the fixed frame around the drawing
   * @param canvas the drawing's wrapper, which a gesture's CSS transform moves
   * @param busy whether a gesture still holds the view (then it is not drawn yet)
   */
  constructor(
    svg: SVGSVGElement,
    layer: SVGGElement,
    frame: HTMLElement,
    canvas: HTMLElement,
    busy: () => boolean,
  ) {
    this.#svg = svg;
    this.#layer = layer;
    this.#frame = frame;
    this.#canvas = canvas;
    this.#busy = busy;
  }

  /**
   * Shows `view`. `now` draws it into the SVG (one repaint). `gesture` (wheel, pinch, pan)
   * only moves the composited SVG with a CSS transform, which repaints nothing; the view is
   * drawn once the gesture has rested.
   */
  apply(mode: 'now' | 'gesture' = 'now'): void {
    window.clearTimeout(this.#commitTimer);
    if (mode === 'gesture') {
      const cssPerUnit = this.#frame.clientWidth / this.size.width;
      this.#canvas.style.transform = formatGestureTransform(this.view, this.#committed, cssPerUnit);
      // Chromium lays out and repaints every SVG label whenever the scale on screen changes and
      // the page is hit-tested (each wheel or pointer event): at 500 actors, 50-67 ms frames.
      // Labels step aside while the scale changes and return when the view rests.
      if (this.view.k !== this.#committed.k) this.#svg.classList.add('is-zooming');
      this.#commitTimer = window.setTimeout(() => {
        if (!this.#busy()) this.apply('now');
      }, 150);
      return;
    }
    const transform = formatViewTransform(this.view);
    // Setting it, even to the same value, invalidates the whole drawing.
    if (this.#layer.getAttribute('transform') !== transform) {
      this.#layer.setAttribute('transform', transform);
      this.overlayLayer?.setAttribute('transform', transform);
    }
    this.#canvas.style.transform = '';
    this.#svg.classList.remove('is-zooming');
    this.#committed = { ...this.view };
  }

  /**
   * Whether a gesture's CSS transform shows a view not yet drawn into the SVG. While the drawing
   * moves under a still pointer, hovering would re-highlight (and repaint) whatever passes
   * beneath it: highlighting waits until the view rests.
   */
  get moving(): boolean {
    return this.#canvas.style.transform !== '';
  }

  /** The view's transform as drawn into the SVG. */
  get transform(): string {
    return this.#layer.getAttribute('transform') ?? '';
  }

  /** Zooms to fit some actors (the whole drawing for none). */
  fit(points: readonly { x: number; y: number }[]): void {
    this.view = fitView(points, this.size);
    this.apply();
  }

  zoomAt(factor: number, at: { x: number; y: number }, mode: 'now' | 'gesture' = 'now'): void {
    this.view = zoomView(this.view, factor, at);
    this.apply(mode);
  }

  /** Zooms about the middle of the drawing. */
  zoomCentre(factor: number): void {
    this.zoomAt(factor, { x: this.size.width / 2, y: this.size.height / 2 });
  }

  /** A client point in drawing units (before the view transform). */
  toSvg(clientX: number, clientY: number): { x: number; y: number } {
    // The frame, not the SVG: a gesture may be transforming the SVG's wrapper.
    const box = this.#frame.getBoundingClientRect();
    const scale = this.size.width / box.width;
    return { x: (clientX - box.left) * scale, y: (clientY - box.top) * scale };
  }
}
