/**
 * <actor-graph>: adds behaviour to the server-rendered actor graph, reusing its positions.
 *
 * - Hover or focus an actor: its relations and neighbours stand out, the rest fade, and the
 *   relations are labelled. Click or Enter: a panel with the actor's relations and sources; on a
 *   page with a timeline, its events are picked out there too (one shared state, in the URL).
 * - Keyboard: one Tab stop; arrow keys move to the nearest actor in that direction; Enter opens
 *   the panel; Escape clears.
 * - Filters by kind of relation and confidence; the ego view of one actor (`?focus=`).
 * - Drag actors; zoom and pan with buttons, mouse, pinch, and the wheel with Ctrl/⌘ or after a
 *   click into the graph. Touch never traps vertical page scrolling.
 */
import { egoNetwork, linkPath, nearestInDirection, type Direction } from '../../lib/graph-queries';
import { placeRelationLabels } from '../../lib/relation-labels';
import type { Box } from '../../lib/text-metrics';
import type { ViewState } from '../../lib/url-state';
import { CONFIDENCE_LEVELS, RELATION_LABELS, type Confidence } from '../../lib/vocabulary';
import { required } from '../shared/dom';
import { getViewStore, type ViewStore } from '../shared/view-store';
import type { GraphData } from './graph-data';
import { panelContent } from './graph-panel';

/** Below this width the graph draws its phone layout: bands stacked, labels at full size. */
const PHONE = '(max-width: 639.98px)';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A dragged actor's copies in the overlay, which move while the originals stay hidden. */
interface LiftedCopies {
  node: SVGGElement | undefined;
  edges: Map<string, SVGPathElement>;
}

type NodeData = GraphData['nodes'][number];
type LinkData = GraphData['links'][number];

interface NodeView extends NodeData {
  el: SVGAElement;
}

interface EdgeView {
  link: LinkData;
  el: SVGPathElement;
}

const KEY_DIRECTIONS: Partial<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** A layout's bands, as `renderBands` in render-graph.ts draws them. */
function bandElements(bands: GraphData['phone']['bands']): Element[] {
  return bands.flatMap((band, i) => {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('class', i % 2 ? 'gr-band is-alt' : 'gr-band');
    for (const [key, value] of Object.entries({
      x: band.x,
      y: band.y,
      width: band.width,
      height: band.height,
    }))
      rect.setAttribute(key, String(value));
    const title = document.createElementNS(SVG_NS, 'text');
    title.setAttribute('class', 'gr-band-label');
    title.setAttribute('x', String(band.tx));
    title.setAttribute('y', String(band.ty));
    title.textContent = band.label;
    return [rect, title];
  });
}

export class ActorGraph extends HTMLElement {
  #data!: GraphData;
  /** The layout drawn: the wide one, or the phone's. */
  #size = { width: 0, height: 0 };
  #phone = false;
  /** The wide layout's bands, as the build drew them, kept while the phone's are shown. */
  #wideBands: Element[] | undefined;
  #store!: ViewStore;
  #svg!: SVGSVGElement;
  #viewport!: SVGGElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #hint!: HTMLElement;
  #nodes = new Map<string, NodeView>();
  #edges = new Map<string, EdgeView>();
  #byNode = new Map<string, EdgeView[]>();

