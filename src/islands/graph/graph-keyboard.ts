/**
 * The graph's keyboard model: one Tab stop that roves among the actors; arrow keys move to the
 * nearest actor in that direction (and, with a panel open, select it); Enter or Space opens its
 * panel; Escape clears (in the panel too, returning focus to the actor); + and − zoom.
 */
import { nearestInDirection, type Direction } from '../../lib/graph-queries';
import type { GraphHighlight } from './graph-highlight';
import type { GraphScene } from './graph-scene';
import type { GraphViewport } from './graph-viewport';

const KEY_DIRECTIONS: Partial<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** What the keys act on, and what they ask the element to do. */
export interface KeyboardHost {
  svg: SVGSVGElement;
  panel: HTMLElement;
  scene: GraphScene;
  viewport: GraphViewport;
  highlight: GraphHighlight;
  pinned: () => string | undefined;
  current: () => string;
  /** Gives an actor the tab stop. */
  setCurrent: (id: string) => void;
  select: (id: string) => void;
  clear: () => void;
}

/** Moves the tab stop to `current`. */
export function applyRovingTabStop(scene: GraphScene, current: string): void {
  for (const node of scene.nodes.values()) {
    const tabindex = node.id === current ? '0' : '-1';
    if (node.el.getAttribute('tabindex') !== tabindex) node.el.setAttribute('tabindex', tabindex);
  }
}

export function bindKeyboard(host: KeyboardHost): void {
  const { svg, scene, highlight, viewport } = host;
  svg.addEventListener('focusin', (event) => {
    const node =
      event.target instanceof Element ? event.target.closest<SVGAElement>('a.gr-node') : null;
    if (!node?.dataset.actorId) return;
    host.setCurrent(node.dataset.actorId);
    if (!host.pinned()) highlight.activate(host.current());
  });
  svg.addEventListener('focusout', (event) => {
    if (!svg.contains(event.relatedTarget as Node | null) && !host.pinned())
      highlight.activate(undefined);
  });
  svg.addEventListener('keydown', (event) => {
    const direction = KEY_DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      const next = nearestInDirection(scene.shownNodes(), host.current(), direction);
      if (next) {
        host.setCurrent(next);
        scene.nodes.get(next)?.el.focus();
        if (host.pinned()) host.select(next);
      }
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        host.select(host.current());
        break;
      case 'Escape':
        event.preventDefault();
        host.clear();
        highlight.activate(host.current());
        break;
      case '+':
      case '=':
        event.preventDefault();
        viewport.zoomCentre(1.4);
        break;
      case '-':
        event.preventDefault();
        viewport.zoomCentre(1 / 1.4);
        break;
      default:
    }
  });
  host.panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      const id = host.pinned();
      host.clear();
      if (id) scene.nodes.get(id)?.el.focus();
    }
  });
}
