/**
 * <timeline-chart>: adds behaviour to the server-rendered timeline. It keeps the build-time
 * drawing until something changes (a filter, a zoom, a narrow screen), then lays out and draws
 * again with the same pure functions the build used.
 *
 * - Zoom and pan: buttons, mouse drag, double-click, the overview strip, pinch; the wheel only
 *   with Ctrl/⌘ or after a click into the chart. Touch never traps vertical page scrolling.
 * - Keyboard: one Tab stop; arrows move through events in time, Home/End, Enter opens the
 *   details, Escape closes them. Keys act only while the chart has focus.
 * - Filters (categories, actor, text) and the selected event live in the URL, shared with any
 *   linked view through the page's view store.
 */
import { firstDayIndex, formatCalendarDate, isoFromDayIndex } from '../../lib/calendar-date';
import { isFiltering, matchesFilter, normalizeText } from '../../lib/event-filter';
import {
  layoutOverview,
  layoutTimeline,
  overviewScale,
  visibleItems,
  type Orientation,
  type TimelineItem,
  type TimelineLayout,
  V,
} from '../../lib/layout-timeline';
import { renderOverview, renderTimeline } from '../../lib/render-timeline';
import {
  clampWindow,
  panWindow,
  timeScale,
  zoomWindow,
  type DayWindow,
} from '../../lib/timeline-scale';
import type { ViewState } from '../../lib/url-state';
import { CATEGORIES, type Category } from '../../lib/vocabulary';
import { element, required } from '../shared/dom';
import { fillCard, positionCard } from './details-card';
import { getViewStore, type ViewStore } from '../shared/view-store';
import { fitWindow, isShown, lanesWith, toggleCategory } from '../../lib/timeline-filters';
import type { TimelineData } from './timeline-data';
import { verticalBelow } from '../../lib/vertical-below';

const MIN_DAYS = 7;

export class TimelineChart extends HTMLElement {
  #data!: TimelineData;
  #store!: ViewStore;
  #svg!: SVGSVGElement;
  #content!: SVGGElement;
  #overview!: SVGSVGElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #hint!: HTMLElement;
  #listHeading!: HTMLElement;
  /** Said in the chart when no event matches, with a button that clears the filters. */
  #empty!: HTMLElement;
  #listItems = new Map<string, HTMLElement>();
  /** What the list shows now, so that a redraw touches only the items that change. */
  #listShown = new Set<string>();
  #listCurrent: string | undefined;
  #byId = new Map<string, TimelineItem>();
  /** Every event, in time order, with its title. */
  #items: TimelineItem[] = [];
  /** Each event's title and summary, normalized for the text filter once, when first needed. */
  #searchText = new Map<string, string>();

  #orientation: Orientation = 'horizontal';
  #window!: DayWindow;
  #layout: TimelineLayout | undefined;
  #filtered: TimelineItem[] = [];
  /** The filtered list the overview's histogram was drawn for. */
  #overviewOf: TimelineItem[] | undefined;
  #current: string | undefined;
  #panelOpen = false;
  /** After a click into the chart, the wheel zooms without a modifier. */
  #active = false;
  #frame = 0;
  #settleTimer = 0;
  #announceTimer = 0;
  /** The layer a pan slides, and the drawing it slides from. */
  #moving: SVGGElement | undefined;
  #panBase: { window: DayWindow; pxPerDay: number; limit: number } | undefined;
  #urlTimer = 0;
  #hintTimer = 0;
  #suppressClick = false;
  #pointers = new Map<number, { x: number; y: number }>();
  /** The drawing's box, measured once per gesture: measuring forces a layout. */
  #box: DOMRect | undefined;
  #gesture:
    | {
        kind: 'pan' | 'pinch';
        start: DayWindow;
        from: number;
        distance?: number;
        pivot?: number;
        moved: boolean;
      }
    | undefined;