  #current = '';
  #active: string | undefined;
  #pinned: string | undefined;
  /** The view wanted, and the view drawn into the SVG; in between, a CSS transform stands in. */
  #view = { k: 1, x: 0, y: 0 };
  #committed = { k: 1, x: 0, y: 0 };
  #commitTimer = 0;
  #frame!: HTMLElement;
  /** The SVG's wrapper, which a gesture's CSS transform moves. */
  #canvas!: HTMLElement;
  /**
   * The overlay, a second SVG above the drawing that repaints alone: copies of the active actor,
   * its neighbours and relations, drawn at full strength while the drawing below fades as one
   * composited layer (restyling every faded actor took 100 ms a hover at 500 actors); and,
   * during a drag, the dragged actor and its relations, which move there and not below.
   */
  #overlay: SVGSVGElement | undefined;
  #overlayLayer: SVGGElement | undefined;
  /** The actor being dragged, and its copies in the overlay. */
  #liftedId: string | undefined;
  #lifted: LiftedCopies | undefined;
  #type = '';
  #confidence = new Set<Confidence>(CONFIDENCE_LEVELS);
  #ego: { nodes: Set<string>; links: Set<string> } | undefined;
  #marked = new Set<SVGAElement>();
  #engaged = false;
  #pointers = new Map<number, { x: number; y: number }>();
  #drag:
    | { kind: 'node'; id: string; moved: boolean; dx: number; dy: number }
    | {
        kind: 'pan';
        moved: boolean;
        x: number;
        y: number;
        view: { k: number; x: number; y: number };
      }
    | {
        kind: 'pinch';
        distance: number;
        view: { k: number; x: number; y: number };
        cx: number;
        cy: number;
      }
    | undefined;
  #suppressClick = false;
  #hintTimer = 0;
  /** Where the pointer went down, in drawing units: a drag starts 4 units away from it. */
  #downAt = { x: 0, y: 0 };

  connectedCallback(): void {
    this.#data = JSON.parse(
      required(this, 'script.gr-data', HTMLScriptElement).textContent,
    ) as GraphData;
    this.#svg = required(this, 'svg.gr-svg', SVGSVGElement);
    this.#viewport = required(this, 'g.gr-viewport', SVGGElement);
    this.#frame = required(this, '.gr-frame', HTMLElement);
    this.#canvas = required(this, '.gr-canvas', HTMLElement);
    this.#panel = required(this, '.gr-panel', HTMLElement);
    this.#status = required(this, '.gr-status', HTMLElement);
    this.#hint = required(this, '.gr-hint', HTMLElement);

