/**
 * Pointer gestures on the graph: hover highlights an actor; a click selects it; dragging an
 * actor moves it; dragging the background pans; two fingers pinch to zoom; the wheel zooms with
 * Ctrl/⌘ or after a click into the graph; a double click zooms in. Touch never traps vertical
 * page scrolling (the SVG's `touch-action: pan-y`).
 */
import { toDrawing } from '../../lib/graph-view';
import type { GraphHighlight } from './graph-highlight';
import type { GraphScene } from './graph-scene';
import type { GraphViewport } from './graph-viewport';

/** What the gestures act on, and what they ask the element to do. */
export interface GestureHost {
  /** The element, which the pointer leaving disengages the wheel. */
  root: HTMLElement;
  svg: SVGSVGElement;
  scene: GraphScene;
  viewport: GraphViewport;
  highlight: GraphHighlight;
  /** The actor whose panel is open. */
  pinned: () => string | undefined;
  /** The actor holding the tab stop. */
  current: () => string;
  /** A click on an actor: it takes the tab stop and is selected. */
  choose: (id: string) => void;
  showHint: (text: string) => void;
}

type View = GraphViewport['view'];
type Drag =
  | { kind: 'node'; id: string; moved: boolean; dx: number; dy: number }
  | { kind: 'pan'; moved: boolean; x: number; y: number; view: View }
  | { kind: 'pinch'; distance: number; view: View; cx: number; cy: number };

const nodeOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<SVGAElement>('a.gr-node') : null;

export class GraphGestures {
  #drag: Drag | undefined;
  #engaged = false;
  #pointers = new Map<number, { x: number; y: number }>();
  #suppressClick = false;
  /** Where the pointer went down, in drawing units: a drag starts 4 units away from it. */
  #downAt = { x: 0, y: 0 };
  /**
   * Laid over the drawing during a drag, to show the grabbing cursor and keep hover off the
   * actors passed over: a cursor or class set on the <svg> would restyle every element in it.
   */
  #shield: HTMLElement | undefined;
  readonly #host: GestureHost;

  constructor(host: GestureHost) {
    this.#host = host;
    this.#bindHover();
    this.#bindWheel();
    this.#bindDrag();
  }

  /** Whether a drag, pan or pinch is under way. */
  get busy(): boolean {
    return this.#drag !== undefined;
  }

  #bindHover(): void {
    const { svg, highlight, viewport } = this.#host;
    svg.addEventListener('mouseover', (event) => {
      const node = nodeOf(event.target);
      if (node && !this.#drag && !viewport.moving) highlight.activate(node.dataset.actorId);
    });
    svg.addEventListener('mouseout', (event) => {
      const node = nodeOf(event.target);
      if (
        node &&
        !node.contains(event.relatedTarget as Node | null) &&
        !this.#drag &&
        !viewport.moving
      ) {
        highlight.activate(
          this.#host.pinned() ??
            (svg.contains(document.activeElement) ? this.#host.current() : undefined),
        );
      }
    });
  }

  #bindWheel(): void {
    const { svg, viewport } = this.#host;
    svg.addEventListener(
      'wheel',
      (event) => {
        if (!(event.ctrlKey || event.metaKey || this.#engaged)) {
          this.#host.showHint(
            'To zoom with the wheel, hold Ctrl (⌘ on a Mac) or click the graph first.',
          );
          return;
        }
        event.preventDefault();
        viewport.zoomAt(
          Math.exp(-event.deltaY * 0.002),
          viewport.toSvg(event.clientX, event.clientY),
          'gesture',
        );
      },
      { passive: false },
    );
    svg.addEventListener('dblclick', (event) => {
      if (nodeOf(event.target)) return;
      event.preventDefault();
      viewport.zoomAt(2, viewport.toSvg(event.clientX, event.clientY));
    });
    this.#host.root.addEventListener('pointerleave', () => {
      this.#engaged = false;
    });
  }

  #raiseShield(on: boolean): void {
    if (!this.#shield && on) {
      this.#shield = document.createElement('div');
      this.#shield.className = 'gr-shield';
      this.#shield.setAttribute('aria-hidden', 'true');
      (this.#host.svg.closest('.gr-frame') ?? this.#host.root).append(this.#shield);
    }
    if (this.#shield) this.#shield.hidden = !on;
  }

  #bindDrag(): void {
    const { svg, viewport, highlight } = this.#host;
    svg.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      this.#engaged = true;
      this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (this.#pointers.size === 2) {
        const [a, b] = [...this.#pointers.values()];
        if (!a || !b) return;
        const centre = viewport.toSvg((a.x + b.x) / 2, (a.y + b.y) / 2);
        this.#drag = {
          kind: 'pinch',
          distance: Math.hypot(a.x - b.x, a.y - b.y),
          view: { ...viewport.view },
          cx: centre.x,
          cy: centre.y,
        };
        return;
      }
      const node = nodeOf(event.target);
      const at = viewport.toSvg(event.clientX, event.clientY);
      this.#downAt = at;
      if (node) {
        const view = this.#host.scene.nodes.get(node.dataset.actorId ?? '');
        if (!view) return;
        const local = toDrawing(viewport.view, at);
        this.#drag = {
          kind: 'node',
          id: view.id,
          moved: false,
          dx: local.x - view.x,
          dy: local.y - view.y,
        };
      } else {
        this.#drag = { kind: 'pan', moved: false, x: at.x, y: at.y, view: { ...viewport.view } };
      }
    });
    svg.addEventListener('pointermove', (event) => {
      const drag = this.#drag;
      if (!drag || !this.#pointers.has(event.pointerId)) return;
      this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (drag.kind === 'pinch') {
        const [a, b] = [...this.#pointers.values()];
        if (!a || !b) return;
        const factor = Math.hypot(a.x - b.x, a.y - b.y) / drag.distance;
        viewport.view = { ...drag.view };
        viewport.zoomAt(factor, { x: drag.cx, y: drag.cy }, 'gesture');
        return;
      }
      const at = viewport.toSvg(event.clientX, event.clientY);
      if (!drag.moved) {
        if (Math.hypot(at.x - this.#downAt.x, at.y - this.#downAt.y) < 4) return;
        drag.moved = true;
        svg.setPointerCapture(event.pointerId);
        this.#raiseShield(true);
        if (drag.kind === 'node') highlight.lift(drag.id);
      }
      if (drag.kind === 'node') {
        const local = toDrawing(viewport.view, at);
        highlight.move(drag.id, local.x - drag.dx, local.y - drag.dy);
      } else {
        viewport.view = {
          ...drag.view,
          x: drag.view.x + at.x - drag.x,
          y: drag.view.y + at.y - drag.y,
        };
        viewport.apply('gesture');
      }
    });
    const end = (event: PointerEvent) => {
      this.#pointers.delete(event.pointerId);
      if (this.#pointers.size > 0) return;
      const drag = this.#drag;
      if (drag && 'moved' in drag && drag.moved) this.#suppressClick = true;
      this.#drag = undefined;
      this.#raiseShield(false);
      if (drag?.kind === 'node') highlight.drop();
      else if (drag) viewport.apply('now');
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    svg.addEventListener('click', (event) => {
      if (this.#suppressClick) {
        this.#suppressClick = false;
        event.preventDefault();
        return;
      }
      const node = nodeOf(event.target);
      if (!node || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      this.#host.choose(node.dataset.actorId ?? this.#host.current());
    });
  }
}
