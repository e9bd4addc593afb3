/**
 * <actor-graph>: adds behaviour to the server-rendered actor graph, reusing its positions.
 *
 * - Hover or focus an actor: its relations and neighbours stand out, the rest fade, and the
 *   relations are labelled (graph-highlight.ts). Click or Enter: a panel with the actor's
 *   relations and sources; on a page with a timeline, its events are picked out there too (one
 *   shared state, in the URL).
 * - Keyboard (graph-keyboard.ts): one Tab stop; arrow keys move to the nearest actor in that
 *   direction; Enter opens the panel; Escape clears.
 * - Filters by kind of relation and confidence; the ego view of one actor (`?focus=`).
 * - Drag actors; zoom and pan with buttons, mouse, pinch, and the wheel with Ctrl/⌘ or after a
 *   click into the graph (graph-gestures.ts, graph-viewport.ts).
 * - Below 640 px, the phone's own layout: bands stacked, labels at full size.
 */
import {
  filterGraph,
  formatGraphFilterSummary,
  formatGraphStatus,
  shownConfidence,
  toggleConfidence,
} from '../../lib/graph-filters';
import { egoNetwork } from '../../lib/graph-queries';
import type { ViewState } from '../../lib/url-state';
import { CONFIDENCE_LEVELS, type Confidence, type RelationType } from '../../lib/vocabulary';
import { bindDisclosure, bindOnFirstClick, required, SVG_NS } from '../shared/dom';
import { getViewStore, type ViewStore } from '../shared/view-store';
import type { GraphData } from './graph-data';
import { GraphGestures } from './graph-gestures';
import { GraphHighlight } from './graph-highlight';
import { applyRovingTabStop, bindKeyboard } from './graph-keyboard';
import { panelContent } from './graph-panel';
import { GraphScene } from './graph-scene';
import { GraphViewport } from './graph-viewport';

