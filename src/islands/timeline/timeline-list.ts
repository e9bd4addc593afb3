/**
 * The words around the drawing: the list of events (its items hidden as the filters drop them,
 * the selected one marked, its heading saying what it holds), the status line, and the no-match
 * message with its button that clears the filters.
 */
import type { TimelineItem } from '../../lib/layout-timeline';
import type { DayWindow } from '../../lib/timeline-scale';
import { formatListHeading, formatNoMatch, formatTimelineStatus } from '../../lib/timeline-view';
import { required } from '../shared/dom';
import type { SourceLink } from './timeline-data';

export class TimelineText {
  readonly #items = new Map<string, HTMLElement>();
  /** What the list shows now, so that a redraw touches only the items that change. */
  #shown: Set<string>;
  #current: string | undefined;
  readonly #status: HTMLElement;
  readonly #heading: HTMLElement;
  /** Said in the chart when no event matches, with a button that clears the filters. */
  readonly #empty: HTMLElement;

  /** Reads the list and status from `root`; stamps out the no-match message from its template. */
  constructor(root: HTMLElement, onClear: () => void) {
    for (const li of root.querySelectorAll<HTMLElement>('.tl-list > li[data-event-id]')) {
      this.#items.set(li.dataset.eventId ?? '', li);
    }
    this.#shown = new Set(this.#items.keys());
    this.#status = required(root, '.tl-status', HTMLElement);
    this.#heading = required(root, '.tl-list-wrap > summary', HTMLElement);
    const template = required(root, 'template[data-tl-empty]', HTMLTemplateElement);
    template.after(template.content.cloneNode(true));
    this.#empty = required(root, '.tl-empty', HTMLElement);
    this.#empty.hidden = true;
    required(this.#empty, 'button', HTMLButtonElement).addEventListener('click', onClear);
  }

  /** An event's title, from the list of events (the page carries it once). */
  titleOf(id: string): string {
    return this.#items.get(id)?.querySelector('.tl-list-title')?.textContent.trim() ?? '';
  }

  /** An event's date as the list shows it: "June 16, 2023", "July 6–9, 2023". */
  dateOf(id: string): string {
    const date = this.#items
      .get(id)
      ?.querySelector('.tl-list-date > time, .tl-list-date [aria-hidden]');
    return date?.textContent.trim() ?? '';
  }

  /**
   * An event's sources, from the links of its item in the list of events, where a full page
   * carries them (with the document's title as the link's title). Empty in an embed.
   */
  sourcesOf(id: string): SourceLink[] {
    const links = this.#items.get(id)?.querySelectorAll('.tl-list-sources a') ?? [];
    return [...links].map((link) => ({
      publisher: link.textContent.trim(),
      title: link.getAttribute('title') ?? '',
      url: link.getAttribute('href') ?? '',
      ...(link.hasAttribute('data-copy') ? { copy: true as const } : {}),
    }));
  }

  /** An event's summary, from the list of events (the page carries it once). */
  summaryOf(id: string): string {
    return this.#items.get(id)?.querySelector('.tl-list-summary')?.textContent ?? '';
  }

  /**
   * Hides list items the filters drop and marks the selected one. Only changed items are
   * touched: with thousands of events, rewriting every item on each frame of a zoom would cost
   * more than drawing the chart.
   */
  sync(filtered: readonly TimelineItem[], selected: string | undefined): void {
    if (filtered.length !== this.#shown.size || filtered.some((i) => !this.#shown.has(i.id))) {
      const kept = new Set(filtered.map((item) => item.id));
      for (const [id, li] of this.#items) {
        const hidden = !kept.has(id);
        if (li.hidden !== hidden) li.hidden = hidden;
      }
      this.#shown = kept;
    }
    if (selected !== this.#current) {
      if (this.#current) this.#items.get(this.#current)?.removeAttribute('aria-current');
      if (selected) this.#items.get(selected)?.setAttribute('aria-current', 'true');
      this.#current = selected;
    }
  }

  /** Says what is shown: the status line, the list's heading, the no-match message. */
  announce(counts: {
    total: number;
    shown: number;
    inWindow: number;
    window: DayWindow;
    q: string;
  }): void {
    const text = formatTimelineStatus(counts);
    if (this.#status.textContent !== text) this.#status.textContent = text;
    const heading = formatListHeading(counts.shown, counts.total);
    if (this.#heading.textContent !== heading) this.#heading.textContent = heading;
    this.#empty.hidden = counts.shown > 0;
    if (counts.shown === 0) {
      const words = this.#empty.querySelector('.tl-empty-text');
      if (words) words.textContent = formatNoMatch(counts.q);
    }
  }
}