    const byId = new Map(this.#data.nodes.map((n) => [n.id, n]));
    for (const el of this.#svg.querySelectorAll<SVGAElement>('a.gr-node[data-actor-id]')) {
      const node = byId.get(el.dataset.actorId ?? '');
      if (node) this.#nodes.set(node.id, { ...node, el });
    }
    const links = new Map(this.#data.links.map((l) => [l.id, l]));
    for (const el of this.#svg.querySelectorAll<SVGPathElement>('path.gr-edge[data-relation]')) {
      const link = links.get(el.dataset.relation ?? '');
      if (!link) continue;
      const view = { link, el };
      this.#edges.set(link.id, view);
      for (const end of [link.source, link.target])
        this.#byNode.set(end, [...(this.#byNode.get(end) ?? []), view]);
    }

    this.#store = getViewStore(
      { events: new Set(Object.keys(this.#data.eventActors)), actors: new Set(this.#nodes.keys()) },
      { embedded: this.#data.embedded },
    );
    this.#current = this.#data.centre;
    for (const node of this.#nodes.values())
      node.el.setAttribute('tabindex', node.id === this.#current ? '0' : '-1');

    this.#size = { width: this.#data.width, height: this.#data.height };
    const phone = window.matchMedia(PHONE);
    if (phone.matches) this.#useLayout(true);
    phone.addEventListener('change', () => {
      this.#useLayout(phone.matches);
    });

    this.#bindPointer();
    this.#bindKeyboard();
    this.#bindControls();
    this.#applyState(this.#store.state, undefined);
    this.#store.subscribe((state, previous) => {
      this.#applyState(state, previous);
    });
    // The dialog's code loads only where there is a dialog: embeds never carry it.
    if (this.querySelector('dialog.embed-dialog'))
      void import('../embed/embed-dialog').then(({ bindEmbedDialog }) => {
        bindEmbedDialog(this, () => this.#store.state);
      });
    this.dataset.ready = 'true';
  }

  // ---- state from the URL -----------------------------------------------------------------

  #applyState(state: ViewState, previous: ViewState | undefined): void {
    if (!previous || state.focus !== previous.focus || state.hops !== previous.hops) {
      this.#ego = state.focus ? egoNetwork(this.#data, state.focus, state.hops) : undefined;
      required(this, 'select.gr-focus', HTMLSelectElement).value = state.focus ?? '';
      required(this, 'select.gr-hops', HTMLSelectElement).value = String(state.hops);
      this.#applyFilters();
      this.#fit(this.#ego?.nodes);
    }
    // Actors chosen here or in a linked timeline, and the actors of its selected event.
    const picked = new Set(state.actors);
    const fromEvent = new Set(state.event ? (this.#data.eventActors[state.event] ?? []) : []);
    for (const node of this.#nodes.values()) {
      node.el.classList.toggle('is-selected', picked.has(node.id));
      node.el.classList.toggle('is-event-actor', fromEvent.has(node.id));
    }
    this.#svg.classList.toggle('has-event', fromEvent.size > 0);
    // On a page with a timeline, the URL's one actor is the one whose panel is open: a choice in
    // the timeline, Clear, Back, Forward and a pasted URL all move the panel with it.
    if (this.#data.linked) {
      const wanted = state.actors.length === 1 ? state.actors[0] : undefined;
      if (wanted !== this.#pinned) {
        if (wanted && this.#nodes.has(wanted)) this.#pin(wanted);
        else if (this.#pinned) this.#unpin();
      }
    }
  }

  // ---- layouts -----------------------------------------------------------------------------

  /**
   * Draws the wide layout or the phone's, every actor at its laid-out place: also what Reset
   * does, undoing any drag.
   */
  #useLayout(phone: boolean): void {
    this.#phone = phone;
    const layout = phone ? this.#data.phone : this.#data;
    this.#size = { width: layout.width, height: layout.height };
    const viewBox = `0 0 ${String(layout.width)} ${String(layout.height)}`;
    this.#svg.setAttribute('viewBox', viewBox);
    this.#overlay?.setAttribute('viewBox', viewBox);
    const bands = this.#svg.querySelector('g.gr-bands');
    if (bands) {
      this.#wideBands ??= [...bands.children];
      bands.replaceChildren(...(phone ? bandElements(this.#data.phone.bands) : this.#wideBands));
    }
    for (const node of this.#data.nodes) {
      const [x, y] = phone ? (this.#data.phone.at[node.id] ?? [node.x, node.y]) : [node.x, node.y];
      const view = this.#nodes.get(node.id);
      if (view && (view.x !== x || view.y !== y)) this.#moveNode(node.id, x, y);
    }
    this.#svg.classList.toggle('is-phone', phone);
    this.#fit(this.#ego?.nodes);
    this.#drawOverlay();
  }

  // ---- highlighting and the panel ----------------------------------------------------------

  /** Emphasises an actor, its relations and its neighbours; undefined clears. */
  #activate(id: string | undefined): void {
    if (id === this.#active) return;
    for (const el of this.#marked) el.classList.remove('is-active', 'is-neighbor');
    this.#marked.clear();
    for (const edge of this.#edges.values()) {
      if (edge.el.classList.contains('is-active')) {
        edge.el.classList.remove('is-active');
      }
    }
    this.#active = id;
    this.#svg.classList.toggle('has-active', id !== undefined);
    this.#markActive(id);
    this.#drawOverlay();
  }

  #markActive(id: string | undefined): void {
    if (!id) return;
    const node = this.#nodes.get(id);
    if (!node) return;
    node.el.classList.add('is-active');
    this.#marked.add(node.el);
    for (const edge of this.#byNode.get(id) ?? []) {
      if (edge.el.classList.contains('is-hidden')) continue;
      edge.el.classList.add('is-active');
      const other = this.#nodes.get(edge.link.source === id ? edge.link.target : edge.link.source);
      if (other) {
        other.el.classList.add('is-neighbor');
        this.#marked.add(other.el);
      }
    }
  }

  /** Selects an actor: its panel opens, and on a linked page the URL and the timeline follow. */
  #select(id: string): void {
    this.#pin(id);
    if (this.#data.linked && this.#store.state.actors.join() !== id)
      this.#store.update({ actors: [id] }, 'push');
  }

  #clear(): void {
    this.#unpin();
    if (this.#data.linked && this.#store.state.actors.length > 0)
      this.#store.update({ actors: [] }, 'push');
  }

  /** Opens an actor's panel without touching the state (which may be what asked for it). */
  #pin(id: string): void {
    this.#pinned = id;
    this.#activate(id);
    this.#openPanel(id);
  }

  #unpin(): void {
    this.#pinned = undefined;
    this.#activate(undefined);
    this.#panel.replaceChildren();
    this.#panel.classList.remove('is-open');
  }

  #openPanel(id: string): void {
    if (!this.#nodes.has(id)) return;
    const links = (this.#byNode.get(id) ?? [])
      .filter((edge) => !edge.el.classList.contains('is-hidden'))
      .map((edge) => edge.link);
    const linked = this.#data.linked && !this.#data.embedded;
    const { heading, children } = panelContent(this.#data, id, links, {
      ...(linked
        ? {
            showInTimeline: () => {
              this.#store.update({ actors: [id] }, 'push');
              document.querySelector('timeline-chart')?.scrollIntoView({ block: 'start' });
            },
          }
        : {}),
      close: () => {
        this.#clear();
        this.#nodes.get(id)?.el.focus();
      },
    });
    this.#panel.setAttribute('aria-labelledby', heading.id);
    this.#panel.replaceChildren(...children);
    this.#panel.classList.add('is-open');
    // On a phone the panel is a sheet over the bottom of the screen: it is always in view.
  }

  // ---- filters and the ego view ------------------------------------------------------------

  #applyFilters(): void {
    let shownEdges = 0;
    const touched = new Set<string>();
    for (const edge of this.#edges.values()) {
      const visible =
        (this.#type === '' || edge.link.type === this.#type) &&
        this.#confidence.has(edge.link.confidence) &&
        (!this.#ego || this.#ego.links.has(edge.link.id));
      edge.el.classList.toggle('is-hidden', !visible);
      if (visible) {
        shownEdges++;
        touched.add(edge.link.source);
        touched.add(edge.link.target);
      }
    }
    let shownNodes = 0;
    // Actors whose relations a filter has hidden fade; those without any relation do not.
    const filtering = this.#type !== '' || this.#confidence.size < CONFIDENCE_LEVELS.length;
    for (const node of this.#nodes.values()) {
      const hidden = this.#ego !== undefined && !this.#ego.nodes.has(node.id);
      node.el.classList.toggle('is-hidden', hidden);
      node.el.classList.toggle(
        'is-isolated',
        filtering &&
          !hidden &&
          !touched.has(node.id) &&
          (this.#byNode.get(node.id)?.length ?? 0) > 0,
      );
      if (!hidden) shownNodes++;
    }
    if (this.#active) {
      const active = this.#active;
      this.#active = undefined;
      this.#activate(active);
    }
    const focus = this.#store.state.focus
      ? this.#nodes.get(this.#store.state.focus)?.name
      : undefined;
    this.#status.textContent = focus
      ? `Around ${focus}: ${shownNodes} actors and ${shownEdges} relations.`
      : `${shownNodes} actors; ${shownEdges} of ${this.#edges.size} relations shown.`;
  }

  // ---- zoom, pan and drag ------------------------------------------------------------------

  /**
   * Shows `#view`. `now` draws it into the SVG (one repaint). `gesture` (wheel, pinch, pan)
   * only moves the composited SVG with a CSS transform, which repaints nothing; the view is
   * drawn once the gesture has rested.
   */
  #applyView(mode: 'now' | 'gesture' = 'now'): void {
    window.clearTimeout(this.#commitTimer);
    if (mode === 'gesture') {
      const s = this.#view.k / this.#committed.k;
      const cssPerUnit = this.#frame.clientWidth / this.#size.width;
      const tx = (this.#view.x - s * this.#committed.x) * cssPerUnit;
      const ty = (this.#view.y - s * this.#committed.y) * cssPerUnit;
      this.#canvas.style.transform = `translate(${tx.toFixed(2)}px, ${ty.toFixed(2)}px) scale(${s.toFixed(4)})`;
      // Chromium lays out and repaints every SVG label whenever the scale on screen changes and
      // the page is hit-tested (each wheel or pointer event): at 500 actors, 50-67 ms frames.
      // Labels step aside while the scale changes and return when the view rests.
      if (s !== 1) this.#svg.classList.add('is-zooming');
      this.#commitTimer = window.setTimeout(() => {
        if (!this.#drag) this.#applyView('now');
      }, 150);
      return;
    }
    const { k, x, y } = this.#view;
    const transform = `translate(${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}) scale(${Math.round(k * 1000) / 1000})`;
    // Setting it, even to the same value, invalidates the whole drawing.
    if (this.#viewport.getAttribute('transform') !== transform) {
      this.#viewport.setAttribute('transform', transform);
      this.#overlayLayer?.setAttribute('transform', transform);
    }
    this.#canvas.style.transform = '';
    this.#svg.classList.remove('is-zooming');
    this.#committed = { ...this.#view };
  }

  /**
   * Whether a gesture's CSS transform shows a view not yet drawn into the SVG. While the drawing
   * moves under a still pointer, hovering would re-highlight (and repaint) whatever passes
   * beneath it: highlighting waits until the view rests.
   */
  get #moving(): boolean {
    return this.#canvas.style.transform !== '';
  }

  /** Zooms to fit some actors (all when undefined). */
  #fit(ids: Set<string> | undefined): void {
    if (!ids || ids.size === 0) {
      this.#view = { k: 1, x: 0, y: 0 };
      this.#applyView();
      return;
    }
    const nodes = [...ids].flatMap((id) => {
      const node = this.#nodes.get(id);
      return node ? [node] : [];
    });
    const pad = 80;
    const minX = Math.min(...nodes.map((n) => n.x)) - pad;
    const maxX = Math.max(...nodes.map((n) => n.x)) + pad;
    const minY = Math.min(...nodes.map((n) => n.y)) - pad;
    const maxY = Math.max(...nodes.map((n) => n.y)) + pad;
    const k = Math.min(2.5, this.#size.width / (maxX - minX), this.#size.height / (maxY - minY));
    this.#view = {
      k,
      x: this.#size.width / 2 - ((minX + maxX) / 2) * k,
      y: this.#size.height / 2 - ((minY + maxY) / 2) * k,
    };
    this.#applyView();
  }

  /** A client point in drawing units (before the view transform). */
  #toSvg(clientX: number, clientY: number): { x: number; y: number } {
    // The frame, not the SVG: a gesture may be transforming the SVG's wrapper.
    const box = this.#frame.getBoundingClientRect();
    const scale = this.#size.width / box.width;
    return { x: (clientX - box.left) * scale, y: (clientY - box.top) * scale };
  }

  #zoomAt(factor: number, at: { x: number; y: number }, mode: 'now' | 'gesture' = 'now'): void {
    const k = Math.min(8, Math.max(0.5, this.#view.k * factor));
    const applied = k / this.#view.k;
    this.#view = {
      k,
      x: at.x - (at.x - this.#view.x) * applied,
      y: at.y - (at.y - this.#view.y) * applied,
    };
    this.#applyView(mode);
  }

  /**
   * Redraws the overlay from the active actor and the lifted one. Copies carry the classes of
   * their originals but not their ids or links: the overlay is a picture, hidden from assistive
   * technology, and nothing in it can be focused or found as the original.
   */
  #drawOverlay(): void {
    const active = this.#active;
    const liftedId = this.#liftedId;
    this.#lifted = undefined;
    if (active === undefined && liftedId === undefined) {
      this.#overlay?.replaceChildren();
      this.#overlayLayer = undefined;
      return;
    }
    if (!this.#overlay) {
      this.#overlay = document.createElementNS(SVG_NS, 'svg');
      this.#overlay.setAttribute('class', 'gr-overlay');
      this.#overlay.setAttribute('aria-hidden', 'true');
      this.#overlay.setAttribute('viewBox', `0 0 ${this.#size.width} ${this.#size.height}`);
      this.#canvas.append(this.#overlay);
    }
    const layer = document.createElementNS(SVG_NS, 'g');
    layer.setAttribute('class', 'gr-overlay-view has-active');
    layer.setAttribute('transform', this.#viewport.getAttribute('transform') ?? '');
    const edgesLayer = layer.appendChild(document.createElementNS(SVG_NS, 'g'));
    const labelsLayer = layer.appendChild(document.createElementNS(SVG_NS, 'g'));
    const nodesLayer = layer.appendChild(document.createElementNS(SVG_NS, 'g'));

    const lifted: LiftedCopies = { node: undefined, edges: new Map() };
    const copied = new Set<string>();
    const copyNode = (id: string) => {
      const node = this.#nodes.get(id);
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
      for (const edge of this.#byNode.get(id) ?? []) {
        if (edge.el.classList.contains('is-hidden')) continue;
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
    this.#overlayLayer = layer;
    if (liftedId !== undefined) this.#lifted = lifted;
  }

  /**
   * Where the labels of an actor's shown relations go, clear of every actor's label and mark
   * and of each other; a relation missing from the map is listed in the panel only.
   */
  #labelSpots(id: string): Map<string, { x: number; y: number }> {
    const obstacles: Box[] = [];
    for (const node of this.#data.nodes) {
      const view = this.#nodes.get(node.id);
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
    const requests = (this.#byNode.get(id) ?? []).flatMap(({ link, el }) => {
      const s = this.#nodes.get(link.source);
      const t = this.#nodes.get(link.target);
      if (!s || !t || el.classList.contains('is-hidden')) return [];
      const width = this.#data.relationLabelWidths[link.type];
      return [{ id: link.id, s, t, bend: link.bend, width, confidence: link.confidence }];
    });
    return placeRelationLabels(requests, obstacles);
  }

  /** Moves an actor and its relations into the overlay and hides the originals, for a drag. */
  #lift(id: string): void {
    if (!this.#nodes.has(id)) return;
    this.#applyView('now');
    this.#liftedId = id;
    for (const edge of this.#byNode.get(id) ?? []) edge.el.classList.add('is-lifted');
    this.#nodes.get(id)?.el.classList.add('is-lifted');
    this.#drawOverlay();
  }

  /** Puts a lifted actor back with its new position. */
  #drop(): void {
    const id = this.#liftedId;
    if (id === undefined) return;
    this.#liftedId = undefined;
    this.#lifted = undefined;
    const node = this.#nodes.get(id);
    if (node) this.#moveNode(node.id, node.x, node.y);
    node?.el.classList.remove('is-lifted');
    for (const edge of this.#byNode.get(id) ?? []) edge.el.classList.remove('is-lifted');
    this.#drawOverlay();
  }

  /** Moves an actor and redraws its edges: in the overlay while it is lifted. */
  #moveNode(id: string, x: number, y: number): void {
    const node = this.#nodes.get(id);
    if (!node) return;
    node.x = Math.round(x * 10) / 10;
    node.y = Math.round(y * 10) / 10;
    const lifted = this.#liftedId === id ? this.#lifted : undefined;
    (lifted?.node ?? node.el).setAttribute('transform', `translate(${node.x} ${node.y})`);
    for (const edge of this.#byNode.get(id) ?? []) {
      const s = this.#nodes.get(edge.link.source);
      const t = this.#nodes.get(edge.link.target);
      if (!s || !t) continue;
      const path = linkPath(s, t, edge.link.bend);
      if (lifted) {
        lifted.edges.get(edge.link.id)?.setAttribute('d', path.d);
        continue;
      }
      edge.el.setAttribute('d', path.d);
    }
  }

  #showHint(text: string): void {
    this.#hint.textContent = text;
    window.clearTimeout(this.#hintTimer);
    this.#hintTimer = window.setTimeout(() => {
      this.#hint.textContent = '';
    }, 2500);
  }

  #bindPointer(): void {
    const svg = this.#svg;
    const nodeOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<SVGAElement>('a.gr-node') : null;

    svg.addEventListener('mouseover', (event) => {
      const node = nodeOf(event.target);
      if (node && !this.#drag && !this.#moving) this.#activate(node.dataset.actorId);
    });
    svg.addEventListener('mouseout', (event) => {
      const node = nodeOf(event.target);
      if (
        node &&
        !node.contains(event.relatedTarget as Node | null) &&
        !this.#drag &&
        !this.#moving
      ) {
        this.#activate(
          this.#pinned ?? (svg.contains(document.activeElement) ? this.#current : undefined),
        );
      }
    });
    svg.addEventListener(
      'wheel',
      (event) => {
        if (!(event.ctrlKey || event.metaKey || this.#engaged)) {
          this.#showHint(
            'To zoom with the wheel, hold Ctrl (⌘ on a Mac) or click the graph first.',
          );
          return;
        }
        event.preventDefault();
        this.#zoomAt(
          Math.exp(-event.deltaY * 0.002),
          this.#toSvg(event.clientX, event.clientY),
          'gesture',
        );
      },
      { passive: false },
    );
    svg.addEventListener('dblclick', (event) => {
      if (nodeOf(event.target)) return;
      event.preventDefault();
      this.#zoomAt(2, this.#toSvg(event.clientX, event.clientY));
    });
    svg.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      this.#engaged = true;
      this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (this.#pointers.size === 2) {
        const [a, b] = [...this.#pointers.values()];
        if (!a || !b) return;
        const centre = this.#toSvg((a.x + b.x) / 2, (a.y + b.y) / 2);
        this.#drag = {
          kind: 'pinch',
          distance: Math.hypot(a.x - b.x, a.y - b.y),
          view: { ...this.#view },
          cx: centre.x,
          cy: centre.y,
        };
        return;
      }
      const node = nodeOf(event.target);
      const at = this.#toSvg(event.clientX, event.clientY);
      this.#downAt = at;
      if (node) {
        const view = this.#nodes.get(node.dataset.actorId ?? '');
        if (!view) return;
        const local = {
          x: (at.x - this.#view.x) / this.#view.k,
          y: (at.y - this.#view.y) / this.#view.k,
        };
        this.#drag = {
          kind: 'node',
          id: view.id,
          moved: false,
          dx: local.x - view.x,
          dy: local.y - view.y,
        };
      } else {
        this.#drag = { kind: 'pan', moved: false, x: at.x, y: at.y, view: { ...this.#view } };
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
        this.#view = { ...drag.view };
        this.#zoomAt(factor, { x: drag.cx, y: drag.cy }, 'gesture');
        return;
      }
      const at = this.#toSvg(event.clientX, event.clientY);
      if (!drag.moved) {
        if (Math.hypot(at.x - this.#downAt.x, at.y - this.#downAt.y) < 4) return;
        drag.moved = true;
        svg.setPointerCapture(event.pointerId);
        svg.classList.add('is-dragging');
        if (drag.kind === 'node') this.#lift(drag.id);
      }
      if (drag.kind === 'node') {
        const local = {
          x: (at.x - this.#view.x) / this.#view.k,
          y: (at.y - this.#view.y) / this.#view.k,
        };
        this.#moveNode(drag.id, local.x - drag.dx, local.y - drag.dy);
      } else {
        this.#view = {
          ...drag.view,
          x: drag.view.x + at.x - drag.x,
          y: drag.view.y + at.y - drag.y,
        };
        this.#applyView('gesture');
      }
    });
    const end = (event: PointerEvent) => {
      this.#pointers.delete(event.pointerId);
      if (this.#pointers.size > 0) return;
      const drag = this.#drag;
      if (drag && 'moved' in drag && drag.moved) this.#suppressClick = true;
      this.#drag = undefined;
      svg.classList.remove('is-dragging');
      if (drag?.kind === 'node') this.#drop();
      else if (drag) this.#applyView('now');
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    this.addEventListener('pointerleave', () => {
      this.#engaged = false;
    });
    svg.addEventListener('click', (event) => {
      if (this.#suppressClick) {
        this.#suppressClick = false;
        event.preventDefault();
        return;
      }
      const node = nodeOf(event.target);
      if (!node || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      this.#current = node.dataset.actorId ?? this.#current;
      this.#rove();
      this.#select(this.#current);
    });
  }

  // ---- keyboard ---------------------------------------------------------------------------

  /** Moves the tab stop to the current actor. */
  #rove(): void {
    for (const node of this.#nodes.values()) {
      const tabindex = node.id === this.#current ? '0' : '-1';
      if (node.el.getAttribute('tabindex') !== tabindex) node.el.setAttribute('tabindex', tabindex);
    }
  }

  #bindKeyboard(): void {
    this.#svg.addEventListener('focusin', (event) => {
      const node =
        event.target instanceof Element ? event.target.closest<SVGAElement>('a.gr-node') : null;
      if (!node?.dataset.actorId) return;
      this.#current = node.dataset.actorId;
      this.#rove();
      if (!this.#pinned) this.#activate(this.#current);
    });
    this.#svg.addEventListener('focusout', (event) => {
      if (!this.#svg.contains(event.relatedTarget as Node | null) && !this.#pinned)
        this.#activate(undefined);
    });
    this.#svg.addEventListener('keydown', (event) => {
      const direction = KEY_DIRECTIONS[event.key];
      if (direction) {
        event.preventDefault();
        const visible = [...this.#nodes.values()].filter(
          (n) => !n.el.classList.contains('is-hidden'),
        );
        const next = nearestInDirection(visible, this.#current, direction);
        if (next) {
          this.#current = next;
          this.#rove();
          this.#nodes.get(next)?.el.focus();
          if (this.#pinned) this.#select(next);
        }
        return;
      }
      switch (event.key) {
        case 'Enter':
        case ' ':
          event.preventDefault();
          this.#select(this.#current);
          break;
        case 'Escape':
          event.preventDefault();
          this.#clear();
          this.#activate(this.#current);
          break;
        case '+':
        case '=':
          event.preventDefault();
          this.#zoomAt(1.4, { x: this.#size.width / 2, y: this.#size.height / 2 });
          break;
        case '-':
          event.preventDefault();
          this.#zoomAt(1 / 1.4, { x: this.#size.width / 2, y: this.#size.height / 2 });
          break;
        default:
      }
    });
    this.#panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        const id = this.#pinned;
        this.#clear();
        if (id) this.#nodes.get(id)?.el.focus();
      }
    });
  }

  // ---- controls ---------------------------------------------------------------------------

  #bindControls(): void {
    const toggle = required(this, 'button.gr-filter-toggle', HTMLButtonElement);
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      required(this, '.gr-controls', HTMLElement).classList.toggle('is-open', open);
    });
    required(this, 'select.gr-type', HTMLSelectElement).addEventListener('change', (event) => {
      this.#type = (event.target as HTMLSelectElement).value;
      this.#applyFilters();
    });
    for (const chip of this.querySelectorAll<HTMLButtonElement>('.gr-chip[data-confidence]')) {
      chip.addEventListener('click', () => {
        const level = chip.dataset.confidence as Confidence;
        if (this.#confidence.has(level)) this.#confidence.delete(level);
        else this.#confidence.add(level);
        chip.setAttribute('aria-pressed', String(this.#confidence.has(level)));
        this.#applyFilters();
      });
    }
    required(this, 'select.gr-focus', HTMLSelectElement).addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      this.#store.update({ focus: value || undefined }, 'push');
    });
    required(this, 'select.gr-hops', HTMLSelectElement).addEventListener('change', (event) => {
      this.#store.update(
        { hops: (event.target as HTMLSelectElement).value === '2' ? 2 : 1 },
        'push',
      );
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        const centre = { x: this.#size.width / 2, y: this.#size.height / 2 };
        if (button.dataset.zoom === 'in') this.#zoomAt(1.5, centre);
        else if (button.dataset.zoom === 'out') this.#zoomAt(1 / 1.5, centre);
        else this.#useLayout(this.#phone);
      });
    }
  }
}

if (!customElements.get('actor-graph')) customElements.define('actor-graph', ActorGraph);