  connectedCallback(): void {
    this.#data = JSON.parse(
      required(this, 'script.tl-data', HTMLScriptElement).textContent,
    ) as TimelineData;
    this.#svg = required(this, 'svg.tl-svg', SVGSVGElement);
    this.#content = required(this, 'g.tl-content', SVGGElement);
    this.#overview = required(this, 'svg.tl-overview', SVGSVGElement);
    // The build's downward copy, shown by CSS until now: from here on the script draws either way
    // in the one SVG, so the copy goes (and with it a second set of event links).
    this.querySelector('svg.tl-svg-v')?.remove();
    this.#panel = required(this, '.tl-panel', HTMLElement);
    this.#status = required(this, '.tl-status', HTMLElement);
    this.#hint = required(this, '.tl-hint', HTMLElement);
    this.#listHeading = required(this, '.tl-list-wrap > summary', HTMLElement);
    const emptyTemplate = required(this, 'template[data-tl-empty]', HTMLTemplateElement);
    emptyTemplate.after(emptyTemplate.content.cloneNode(true));
    this.#empty = required(this, '.tl-empty', HTMLElement);
    this.#empty.hidden = true;
    required(this.#empty, 'button', HTMLButtonElement).addEventListener('click', () => {
      this.#store.update({ q: '', actors: [], categories: [] }, 'push');
      required(this, 'input.tl-search', HTMLInputElement).value = '';
    });
    for (const li of this.querySelectorAll<HTMLElement>('.tl-list > li[data-event-id]')) {
      this.#listItems.set(li.dataset.eventId ?? '', li);
    }
    // Titles come from the list of events, where the page already carries them.
    this.#items = this.#data.items.map((item) => ({
      ...item,
      title:
        this.#listItems.get(item.id)?.querySelector('.tl-list-title')?.textContent.trim() ?? '',
    }));
    for (const item of this.#items) this.#byId.set(item.id, item);
    this.#listShown = new Set(this.#listItems.keys());
    this.#store = getViewStore(
      {
        events: new Set(Object.keys(this.#data.events)),
        actors: new Set(Object.keys(this.#data.actors)),
      },
      { embedded: this.#data.embedded },
    );
    this.#window = this.#windowFromState(this.#store.state);
    this.#orientation = this.#wantedOrientation();
    this.#filtered = this.#applyFilter(this.#store.state);
    this.#syncControls(this.#store.state);
    if (this.#store.state.from === undefined && this.#store.state.to === undefined)
      this.#refit(this.#store.state);

    const state = this.#store.state;
    const reuse =
      this.#orientation === 'horizontal' &&
      !isFiltering(state) &&
      state.event === undefined &&
      state.from === undefined &&
      state.to === undefined;
    if (reuse) this.#adoptServerDrawing();
    else this.#render();
    if (state.event) {
      this.#select(state.event, { open: true, focus: 'none' });
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

    this.#bindControls();
    this.#bindPointer();
    this.#bindKeyboard();
    this.#bindOverview();
    this.#store.subscribe((next, previous) => {
      this.#onState(next, previous);
    });
    new ResizeObserver(() => {
      const wanted = this.#wantedOrientation();
      if (wanted !== this.#orientation) {
        this.#orientation = wanted;
        this.#render();
      }
    }).observe(this);
    // The dialog's code loads only where there is a dialog: embeds never carry it.
    if (this.querySelector('dialog.embed-dialog'))
      void import('../embed/embed-dialog').then(({ bindEmbedDialog }) => {
        bindEmbedDialog(this, () => this.#store.state);
      });
    this.dataset.ready = 'true';
  }

  // ---- state ------------------------------------------------------------------------------

  #windowFromState(state: ViewState): DayWindow {
    const from = state.from ? firstDayIndex(state.from) : this.#data.defaultWindow.from;
    const to = state.to ? firstDayIndex(state.to) : this.#data.defaultWindow.to;
    return clampWindow({ from, to }, this.#data.extent, MIN_DAYS);
  }

  #applyFilter(state: ViewState): TimelineItem[] {
    return this.#items.filter((item) => {
      const extra = this.#data.events[item.id];
      return (
        extra !== undefined &&
        this.#data.lanes.includes(item.category) &&
        matchesFilter(
          {
            id: item.id,
            category: item.category,
            actorIds: extra.actors,
            text: this.#textOf(item),
          },
          state,
        )
      );
    });
  }

  /** An event's summary, from the list of events (the page carries it once). */
  #summaryOf(id: string): string {
    return this.#listItems.get(id)?.querySelector('.tl-list-summary')?.textContent ?? '';
  }

  #textOf(item: TimelineItem): string {
    let text = this.#searchText.get(item.id);
    if (text === undefined) {
      text = normalizeText(`${item.title} ${this.#summaryOf(item.id)}`);
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
      this.#syncControls(state);
      if (state.from === previous.from && state.to === previous.to) this.#refit(state);
    }
    if (state.from !== previous.from || state.to !== previous.to) {
      const wanted = this.#windowFromState(state);
      if (
        Math.abs(wanted.from - this.#window.from) > 0.5 ||
        Math.abs(wanted.to - this.#window.to) > 0.5
      ) {
        this.#window = wanted;
      }
    }
    if (state.event !== previous.event) {
      if (state.event) this.#select(state.event, { open: true, focus: 'none' });
      else this.#closePanel();
    }
    this.#render();
  }

  #wantedOrientation(): Orientation {
    const below = verticalBelow(this.#data.embedded);
    return this.clientWidth > 0 && this.clientWidth < below ? 'vertical' : 'horizontal';
  }

  // ---- drawing ----------------------------------------------------------------------------

  #lanes(state: ViewState): Category[] {
    const lanes =
      state.categories.length > 0
        ? CATEGORIES.filter((c) => state.categories.includes(c) && this.#data.lanes.includes(c))
        : this.#data.lanes;
    // Filtered, a lane with no matching event collapses.
    return isFiltering(state) && this.#filtered.length > 0
      ? lanesWith(lanes, this.#filtered)
      : lanes;
  }

  /** After a filter: the window fits the matching events; no filter, the default window. */
  #refit(state: ViewState): void {
    const fitted = isFiltering(state) ? fitWindow(this.#filtered) : this.#data.defaultWindow;
    if (fitted) this.#window = clampWindow(fitted, this.#data.extent, MIN_DAYS);
  }

  #hrefFor = (id: string) => `${this.#data.base}events/${id}/`;

  /** Makes the build-time drawing interactive without redrawing it. */
  #adoptServerDrawing(): void {
    this.#layout = layoutTimeline(this.#filtered, this.#layoutOptions());
    const marks = this.#content.querySelectorAll<SVGAElement>('a[data-event-id]');
    this.#current = marks[0]?.dataset.eventId;
    for (const mark of marks)
      mark.setAttribute('tabindex', mark.dataset.eventId === this.#current ? '0' : '-1');
    this.#announce();
  }

  #layoutOptions() {
    const state = this.#store.state;
    return {
      orientation: this.#orientation,
      width: this.#orientation === 'horizontal' ? this.#data.width : V.width,
      window: this.#window,
      lanes: this.#lanes(state),
      eras: this.#data.eras,
    };
  }

  /**
   * Draws in full on the next frame, or, for a gesture still moving (`draft`), once it has
   * rested for 150 ms.
   */
  #scheduleRender(mode: 'full' | 'draft' = 'full'): void {
    window.clearTimeout(this.#settleTimer);
    if (mode === 'draft') {
      // The gesture is still moving: draw in full once it has rested.
      this.#settleTimer = window.setTimeout(() => {
        this.#scheduleRender('full');
      }, 150);
      return;
    }
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#render('full');
    });
  }

  /**
   * Lays out and draws. `pan` also lays out a window-width either side, clipped, so that the
   * drag that follows only slides the drawing (see #slide).
   */
  #render(mode: 'full' | 'draft' | 'pan' = 'full'): void {
    const focused = this.#svg.contains(document.activeElement);
    const state = this.#store.state;
    const pan = mode === 'pan' && this.#orientation === 'horizontal';
    const layout = layoutTimeline(this.#filtered, {
      ...this.#layoutOptions(),
      overscan: pan ? 1 : 0,
    });
    this.#layout = layout;
    const scale = timeScale(this.#window, layout.axis.from, layout.axis.to);
    this.#panBase = pan
      ? {
          window: { ...this.#window },
          pxPerDay: scale.pxPerDay,
          limit: layout.axis.to - layout.axis.from,
        }
      : undefined;
    const singles = new Set(layout.marks.flatMap((m) => (m.item ? [m.item.id] : [])));
    if (this.#current === undefined || !singles.has(this.#current)) {
      this.#current =
        state.event && singles.has(state.event)
          ? state.event
          : layout.marks.find((m) => m.item)?.item?.id;
    }
    const viewBox = `0 0 ${layout.width} ${layout.height}`;
    if (this.#svg.getAttribute('viewBox') !== viewBox) this.#svg.setAttribute('viewBox', viewBox);
    if (this.#svg.dataset.orientation !== layout.orientation) {
      this.#svg.dataset.orientation = layout.orientation;
      this.classList.toggle('is-vertical', layout.orientation === 'vertical');
    }
    this.#content.innerHTML = renderTimeline(
      layout,
      {
        hrefFor: this.#hrefFor,
        interactive: true,
        currentId: this.#current,
        selectedId: state.event,
        draft: mode === 'draft',
        newTab: this.#data.embedded,
      },
      this.#data.prefix,
    );
    this.#moving = this.#content.querySelector<SVGGElement>('g.tl-moving') ?? undefined;
    // With no single mark to hold it, the tab stop goes to the drawing itself.
    this.#svg.setAttribute('tabindex', this.#current ? '-1' : '0');
    this.#renderOverview();
    this.#syncList(state);
    if (mode === 'full') this.#announce();
    else this.#announceSoon();
    if (focused) this.#focusCurrent();
    if (mode === 'full') this.#placePanel();
  }

  /** Redraws the histogram when the filtered events change; otherwise only moves the window. */
  #renderOverview(): void {
    if (this.#overviewOf !== this.#filtered) {
      const overview = layoutOverview(
        this.#filtered,
        this.#data.extent,
        this.#window,
        this.#data.width,
      );
      required(this.#overview, 'g.tl-overview-content', SVGGElement).innerHTML =
        renderOverview(overview);
      this.#overviewOf = this.#filtered;
      return;
    }
    const scale = overviewScale(this.#data.extent, this.#data.width);
    const from = scale.position(this.#window.from);
    const to = scale.position(this.#window.to + 1);
    const rect = required(this.#overview, 'rect.tl-ov-window', SVGRectElement);
    rect.setAttribute('x', String(Math.round(from * 10) / 10));
    rect.setAttribute('width', String(Math.round(Math.max(4, to - from) * 10) / 10));
  }

  /**
   * Hides list items the filters drop and marks the selected one. Only changed items are
   * touched: with thousands of events, rewriting every item on each frame of a zoom would cost
   * more than drawing the chart.
   */
  #syncList(state: ViewState): void {
    if (
      this.#filtered.length !== this.#listShown.size ||
      this.#filtered.some((item) => !this.#listShown.has(item.id))
    ) {
      const kept = new Set(this.#filtered.map((item) => item.id));
      for (const [id, li] of this.#listItems) {
        const hidden = !kept.has(id);
        if (li.hidden !== hidden) li.hidden = hidden;
      }
      this.#listShown = kept;
    }
    if (state.event !== this.#listCurrent) {
      if (this.#listCurrent)
        this.#listItems.get(this.#listCurrent)?.removeAttribute('aria-current');
      if (state.event) this.#listItems.get(state.event)?.setAttribute('aria-current', 'true');
      this.#listCurrent = state.event;
    }
  }

  /** During a gesture the count is announced once the gesture rests, not on every frame. */
  #announceSoon(): void {
    window.clearTimeout(this.#announceTimer);
    this.#announceTimer = window.setTimeout(() => {
      this.#announce();
    }, 300);
  }

  #announce(): void {
    const total = this.#items.length;
    const shown = this.#filtered.length;
    const inWindow = visibleItems(this.#filtered, this.#window).length;
    const range = `from ${formatDay(this.#window.from)} to ${formatDay(this.#window.to)}`;
    const state = this.#store.state;
    const text =
      shown === 0
        ? `${formatNoMatch(state.q)} Clear the filters to see all ${total} events.`
        : shown === total
          ? `${total} events. In view: ${inWindow}, ${range}.`
          : `Showing ${shown} of ${total} events. In view: ${inWindow}, ${range}.`;
    if (this.#status.textContent !== text) this.#status.textContent = text;
    const heading =
      shown === total ? `The ${total} events as a list` : `${shown} of ${total} events`;
    if (this.#listHeading.textContent !== heading) this.#listHeading.textContent = heading;
    this.#empty.hidden = shown > 0;
    if (shown === 0) {
      const words = this.#empty.querySelector('.tl-empty-text');
      if (words) words.textContent = formatNoMatch(state.q);
    }
  }

  // ---- selection and the details panel ----------------------------------------------------

  #markFor(id: string): SVGAElement | null {
    return this.#content.querySelector<SVGAElement>(`a[data-event-id="${CSS.escape(id)}"]`);
  }

  #focusCurrent(): void {
    const mark = this.#current ? this.#markFor(this.#current) : null;
    if (mark) mark.focus({ preventScroll: true });
    else this.#svg.focus({ preventScroll: true });
  }

  /** Brings an event into view as a single mark: pans to it, zooming in if it is clustered. */
  #reveal(id: string): void {
    const item = this.#byId.get(id);
    if (!item) return;
    const span = this.#window.to - this.#window.from;
    if (item.end < this.#window.from || item.start > this.#window.to) {
      const centre = (item.start + item.end) / 2;
      this.#window = clampWindow(
        { from: centre - span / 2, to: centre + span / 2 },
        this.#data.extent,
        MIN_DAYS,
      );
    }
    for (let i = 0; i < 12; i++) {
      const layout = layoutTimeline(this.#filtered, this.#layoutOptions());
      if (
        layout.marks.some((m) => m.item?.id === id) ||
        this.#window.to - this.#window.from <= MIN_DAYS
      )
        break;
      this.#window = clampWindow(
        zoomWindow(this.#window, 2, (item.start + item.end + 1) / 2),
        this.#data.extent,
        MIN_DAYS,
      );
    }
  }

  /** Keyboard movement: the panel, when open, follows without adding history entries. */
  #moveTo(id: string): void {
    this.#current = id;
    this.#reveal(id);
    if (this.#panelOpen) {
      this.#openPanel(id);
      this.#store.update({ event: id }, 'replace');
    }
    this.#render();
    this.#placePanel();
    this.#focusCurrent();
    this.#queueUrl();
  }

  /**
   * Selects an event: the URL's `event` (replacing the history entry), its card open beside it.
   * `focus`: 'card' moves focus into the card (Enter), 'mark' onto the mark (a click), 'keep'
   * leaves it where it is (previous/next inside the card), 'none' for a deep link.
   */
  #select(
    id: string,
    options: { open: boolean; focus: 'card' | 'mark' | 'keep' | 'none'; scroll?: boolean },
  ): void {
    if (!this.#byId.has(id)) return;
    this.#current = id;
    if (this.#store.state.event !== id) this.#store.update({ event: id }, 'replace');
    this.#reveal(id);
    if (options.open) this.#openPanel(id);
    this.#render();
    this.#placePanel(options.scroll ?? false);
    if (options.focus === 'mark') this.#focusCurrent();
    else if (options.focus === 'card') this.#panel.focus({ preventScroll: true });
  }

  #openPanel(id: string): void {
    const item = this.#byId.get(id);
    if (!item) return;
    this.#panelOpen = true;
    const index = this.#filtered.findIndex((i) => i.id === id);
    fillCard(this.#panel, {
      item,
      summary: this.#summaryOf(id),
      data: this.#data,
      href: this.#hrefFor(id),
      previous: this.#filtered[index - 1],
      next: this.#filtered[index + 1],
      onStep: (target) => {
        this.#select(target, { open: true, focus: 'keep' });
      },
      onClose: () => {
        this.#closePanel();
        this.#focusCurrent();
      },
    });
  }

  /** Moves the open card beside the selected mark; `scroll` brings the mark into view first. */
  #placePanel(scroll = false): void {
    if (!this.#panelOpen) return;
    const id = this.#store.state.event ?? this.#current;
    const mark = id ? this.#markFor(id) : null;
    if (mark) positionCard(this.#panel, this, mark, { scroll });
  }

  #closePanel(): void {
    if (!this.#panelOpen && !this.#store.state.event) return;
    this.#panelOpen = false;
    this.#panel.classList.remove('is-open', 'is-card', 'is-sheet');
    this.#panel.replaceChildren();
    this.#panel.removeAttribute('aria-labelledby');
    // Closing, like selecting, replaces the history entry: Back leaves the page's state as a
    // whole, not one selection at a time.
    if (this.#store.state.event) this.#store.update({ event: undefined }, 'replace');
    else this.#render();
  }

  // ---- zoom and pan -----------------------------------------------------------------------

  /**
   * Moves the window. `slide` (a drag) shifts the overscanned drawing without laying it out,
   * drawing again only beyond the overscan; `draft` (wheel, pinch, overview) draws without
   * labels until the gesture rests; `redraw` (buttons, keys) draws everything.
   */
  #setWindow(next: DayWindow, how: 'redraw' | 'draft' | 'slide' = 'redraw'): void {
    this.#window = clampWindow(next, this.#data.extent, MIN_DAYS);
    this.#queueUrl();
    if (how === 'slide') {
      if (!this.#slide()) this.#render('pan');
      return;
    }
    this.#scheduleRender(how === 'draft' ? 'draft' : 'full');
  }

  /** Slides the drawing to the current window; false when it must be drawn again. */
  #slide(): boolean {
    const base = this.#panBase;
    if (!base || !this.#moving) return false;
    const sameSpan =
      Math.abs(this.#window.to - this.#window.from - (base.window.to - base.window.from)) < 1e-6;
    const offset = (base.window.from - this.#window.from) * base.pxPerDay;
    if (!sameSpan || Math.abs(offset) > base.limit * 0.9) return false;
    this.#moving.setAttribute('transform', `translate(${Math.round(offset * 10) / 10} 0)`);
    this.#renderOverview();
    this.#announceSoon();
    return true;
  }

  #queueUrl(): void {
    window.clearTimeout(this.#urlTimer);
    this.#urlTimer = window.setTimeout(() => {
      const isDefault =
        Math.round(this.#window.from) === this.#data.defaultWindow.from &&
        Math.round(this.#window.to) === this.#data.defaultWindow.to;
      this.#store.update(
        isDefault
          ? { from: undefined, to: undefined }
          : {
              from: isoFromDayIndex(Math.round(this.#window.from)),
              to: isoFromDayIndex(Math.round(this.#window.to)),
            },
        'replace',
      );
    }, 250);
  }

  #zoom(
    factor: number,
    pivot = (this.#window.from + this.#window.to + 1) / 2,
    how: 'redraw' | 'draft' = 'redraw',
  ): void {
    this.#setWindow(zoomWindow(this.#window, factor, pivot), how);
  }

  #svgBox(): DOMRect {
    return this.#box ?? this.#svg.getBoundingClientRect();
  }

  /** The day under a client point, along the time axis. */
  #dayAt(clientX: number, clientY: number): number {
    const layout = this.#layout;
    if (!layout) return (this.#window.from + this.#window.to) / 2;
    const box = this.#svgBox();
    const unitsPerPx = layout.width / box.width;
    const along =
      layout.orientation === 'horizontal'
        ? (clientX - box.left) * unitsPerPx
        : (clientY - box.top) * unitsPerPx;
    return timeScale(this.#window, layout.axis.from, layout.axis.to).day(along);
  }

  /** Days per CSS pixel along the time axis. */
  #daysPerPx(): number {
    const layout = this.#layout;
    if (!layout) return 1;
    const unitsPerPx = layout.width / this.#svgBox().width;
    return unitsPerPx / timeScale(this.#window, layout.axis.from, layout.axis.to).pxPerDay;
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
    svg.addEventListener(
      'wheel',
      (event) => {
        if (!(event.ctrlKey || event.metaKey || this.#active)) {
          this.#showHint(
            'To zoom with the wheel, hold Ctrl (⌘ on a Mac) or click the timeline first.',
          );
          return;
        }
        event.preventDefault();
        const horizontalScroll = Math.abs(event.deltaX) > Math.abs(event.deltaY);
        if (horizontalScroll) {
          this.#setWindow(panWindow(this.#window, event.deltaX * this.#daysPerPx()), 'draft');
        } else {
          this.#zoom(
            Math.exp(-event.deltaY * 0.002),
            this.#dayAt(event.clientX, event.clientY),
            'draft',
          );
        }
      },
      { passive: false },
    );
    svg.addEventListener('dblclick', (event) => {
      event.preventDefault();
      this.#zoom(2, this.#dayAt(event.clientX, event.clientY));
    });
    svg.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      this.#active = true;
      this.#box = this.#svg.getBoundingClientRect();
      this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const along = this.#orientation === 'horizontal' ? event.clientX : event.clientY;
      if (this.#pointers.size === 2) {
        const [a, b] = [...this.#pointers.values()];
        if (a && b) {
          this.#gesture = {
            kind: 'pinch',
            start: this.#window,
            from: along,
            distance: Math.hypot(a.x - b.x, a.y - b.y),
            pivot: this.#dayAt((a.x + b.x) / 2, (a.y + b.y) / 2),
            moved: true,
          };
        }
      } else if (this.#pointers.size === 1) {
        this.#gesture = { kind: 'pan', start: this.#window, from: along, moved: false };
      }
    });
    svg.addEventListener('pointermove', (event) => {
      if (!this.#pointers.has(event.pointerId) || !this.#gesture) return;
      this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const gesture = this.#gesture;
      if (gesture.kind === 'pinch') {
        const [a, b] = [...this.#pointers.values()];
        if (!a || !b || !gesture.distance || gesture.pivot === undefined) return;
        const factor = Math.hypot(a.x - b.x, a.y - b.y) / gesture.distance;
        this.#setWindow(zoomWindow(gesture.start, factor, gesture.pivot), 'draft');
        return;
      }
      // On touch, a vertical drag in the vertical layout is the page's scroll, not a pan.
      if (event.pointerType === 'touch' && this.#orientation === 'vertical') return;
      const along = this.#orientation === 'horizontal' ? event.clientX : event.clientY;
      const delta = along - gesture.from;
      if (!gesture.moved && Math.abs(delta) < 4) return;
      if (!gesture.moved) {
        gesture.moved = true;
        svg.setPointerCapture(event.pointerId);
        this.#svg.classList.add('is-panning');
        this.#render('pan');
      }
      this.#setWindow(panWindow(gesture.start, -delta * this.#daysPerPx()), 'slide');
    });
    const end = (event: PointerEvent) => {
      this.#pointers.delete(event.pointerId);
      if (this.#gesture?.moved) this.#suppressClick = true;
      if (this.#pointers.size === 0) {
        if (this.#gesture?.moved) this.#scheduleRender('full');
        this.#gesture = undefined;
        this.#box = undefined;
        this.#svg.classList.remove('is-panning');
      }
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    this.addEventListener('pointerleave', () => {
      this.#active = false;
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#active = false;
    });

    svg.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (this.#suppressClick) {
        this.#suppressClick = false;
        event.preventDefault();
        return;
      }
      const mark = target.closest<SVGAElement>('a[data-event-id]');
      if (mark) {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        this.#select(mark.dataset.eventId ?? '', { open: true, focus: 'mark' });
        return;
      }
      const cluster = target.closest<SVGGElement>('g.tl-cluster');
      if (cluster) this.#openCluster(cluster);
    });
  }

  /** Zooms to a bubble's events, far enough for them to come apart. */
  #openCluster(cluster: SVGGElement): void {
    const from = Number(cluster.dataset.clusterFrom);
    const to = Number(cluster.dataset.clusterTo);
    const pad = Math.max(2, (to - from) * 0.3);
    this.#setWindow({ from: from - pad, to: to + pad });
  }

  #bindOverview(): void {
    const overview = this.#overview;
    let drag: { offset: number; mode: 'move' | 'from' | 'to' } | undefined;
    const scale = overviewScale(this.#data.extent, this.#data.width);
    const dayAt = (clientX: number) => {
      const box = overview.getBoundingClientRect();
      return scale.day(((clientX - box.left) * this.#data.width) / box.width);
    };
    overview.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      const day = dayAt(event.clientX);
      const span = this.#window.to - this.#window.from;
      const edge = (this.#data.extent.to - this.#data.extent.from) / 150;
      let mode: 'move' | 'from' | 'to' = 'move';
      if (Math.abs(day - this.#window.from) < edge) mode = 'from';
      else if (Math.abs(day - this.#window.to) < edge) mode = 'to';
      else if (day < this.#window.from || day > this.#window.to) {
        this.#setWindow({ from: day - span / 2, to: day + span / 2 });
      }
      drag = { offset: day - this.#window.from, mode };
      overview.setPointerCapture(event.pointerId);
    });
    overview.addEventListener('pointermove', (event) => {
      if (!drag) return;
      const day = dayAt(event.clientX);
      const span = this.#window.to - this.#window.from;
      if (drag.mode === 'move')
        this.#setWindow({ from: day - drag.offset, to: day - drag.offset + span }, 'draft');
      else if (drag.mode === 'from')
        this.#setWindow(
          { from: Math.min(day, this.#window.to - MIN_DAYS), to: this.#window.to },
          'draft',
        );
      else
        this.#setWindow(
          { from: this.#window.from, to: Math.max(day, this.#window.from + MIN_DAYS) },
          'draft',
        );
    });
    const stop = () => {
      drag = undefined;
    };
    overview.addEventListener('pointerup', stop);
    overview.addEventListener('pointercancel', stop);
  }

  // ---- keyboard ---------------------------------------------------------------------------

  #bindKeyboard(): void {
    this.#svg.addEventListener('keydown', (event) => {
      const ids = this.#filtered.map((item) => item.id);
      if (ids.length === 0) return;
      const index = this.#current ? ids.indexOf(this.#current) : -1;
      let target: string | undefined;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          target = ids[Math.min(ids.length - 1, index + 1)];
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          target = ids[Math.max(0, index - 1)];
          break;
        case 'Home':
          target = ids[0];
          break;
        case 'End':
          target = ids[ids.length - 1];
          break;
        case 'Enter':
        case ' ': {
          event.preventDefault();
          const cluster = (event.target as Element).closest<SVGGElement>('g.tl-cluster');
          if (cluster) {
            this.#openCluster(cluster);
            return;
          }
          if (this.#current) this.#select(this.#current, { open: true, focus: 'card' });
          return;
        }
        case 'Escape':
          if (this.#panelOpen) {
            event.preventDefault();
            this.#closePanel();
            this.#focusCurrent();
          }
          return;
        case '+':
        case '=':
          event.preventDefault();
          this.#zoom(1.5);
          return;
        case '-':
          event.preventDefault();
          this.#zoom(1 / 1.5);
          return;
        default:
          return;
      }
      event.preventDefault();
      if (target) this.#moveTo(target);
    });
    this.#panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.#closePanel();
        this.#focusCurrent();
      }
    });
  }

  // ---- controls ---------------------------------------------------------------------------

  #syncControls(state: ViewState): void {
    for (const chip of this.querySelectorAll<HTMLButtonElement>('.tl-chip')) {
      chip.setAttribute(
        'aria-pressed',
        String(isShown(state.categories, chip.dataset.category as Category)),
      );
    }
    const select = required(this, 'select.tl-actor', HTMLSelectElement);
    select.querySelector('option[data-multiple]')?.remove();
    if (state.actors.length > 1) {
      const option = element('option', { textContent: `${state.actors.length} actors` });
      option.dataset.multiple = 'true';
      option.value = state.actors.join(',');
      select.append(option);
    }
    select.value = state.actors.join(',');
    const search = required(this, 'input.tl-search', HTMLInputElement);
    if (search.value !== state.q && document.activeElement !== search) search.value = state.q;
  }

  #bindControls(): void {
    for (const chip of this.querySelectorAll<HTMLButtonElement>('.tl-chip')) {
      chip.addEventListener('click', () => {
        const categories = toggleCategory(
          this.#store.state.categories,
          chip.dataset.category as Category,
          this.#data.lanes,
        );
        this.#store.update({ categories }, 'push');
      });
    }
    required(this, 'select.tl-actor', HTMLSelectElement).addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      this.#store.update({ actors: value ? value.split(',') : [] }, 'push');
    });
    let typing = 0;
    required(this, 'input.tl-search', HTMLInputElement).addEventListener('input', (event) => {
      const value = (event.target as HTMLInputElement).value;
      window.clearTimeout(typing);
      typing = window.setTimeout(() => {
        this.#store.update({ q: value.trim() }, 'replace');
      }, 150);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        switch (button.dataset.zoom) {
          case 'in':
            this.#zoom(2);
            break;
          case 'out':
            this.#zoom(0.5);
            break;
          case 'reset':
            this.#setWindow(this.#data.defaultWindow);
            break;
          default:
            this.#setWindow(this.#data.extent);
        }
      });
    }
  }
}

function formatNoMatch(q: string): string {
  return q ? `No event matches “${q}”.` : 'No event matches these filters.';
}

function formatDay(day: number): string {
  return formatCalendarDate(isoFromDayIndex(Math.round(day)), 'short');
}

if (!customElements.get('timeline-chart')) customElements.define('timeline-chart', TimelineChart);
