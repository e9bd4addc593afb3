/**
 * <timeline-chart>: adds behaviour to the server-rendered timeline. It keeps the build-time
 * drawing until something changes (a filter, a zoom, a narrow screen), then lays out and draws
 * again with the same pure functions the build used.
 *
 * This file holds the state, the drawing and the selection; the ways in live beside it:
 * pointer and overview gestures (timeline-gestures.ts), keys (timeline-keyboard.ts), the filter
 * and zoom controls (timeline-controls.ts), the list and status words (timeline-list.ts). The
 * filters and the selected event live in the URL, shared with any linked view through the
 * page's view store.
 */
import { isFiltering, normalizeText } from '../../lib/event-filter';
import {
  layoutTimeline,
  visibleItems,
  type Orientation,
  type TimelineItem,
  type TimelineLayout,
} from '../../lib/layout-timeline';
import { V } from '../../lib/layout-vertical';
import { clampWindow, zoomWindow, type DayWindow } from '../../lib/timeline-scale';
import {
  MIN_DAYS,
  paramsFromWindow,
  revealWindow,
  windowFromParams,
} from '../../lib/timeline-view';
import { formatIgnoredNotice, pageIgnored } from '../../lib/url-notice';
import type { ViewState } from '../../lib/url-state';
import { bindOnFirstClick, required } from '../shared/dom';
import { getViewStore, type ViewStore } from '../shared/view-store';
import { filterItems, fitWindow, shownLanes } from '../../lib/timeline-filters';
import { bindControls, syncControls } from './timeline-controls';
import { bindOverview, bindPointer } from './timeline-gestures';
import { keepInView } from './details-card';
import { bindKeyboard } from './timeline-keyboard';
import { promoteDownward, TimelineDrawing } from './timeline-drawing';
import { TimelineText } from './timeline-list';
import { DetailsPanel } from './timeline-panel';
import type { ChartItem, ShippedData, SourceLink, TimelineData } from './timeline-data';
import { horizontalWidth, isVerticalAt } from '../../lib/breakpoints';

export class TimelineChart extends HTMLElement {
  #data!: TimelineData;
  #store!: ViewStore;
  #drawing!: TimelineDrawing;
  #panel!: DetailsPanel;
  #text!: TimelineText;
  #byId = new Map<string, ChartItem>();
  /** Every event, in time order, with its title. */
  #items: ChartItem[] = [];
  /** Each event's title and summary, normalized for the text filter once, when first needed. */
  #searchText = new Map<string, string>();

  #orientation: Orientation = 'horizontal';
  /** The width the horizontal drawing is laid out at (see horizontalWidth). */
  #width = 0;
  #window!: DayWindow;
  #layout: TimelineLayout | undefined;
  #filtered: TimelineItem[] = [];
  #current: string | undefined;
  #frame = 0;
  #settleTimer = 0;
  #announceTimer = 0;
  #urlTimer = 0;

  // What the modules beside this one read.
  get data(): TimelineData {
    return this.#data;
  }
  get store(): ViewStore {
    return this.#store;
  }
  get viewWindow(): DayWindow {
    return this.#window;
  }
  get orientation(): Orientation {
    return this.#orientation;
  }
  /** The layout on screen (the build's, adopted, is computed again on first use). */
  get layout(): TimelineLayout {
    this.#layout ??= layoutTimeline(this.#filtered, this.#layoutOptions());
    return this.#layout;
  }
  /** The events the filters keep, in time order. */
  get filtered(): readonly TimelineItem[] {
    return this.#filtered;
  }
  /** The event holding the roving tab stop. */
  get current(): string | undefined {
    return this.#current;
  }
  get panelOpen(): boolean {
    return this.#panel.isOpen;
  }

