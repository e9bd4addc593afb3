/**
 * The highlight: an actor, its relations and its neighbours drawn at full strength above the
 * faded drawing, its relations labelled where they fit; and the actor being dragged.
 *
 * The drawing carries `data-active` meanwhile, an attribute and not a class: any change of class
 * on the <svg> restyles all of its descendants, because the typography plugin's
 * `[class~=not-prose] *` matches on an ancestor's class (at 500 actors, a dropped frame at the
 * start and the end of every hover and drag).
 *
 * Both are drawn in the overlay, a second SVG above the drawing that repaints alone: copies of
 * the active actor, its neighbours and relations, while the drawing below fades as one
 * composited layer (restyling every faded actor took 100 ms a hover at 500 actors); and, during
 * a drag, the dragged actor and its relations, which move there and not below.
 */
import { placeRelationLabels } from '../../lib/relation-labels';
import type { Box } from '../../lib/text-metrics';
import { RELATION_LABELS } from '../../lib/vocabulary';
import { SVG_NS } from '../shared/dom';
import type { GraphData } from './graph-data';
import type { GraphScene, MovedCopies } from './graph-scene';
import type { GraphViewport } from './graph-viewport';

export class GraphHighlight {
  /** The actor highlighted. */
  active: string | undefined;
  readonly #data: GraphData;
  readonly #scene: GraphScene;
  readonly #svg: SVGSVGElement;
  readonly #canvas: HTMLElement;
  readonly #viewport: GraphViewport;
  #overlay: SVGSVGElement | undefined;
  /** Originals marked for the active actor, to unmark. */
  #marked = new Set<SVGAElement>();
  /** The actor being dragged, and its copies in the overlay. */
  #liftedId: string | undefined;
  #lifted: MovedCopies | undefined;

  constructor(
    data: GraphData,
    scene: GraphScene,
    svg: SVGSVGElement,
    canvas: HTMLElement,
    viewport: GraphViewport,
  ) {
    this.#data = data;
    this.#scene = scene;
    this.#svg = svg;
    this.#canvas = canvas;
    this.#viewport = viewport;
  }