/** Below this width the graph draws its phone layout: bands stacked, labels at full size. */
const PHONE = '(max-width: 639.98px)';

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
  #store!: ViewStore;
  #svg!: SVGSVGElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #hint!: HTMLElement;
  #scene!: GraphScene;
  #viewport!: GraphViewport;
  #highlight!: GraphHighlight;
  /** Bound after the viewport, which asks it whether a gesture holds the view. */
  #gestures: GraphGestures | undefined;
  #phone = false;
  /** The wide layout's bends, as the build drew them, kept while the phone's are drawn. */
  #wideBends: number[] = [];
  /** The wide layout's bands, as the build drew them, kept while the phone's are shown. */
  #wideBands: Element[] | undefined;
  /** The actor holding the tab stop. */
  #current = '';
  /** The actor whose panel is open. */
  #pinned: string | undefined;
  #type: RelationType | undefined;
  /** The confidence levels chosen with the chips; none chosen shows every level. */
  #confidence: Confidence[] = [];
  #ego: { nodes: Set<string>; links: Set<string> } | undefined;
  #hintTimer = 0;

  connectedCallback(): void {
    this.#data = JSON.parse(
      required(this, 'script.gr-data', HTMLScriptElement).textContent,
    ) as GraphData;
    this.#svg = required(this, 'svg.gr-svg', SVGSVGElement);
    this.#panel = required(this, '.gr-panel', HTMLElement);
    this.#status = required(this, '.gr-status', HTMLElement);
    this.#hint = required(this, '.gr-hint', HTMLElement);
    const canvas = required(this, '.gr-canvas', HTMLElement);
    this.#scene = new GraphScene(this.#data, this.#svg);
    this.#viewport = new GraphViewport(
      this.#svg,
      required(this, 'g.gr-viewport', SVGGElement),
      required(this, '.gr-frame', HTMLElement),
      canvas,
      () => this.#gestures?.busy ?? false,
    );
    this.#viewport.size = { width: this.#data.width, height: this.#data.height };
    this.#wideBends = this.#data.links.map((link) => link.bend);
    this.#highlight = new GraphHighlight(
      this.#data,
      this.#scene,
      this.#svg,
      canvas,
      this.#viewport,
    );

    this.#store = getViewStore(
      {
        events: new Set(Object.keys(this.#data.eventActors)),
        actors: new Set(this.#scene.nodes.keys()),
      },
      { embedded: this.#data.embedded },
    );
    this.#current = this.#data.centre;
    applyRovingTabStop(this.#scene, this.#current);

    const phone = window.matchMedia(PHONE);
    if (phone.matches) this.#useLayout(true);
    phone.addEventListener('change', () => {
      this.#useLayout(phone.matches);
    });

    const host = {
      svg: this.#svg,
      scene: this.#scene,
      viewport: this.#viewport,
      highlight: this.#highlight,
      pinned: () => this.#pinned,
      current: () => this.#current,
      select: (id: string) => {
        this.#select(id);
      },
    };
    this.#gestures = new GraphGestures({
      ...host,
      root: this,
      choose: (id) => {
        this.#setCurrent(id);
        this.#select(id);
      },
      showHint: (text) => {
        this.#showHint(text);
      },
    });
    bindKeyboard({
      ...host,
      panel: this.#panel,
      setCurrent: (id) => {
        this.#setCurrent(id);
      },
      clear: () => {
        this.#clear();
      },
    });
    this.#bindControls();
    this.#applyState(this.#store.state, undefined);
    this.#store.subscribe((state, previous) => {
      this.#applyState(state, previous);
    });
    // The dialog's code loads where there is a dialog (embeds never carry it), when it is opened.
    if (this.querySelector('dialog.embed-dialog'))
      bindOnFirstClick(this.querySelector('[data-embed-open]'), () =>
        import('../embed/embed-dialog').then(({ bindEmbedDialog }) => {
          bindEmbedDialog(this, () => this.#store.state);
        }),
      );
    // The phone's drawing for readers without scripts gives way to this one, which the script
    // draws in the phone's layout on a phone: one drawing, whose elements carry the hooks.
    this.querySelector('svg.gr-phone')?.remove();
    this.dataset.ready = 'true';
  }

  // ---- state from the URL -----------------------------------------------------------------

  #applyState(state: ViewState, previous: ViewState | undefined): void {
    if (!previous || state.focus !== previous.focus || state.hops !== previous.hops) {
      this.#ego = state.focus ? egoNetwork(this.#data, state.focus, state.hops) : undefined;
      required(this, 'select.gr-focus', HTMLSelectElement).value = state.focus ?? '';
      required(this, 'select.gr-hops', HTMLSelectElement).value = String(state.hops);
      this.#applyFilters();
      this.#fit();
    }
    // Actors chosen here or in a linked timeline, and the actors of its selected event.
    const picked = new Set(state.actors);
    const fromEvent = new Set(state.event ? (this.#data.eventActors[state.event] ?? []) : []);
    for (const node of this.#scene.nodes.values()) {
      node.el.classList.toggle('is-selected', picked.has(node.id));
      node.el.classList.toggle('is-event-actor', fromEvent.has(node.id));
    }
    this.#svg.classList.toggle('has-event', fromEvent.size > 0);
    // On a page with a timeline, the URL's one actor is the one whose panel is open: a choice in
    // the timeline, Clear, Back, Forward and a pasted URL all move the panel with it.
    if (this.#data.linked) {
      const wanted = state.actors.length === 1 ? state.actors[0] : undefined;
      if (wanted !== this.#pinned) {
        if (wanted && this.#scene.nodes.has(wanted)) this.#pin(wanted);
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
    this.#viewport.size = { width: layout.width, height: layout.height };
    const viewBox = `0 0 ${String(layout.width)} ${String(layout.height)}`;
    this.#svg.setAttribute('viewBox', viewBox);
    this.#highlight.setViewBox(viewBox);
    const bands = this.#svg.querySelector('g.gr-bands');
    if (bands) {
      this.#wideBands ??= [...bands.children];
      bands.replaceChildren(...(phone ? bandElements(this.#data.phone.bands) : this.#wideBands));
    }
    // Each layout routes its edges around its own labels.
    const bends = phone ? this.#data.phone.bends : this.#wideBends;
    this.#data.links.forEach((link, i) => {
      link.bend = bends[i] ?? link.bend;
    });
    for (const node of this.#data.nodes) {
      const [x, y] = phone ? (this.#data.phone.at[node.id] ?? [node.x, node.y]) : [node.x, node.y];
      this.#highlight.move(node.id, x, y);
    }
    this.#svg.classList.toggle('is-phone', phone);
    this.#fit();
    this.#highlight.draw();
  }

  /** Zooms to the ego view's actors, or shows the whole drawing. */
  #fit(): void {
    const ids = this.#ego?.nodes ?? [];
    this.#viewport.fit([...ids].flatMap((id) => this.#scene.nodes.get(id) ?? []));
  }

  // ---- selection and the panel -------------------------------------------------------------

  #setCurrent(id: string): void {
    this.#current = id;
    applyRovingTabStop(this.#scene, id);
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
    this.#highlight.activate(id);
    this.#openPanel(id);
  }

  #unpin(): void {
    this.#pinned = undefined;
    this.#highlight.activate(undefined);
    this.#panel.replaceChildren();
    this.#panel.classList.remove('is-open');
  }

  #openPanel(id: string): void {
    if (!this.#scene.nodes.has(id)) return;
    const links = this.#scene.shownEdgesOf(id).map((edge) => edge.link);
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
        this.#scene.nodes.get(id)?.el.focus();
      },
    });
    this.#panel.setAttribute('aria-labelledby', heading.id);
    this.#panel.replaceChildren(...children);
    // On a phone the panel is a sheet over the bottom of the screen: it is always in view.
    this.#panel.classList.add('is-open');
  }

  // ---- filters and the ego view ------------------------------------------------------------

  #applyFilters(): void {
    const shown = filterGraph(
      this.#data,
      {
        type: this.#type,
        confidence: shownConfidence(this.#confidence),
        ego: this.#ego,
      },
      CONFIDENCE_LEVELS.length,
    );
    for (const edge of this.#scene.edges.values())
      edge.el.classList.toggle('is-hidden', !shown.links.has(edge.link.id));
    for (const node of this.#scene.nodes.values()) {
      node.el.classList.toggle('is-hidden', shown.hiddenNodes.has(node.id));
      node.el.classList.toggle('is-isolated', shown.isolated.has(node.id));
    }
    this.#highlight.refresh();
    const { focus, hops } = this.#store.state;
    const summary = required(this, '.gr-filter-summary', HTMLElement);
    const words = formatGraphFilterSummary(
      { type: this.#type, confidence: this.#confidence, focus, hops },
      (id) => this.#scene.nodes.get(id)?.name ?? id,
    );
    // It speaks when it changes, and only then.
    if (summary.textContent !== words) summary.textContent = words;
    this.#status.textContent = formatGraphStatus({
      actors: this.#scene.nodes.size - shown.hiddenNodes.size,
      relations: shown.links.size,
      total: this.#scene.edges.size,
      focus: focus ? this.#scene.nodes.get(focus)?.name : undefined,
    });
  }

  #showHint(text: string): void {
    this.#hint.textContent = text;
    window.clearTimeout(this.#hintTimer);
    this.#hintTimer = window.setTimeout(() => {
      this.#hint.textContent = '';
    }, 2500);
  }

  // ---- controls ---------------------------------------------------------------------------

  #bindControls(): void {
    bindDisclosure(required(this, 'button.gr-filter-toggle', HTMLButtonElement), (open) => {
      required(this, '.gr-controls', HTMLElement).classList.toggle('is-open', open);
    });
    required(this, 'select.gr-type', HTMLSelectElement).addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      this.#type = value ? (value as RelationType) : undefined;
      this.#applyFilters();
    });
    // A pressed chip means its level is shown, as the timeline's category chips do: with every
    // level shown, pressing one narrows to it.
    const chips = [...this.querySelectorAll<HTMLButtonElement>('.gr-chip[data-confidence]')];
    for (const chip of chips) {
      chip.addEventListener('click', () => {
        this.#confidence = toggleConfidence(
          this.#confidence,
          chip.dataset.confidence as Confidence,
        );
        const shown = shownConfidence(this.#confidence);
        for (const other of chips)
          other.setAttribute(
            'aria-pressed',
            String(shown.has(other.dataset.confidence as Confidence)),
          );
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
        if (button.dataset.zoom === 'in') this.#viewport.zoomCentre(1.5);
        else if (button.dataset.zoom === 'out') this.#viewport.zoomCentre(1 / 1.5);
        else this.#useLayout(this.#phone);
      });
    }
  }
}

if (!customElements.get('actor-graph')) customElements.define('actor-graph', ActorGraph);