  connectedCallback(): void {
    const shipped = JSON.parse(
      required(this, 'script.tl-data', HTMLScriptElement).textContent,
    ) as ShippedData;
    this.#data = {
      ...shipped,
      actors: actorNamesFrom(required(this, 'select.tl-actor', HTMLSelectElement)),
    };
    this.#panel = new DetailsPanel(required(this, '.tl-panel', HTMLElement), this);
    this.#text = new TimelineText(this, () => {
      this.#store.update({ q: '', actors: [], categories: [] }, 'push');
      required(this, 'input.tl-search', HTMLInputElement).value = '';
    });
    // Titles and dates come from the list of events, where the page already carries them.
    this.#items = this.#data.items.map((item) => ({
      ...item,
      shape: item.shape ?? 'point',
      end: item.end ?? item.start,
      title: this.#text.titleOf(item.id),
      dateText: this.#text.dateOf(item.id),
    }));
    for (const item of this.#items) this.#byId.set(item.id, item);
    this.#store = getViewStore(
      {
        events: new Set(this.#byId.keys()),
        actors: new Set(Object.keys(this.#data.actors)),
      },
      { embedded: this.#data.embedded },
    );
    const state = this.#store.state;
    const notice = this.querySelector<HTMLElement>('.tl-notice');
    const odd = pageIgnored(this.#store.ignored);
    if (notice && odd.length > 0) {
      // Empty, it takes no room (timeline.css); a script fills it, so no-JS pages hide nothing.
      notice.textContent = formatIgnoredNotice(odd);
    }
    this.#window = this.#windowFromState(state);
    this.#orientation = this.#wantedOrientation();
    this.#width = horizontalWidth(this.clientWidth, this.#data.embedded);
    this.#filtered = this.#applyFilter(state);
    syncControls(this, state);
    if (state.from === undefined && state.to === undefined) this.#refit(state);

    // The build drew the default view both ways. When that is the view wanted here, the script
    // makes the drawing on screen interactive instead of drawing it again; from here on it draws
    // in one SVG, so the other goes (and with it a second set of event links).
    const reuse =
      !isFiltering(state) &&
      state.event === undefined &&
      state.from === undefined &&
      state.to === undefined &&
      (this.#orientation === 'vertical' || this.#width === this.#data.width);
    const downward = this.querySelector('svg.tl-svg-v');
    if (reuse && this.#orientation === 'vertical' && downward) promoteDownward(this, downward);
    else downward?.remove();
    this.#drawing = new TimelineDrawing(this, this.#data, this.#hrefFor);
    if (reuse) this.#adoptServerDrawing();
    else this.render();
    if (state.event) {
      this.select(state.event, { open: true, focus: 'none' });
      // A link to an event brings its mark and card into view, once the page has settled (a
      // scroll made while it still loads is lost).
      const bring = () => {
        requestAnimationFrame(() => {
          this.#placePanel(true);
        });
      };
      if (document.readyState === 'complete') bring();
      else window.addEventListener('load', bring, { once: true });
    }

    bindControls(this);
    bindPointer(this, this.#drawing.svg, required(this, '.tl-hint', HTMLElement));
    bindKeyboard(this, this.#drawing.svg, this.#panel.element);
    bindOverview(this, this.#drawing.overview);
    this.#store.subscribe((next, previous) => {
      this.#onState(next, previous);
    });
    new ResizeObserver(() => {
      const wanted = this.#wantedOrientation();
      const width = horizontalWidth(this.clientWidth, this.#data.embedded);
      if (wanted !== this.#orientation || (wanted === 'horizontal' && width !== this.#width)) {
        this.#orientation = wanted;
        this.#width = width;
        this.scheduleRender();
      }
    }).observe(this);
    // The dialog's code loads where there is a dialog (embeds never carry it), when it is opened.
    if (this.querySelector('dialog.embed-dialog'))
      bindOnFirstClick(this.querySelector('[data-embed-open]'), () =>
        import('../embed/embed-dialog').then(({ bindEmbedDialog }) => {
          bindEmbedDialog(this, () => this.#store.state);
        }),
      );
    this.dataset.ready = 'true';
  }

  // ---- state ------------------------------------------------------------------------------

  #windowFromState(state: ViewState): DayWindow {
    return windowFromParams(state, this.#data.defaultWindow, this.#data.extent);
  }

  #applyFilter(state: ViewState): TimelineItem[] {
    return filterItems(
      this.#items,
      this.#data.lanes,
      state,
      (id) => this.#byId.get(id)?.actors,
      (item) => this.#textOf(item),
    );
  }

  #textOf(item: TimelineItem): string {
    let text = this.#searchText.get(item.id);
    if (text === undefined) {
      text = normalizeText(`${item.title} ${this.#text.summaryOf(item.id)}`);
      this.#searchText.set(item.id, text);
    }
    return text;
  }

  #onState(state: ViewState, previous: ViewState): void {
    const filterChanged =
      state.q !== previous.q ||
      state.actors.join() !== previous.actors.join() ||
      state.categories.join() !== previous.categories.join();
    if (filterChanged) {
      this.#filtered = this.#applyFilter(state);
      syncControls(this, state);
      if (state.from === previous.from && state.to === previous.to) this.#refit(state);
    }
    let moved = false;
    if (state.from !== previous.from || state.to !== previous.to) {
      const wanted = this.#windowFromState(state);
      if (
        Math.abs(wanted.from - this.#window.from) > 0.5 ||
        Math.abs(wanted.to - this.#window.to) > 0.5
      ) {
        this.#window = wanted;
        moved = true;
      }
    }
    const selected = state.event !== previous.event;
    if (selected) {
      if (state.event) this.select(state.event, { open: true, focus: 'none' });
      else this.closePanel();
    }
    // The chart's own writes of the window it shows (or the graph's ego view) change nothing
    // drawn: drawing again would cost a frame, and in the middle of a drag would stop its slide.
    if (filterChanged || moved || selected) this.render();
  }

  #wantedOrientation(): Orientation {
    return isVerticalAt(this.clientWidth, this.#data.embedded) ? 'vertical' : 'horizontal';
  }

  // ---- drawing ----------------------------------------------------------------------------

  /** After a filter: the window fits the matching events; no filter, the default window. */
  #refit(state: ViewState): void {
    const fitted = isFiltering(state) ? fitWindow(this.#filtered) : this.#data.defaultWindow;
    if (fitted) this.#window = clampWindow(fitted, this.#data.extent, MIN_DAYS);
  }

  #hrefFor = (id: string) => `${this.#data.base}events/${id}/`;

  /**
   * Makes the build-time drawing interactive without drawing it again; its layout is computed
   * only when a gesture first needs it (see `layout`).
   */
  #adoptServerDrawing(): void {
    this.#layout = undefined;
    this.#current = this.#drawing.adopt();
    this.#announce();
  }

  #layoutOptions(window = this.#window) {
    return {
      orientation: this.#orientation,
      width: this.#orientation === 'horizontal' ? this.#width : V.width,
      window,
      lanes: shownLanes(this.#data.lanes, this.#store.state, this.#filtered),
      eras: this.#data.eras,
    };
  }

  /**
   * Draws in full on the next frame, or, for a gesture still moving (`draft`), once it has
   * rested for 150 ms.
   */
  scheduleRender(mode: 'full' | 'draft' = 'full'): void {
    window.clearTimeout(this.#settleTimer);
    if (mode === 'draft') {
      this.#settleTimer = window.setTimeout(() => {
        this.scheduleRender('full');
      }, 150);
      return;
    }
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.render('full');
    });
  }

  /**
   * Lays out and draws. `pan` also lays out a window-width either side, clipped, so that the
   * drag that follows only slides the drawing (see #slide).
   */
  render(mode: 'full' | 'draft' | 'pan' = 'full'): void {
    const focused = this.#drawing.svg.contains(document.activeElement);
    const state = this.#store.state;
    const pan = mode === 'pan' && this.#orientation === 'horizontal';
    // After a pan (or anything that keeps the scale), marks keep the rows and sides they had.
    const layout = layoutTimeline(this.#filtered, {
      ...this.#layoutOptions(),
      overscan: pan ? 1 : 0,
      ...(this.#layout ? { keep: this.#layout } : {}),
    });
    this.#layout = layout;
    const singles = new Set(layout.marks.flatMap((m) => (m.item ? [m.item.id] : [])));
    if (this.#current === undefined || !singles.has(this.#current)) {
      this.#current =
        state.event && singles.has(state.event)
          ? state.event
          : layout.marks.find((m) => m.item)?.item?.id;
    }
    this.#drawing.draw(layout, this.#window, {
      pan,
      draft: mode === 'draft',
      current: this.#current,
      ...(state.event ? { selected: state.event } : {}),
    });
    this.#drawing.drawOverview(this.#filtered, this.#window);
    this.#text.sync(this.#filtered, state.event);
    if (mode === 'full') this.#announce();
    else this.#announceSoon();
    if (focused) this.focusCurrent();
    if (mode === 'full') this.#placePanel();
  }

  /** During a gesture the count is announced once the gesture rests, not on every frame. */
  #announceSoon(): void {
    window.clearTimeout(this.#announceTimer);
    this.#announceTimer = window.setTimeout(() => {
      this.#announce();
    }, 300);
  }

  #announce(): void {
    this.#text.announce({
      total: this.#items.length,
      shown: this.#filtered.length,
      inWindow: visibleItems(this.#filtered, this.#window).length,
      window: this.#window,
      q: this.#store.state.q,
    });
  }

  // ---- selection and the details panel ----------------------------------------------------

  focusCurrent(): void {
    const mark = this.#current ? this.#drawing.markFor(this.#current) : null;
    if (mark) mark.focus({ preventScroll: true });
    else this.#drawing.svg.focus({ preventScroll: true });
  }

  /** Brings an event into view as a single mark: pans to it, zooming in if it is clustered. */
  #reveal(id: string): void {
    const item = this.#byId.get(id);
    if (!item) return;
    this.#window = revealWindow(item, this.#window, this.#data.extent, (window) =>
      layoutTimeline(this.#filtered, this.#layoutOptions(window)).marks.some(
        (m) => m.item?.id === id,
      ),
    );
  }

  /** Keyboard movement: the panel, when open, follows without adding history entries. */
  moveTo(id: string): void {
    this.#current = id;
    this.#reveal(id);
    if (this.#panel.isOpen) {
      this.#openPanel(id);
      this.#store.update({ event: id }, 'replace');
    }
    this.render();
    this.#placePanel();
    this.focusCurrent();
    // The open card scrolls its mark into view itself; without it, a mark the arrows reach below
    // the screen (the tall downward drawing on a phone) is scrolled to here.
    const mark = this.#current ? this.#drawing.markFor(this.#current) : null;
    if (mark && !this.#panel.isOpen) keepInView(mark);
    this.#queueUrl();
  }

  /**
   * Selects an event: the URL's `event` (replacing the history entry), its card open beside it.
   * `focus`: 'card' moves focus into the card (Enter), 'mark' onto the mark (a click), 'keep'
   * leaves it where it is (previous/next inside the card), 'none' for a deep link.
   */
  select(
    id: string,
    options: { open: boolean; focus: 'card' | 'mark' | 'keep' | 'none'; scroll?: boolean },
  ): void {
    if (!this.#byId.has(id)) return;
    this.#current = id;
    if (this.#store.state.event !== id) this.#store.update({ event: id }, 'replace');
    this.#reveal(id);
    if (options.open) this.#openPanel(id);
    this.render();
    this.#placePanel(options.scroll ?? false);
    if (options.focus === 'mark') this.focusCurrent();
    else if (options.focus === 'card') this.#panel.focus();
  }

  /** An embed's sources come with its data; a full page's list of events links them. */
  #sourcesOf(id: string): SourceLink[] {
    const indexes = this.#byId.get(id)?.sources;
    if (indexes === undefined) return this.#text.sourcesOf(id);
    return indexes.flatMap((index) => this.#data.sources[index] ?? []);
  }

  #openPanel(id: string): void {
    const item = this.#byId.get(id);
    if (!item) return;
    const index = this.#filtered.findIndex((i) => i.id === id);
    this.#panel.show({
      item,
      summary: this.#text.summaryOf(id),
      sources: this.#sourcesOf(id),
      data: this.#data,
      href: this.#hrefFor(id),
      previous: this.#filtered[index - 1],
      next: this.#filtered[index + 1],
      onStep: (target) => {
        this.select(target, { open: true, focus: 'keep' });
      },
      onClose: () => {
        this.closePanel();
        this.focusCurrent();
      },
    });
  }

  /** Moves the open card beside the selected mark; `scroll` brings the mark into view first. */
  #placePanel(scroll = false): void {
    const id = this.#store.state.event ?? this.#current;
    if (this.#panel.isOpen && id) this.#panel.place(this.#drawing.markFor(id), scroll);
  }

  closePanel(): void {
    if (!this.#panel.isOpen && !this.#store.state.event) return;
    this.#panel.hide();
    // Closing, like selecting, replaces the history entry: Back leaves the page's state as a
    // whole, not one selection at a time.
    if (this.#store.state.event) this.#store.update({ event: undefined }, 'replace');
    else this.render();
  }

  // ---- zoom and pan -----------------------------------------------------------------------

  /**
   * Moves the window. `slide` (a drag) shifts the overscanned drawing without laying it out,
   * drawing again only beyond the overscan; `draft` (wheel, pinch, overview) draws without
   * labels until the gesture rests; `redraw` (buttons, keys) draws everything.
   */
  setWindow(next: DayWindow, how: 'redraw' | 'draft' | 'slide' = 'redraw'): void {
    this.#window = clampWindow(next, this.#data.extent, MIN_DAYS);
    this.#queueUrl();
    if (how === 'slide') {
      if (!this.#slide()) this.render('pan');
      return;
    }
    this.scheduleRender(how === 'draft' ? 'draft' : 'full');
  }

  zoom(
    factor: number,
    pivot = (this.#window.from + this.#window.to + 1) / 2,
    how: 'redraw' | 'draft' = 'redraw',
  ): void {
    this.setWindow(zoomWindow(this.#window, factor, pivot), how);
  }

  /** Zooms to a bubble's events, far enough for them to come apart. */
  openCluster(cluster: SVGGElement): void {
    const from = Number(cluster.dataset.clusterFrom);
    const to = Number(cluster.dataset.clusterTo);
    const pad = Math.max(2, (to - from) * 0.3);
    this.setWindow({ from: from - pad, to: to + pad });
  }

  /** Slides the drawing to the current window; false when it must be drawn again. */
  #slide(): boolean {
    if (!this.#drawing.slide(this.#window)) return false;
    this.#drawing.drawOverview(this.#filtered, this.#window);
    this.#announceSoon();
    return true;
  }

  /** Writes the window to the URL once it has rested, replacing the history entry. */
  #queueUrl(): void {
    window.clearTimeout(this.#urlTimer);
    this.#urlTimer = window.setTimeout(() => {
      this.#store.update(paramsFromWindow(this.#window, this.#data.defaultWindow), 'replace');
    }, 250);
  }
}

/**
 * Actor names, read from the Actor select: each option names one, and in an actor's preset the
 * first ("no filter") names the preset's actor (`data-actor`).
 */
function actorNamesFrom(select: HTMLSelectElement): Record<string, string> {
  const names: Record<string, string> = {};
  for (const option of select.options) {
    const id = option.value || option.dataset.actor;
    if (id) names[id] = option.text;
  }
  return names;
}

if (!customElements.get('timeline-chart')) customElements.define('timeline-chart', TimelineChart);