  /** Emphasises an actor, its relations and its neighbours; undefined clears. */
  activate(id: string | undefined): void {
    if (id === this.active) return;
    for (const el of this.#marked) el.classList.remove('is-active', 'is-neighbor');
    this.#marked.clear();
    for (const edge of this.#scene.edges.values()) {
      if (edge.el.classList.contains('is-active')) edge.el.classList.remove('is-active');
    }
    this.active = id;
    this.#svg.toggleAttribute('data-active', id !== undefined);
    this.#markActive(id);
    this.draw();
  }

  /** Draws the highlight again, after a filter changed what is shown. */
  refresh(): void {
    const active = this.active;
    if (active === undefined) return;
    this.active = undefined;
    this.activate(active);
  }

  /** Resizes the overlay to a layout's drawing. */
  setViewBox(viewBox: string): void {
    this.#overlay?.setAttribute('viewBox', viewBox);
  }

  #markActive(id: string | undefined): void {
    if (!id) return;
    const node = this.#scene.nodes.get(id);
    if (!node) return;
    node.el.classList.add('is-active');
    this.#marked.add(node.el);
    for (const edge of this.#scene.shownEdgesOf(id)) {
      edge.el.classList.add('is-active');
      const other = this.#scene.nodes.get(
        edge.link.source === id ? edge.link.target : edge.link.source,
      );
      if (other) {
        other.el.classList.add('is-neighbor');
        this.#marked.add(other.el);
      }
    }
  }

  /**
   * Redraws the overlay from the active actor and the lifted one. Copies carry the classes of
   * their originals but not their ids or links: the overlay is a picture, hidden from assistive
   * technology, and nothing in it can be focused or found as the original.
   */
  draw(): void {
    const active = this.active;
    const liftedId = this.#liftedId;
    this.#lifted = undefined;
    if (active === undefined && liftedId === undefined) {
      this.#overlay?.replaceChildren();
      this.#viewport.overlayLayer = undefined;
      return;
    }
    if (!this.#overlay) {
      this.#overlay = document.createElementNS(SVG_NS, 'svg');
      this.#overlay.setAttribute('class', 'gr-overlay');
      this.#overlay.setAttribute('aria-hidden', 'true');
      this.#overlay.setAttribute(
        'viewBox',
        `0 0 ${String(this.#viewport.size.width)} ${String(this.#viewport.size.height)}`,
      );
      this.#canvas.append(this.#overlay);
    }
    const layer = document.createElementNS(SVG_NS, 'g');
    layer.setAttribute('class', 'gr-overlay-view');
    layer.setAttribute('transform', this.#viewport.transform);
    const edgesLayer = layer.appendChild(document.createElementNS(SVG_NS, 'g'));
    const labelsLayer = layer.appendChild(document.createElementNS(SVG_NS, 'g'));
    const nodesLayer = layer.appendChild(document.createElementNS(SVG_NS, 'g'));

    const lifted: MovedCopies = { node: undefined, edges: new Map() };
    const copied = new Set<string>();
    const copyNode = (id: string) => {
      const node = this.#scene.nodes.get(id);
      if (!node || copied.has(id)) return;
      copied.add(id);
      const copy = document.createElementNS(SVG_NS, 'g');
      copy.setAttribute('class', node.el.getAttribute('class') ?? '');
      copy.classList.remove('is-lifted');
      // The focus ring of the original, faded below, shows on its copy.
      copy.classList.toggle('is-focus-visible', node.el.matches(':focus-visible'));
      copy.setAttribute('transform', node.el.getAttribute('transform') ?? '');
      for (const child of node.el.children) copy.append(child.cloneNode(true));
      nodesLayer.append(copy);
      if (id === liftedId) {
        copy.classList.add('is-active');
        lifted.node = copy;
      }
    };
    // The active actor's relations, labelled, and its neighbours; a lifted actor's relations.
    const ends = [active, liftedId].filter((id): id is string => id !== undefined);
    // The active actor's relation labels, where they fit; none while an actor is dragged.
    const spots =
      active !== undefined && liftedId === undefined ? this.#labelSpots(active) : undefined;
    for (const id of new Set(ends)) {
      for (const edge of this.#scene.shownEdgesOf(id)) {
        const copy = edge.el.cloneNode(false) as SVGPathElement;
        copy.removeAttribute('data-relation');
        copy.classList.remove('is-lifted');
        edgesLayer.append(copy);
        const spot = id === active ? spots?.get(edge.link.id) : undefined;
        if (spot) {
          const label = document.createElementNS(SVG_NS, 'text');
          label.setAttribute('class', 'gr-edge-label');
          label.textContent = RELATION_LABELS[edge.link.type];
          label.setAttribute('x', String(spot.x));
          label.setAttribute('y', String(Math.round((spot.y + 4) * 10) / 10));
          labelsLayer.append(label);
        }
        if (id === liftedId) {
          // A dragged actor's relations stand out as an active one's do.
          copy.classList.add('is-active');
          lifted.edges.set(edge.link.id, copy);
        }
        if (id === active) copyNode(edge.link.source === id ? edge.link.target : edge.link.source);
      }
    }
    // The active and the lifted actor last, above their neighbours.
    for (const id of ends) copyNode(id);
    this.#overlay.replaceChildren(layer);
    this.#viewport.overlayLayer = layer;
    if (liftedId !== undefined) this.#lifted = lifted;
  }

  /**
   * Where the labels of an actor's shown relations go, clear of every actor's label and mark
   * and of each other; a relation missing from the map is listed in the panel only.
   */
  #labelSpots(id: string): Map<string, { x: number; y: number }> {
    const obstacles: Box[] = [];
    for (const node of this.#data.nodes) {
      const view = this.#scene.nodes.get(node.id);
      if (!view || view.el.classList.contains('is-hidden')) continue;
      const [lx, ly, lw, lh] = node.label;
      obstacles.push({ x: view.x + lx, y: view.y + ly, width: lw, height: lh });
      obstacles.push({
        x: view.x - view.r * 1.3,
        y: view.y - view.r * 1.25,
        width: view.r * 2.6,
        height: view.r * 2.5,
      });
    }
    const requests = this.#scene.shownEdgesOf(id).flatMap(({ link }) => {
      const s = this.#scene.nodes.get(link.source);
      const t = this.#scene.nodes.get(link.target);
      if (!s || !t) return [];
      const width = this.#data.relationLabelWidths[link.type];
      return [{ id: link.id, s, t, bend: link.bend, width, confidence: link.confidence }];
    });
    return placeRelationLabels(requests, obstacles);
  }

  /**
   * Copies an actor and its relations into the overlay, for a drag, and fades the drawing below.
   * In a small graph the originals hide; in a large one (`is-large`) they stay, faint, where they
   * were until the drop: hiding them repaints the whole drawing, a dropped frame at 500 actors.
   */
  lift(id: string): void {
    if (!this.#scene.nodes.has(id)) return;
    this.#viewport.apply('now');
    this.#liftedId = id;
    if (!this.#svg.classList.contains('is-large')) {
      for (const edge of this.#scene.byNode.get(id) ?? []) edge.el.classList.add('is-lifted');
      this.#scene.nodes.get(id)?.el.classList.add('is-lifted');
    }
    this.#svg.toggleAttribute('data-active', true);
    this.draw();
  }

  /** Moves an actor, in the overlay while it is lifted. */
  move(id: string, x: number, y: number): void {
    this.#scene.move(id, x, y, this.#liftedId === id ? this.#lifted : undefined);
  }

  /** Puts a lifted actor back with its new position. */
  drop(): void {
    const id = this.#liftedId;
    if (id === undefined) return;
    this.#liftedId = undefined;
    this.#lifted = undefined;
    const node = this.#scene.nodes.get(id);
    if (node) this.#scene.move(node.id, node.x, node.y);
    node?.el.classList.remove('is-lifted');
    for (const edge of this.#scene.byNode.get(id) ?? []) edge.el.classList.remove('is-lifted');
    this.#svg.toggleAttribute('data-active', this.active !== undefined);
    this.draw();
  }
}
