/**
 * The timeline's view as the URL and the status line tell it: the window a state asks for, the
 * `from`/`to` a window writes back, the window that brings one event into view, and the words the
 * chart says about what it shows. Pure: the element in src/islands/timeline calls these.
 */
import { firstDayIndex, formatCalendarDate, isoFromDayIndex } from './calendar-date';
import { clampWindow, zoomWindow, type DayWindow } from './timeline-scale';

/** The narrowest window, in days, that zooming may reach. */
export const MIN_DAYS = 7;

/**
 * The longest list of events that a page asking for it shows unfolded under the chart. Longer,
 * it starts folded (its summary, one click or tap, opens it, with or without JavaScript): nobody
 * reads thousands of items unrolled, and the browser tracks each item on screen at every frame of
 * a gesture (at 5,000 events, 10-15 ms of each frame; docs/performance.md).
 */
export const LIST_OPEN_MAX = 300;

/** Whether the list of `count` events starts unfolded, when the page asks for it (`asked`). */
export function listStartsOpen(asked: boolean, count: number): boolean {
  return asked && count <= LIST_OPEN_MAX;
}

/** The window a link's `from`/`to` ask for, each side defaulting to `fallback`, kept in `extent`. */
export function windowFromParams(
  params: { from?: string | undefined; to?: string | undefined },
  fallback: DayWindow,
  extent: DayWindow,
): DayWindow {
  const from = params.from ? firstDayIndex(params.from) : fallback.from;
  const to = params.to ? firstDayIndex(params.to) : fallback.to;
  return clampWindow({ from, to }, extent, MIN_DAYS);
}

/** The `from`/`to` to write for a window: none when it is the default window (to whole days). */
export function paramsFromWindow(
  window: DayWindow,
  fallback: DayWindow,
): { from: string | undefined; to: string | undefined } {
  const from = Math.round(window.from);
  const to = Math.round(window.to);
  return from === fallback.from && to === fallback.to
    ? { from: undefined, to: undefined }
    : { from: isoFromDayIndex(from), to: isoFromDayIndex(to) };
}

/**
 * The window in which an event (`start`–`end`, day indexes) shows: the same span centred on it if
 * it lies outside, then zoomed in around it, at most 12 times, until `isSingle(window)` says it is
 * drawn as a single mark (not in a bubble) or the window is as narrow as it may be.
 */
export function revealWindow(
  item: { start: number; end: number },
  window: DayWindow,
  extent: DayWindow,
  isSingle: (window: DayWindow) => boolean,
): DayWindow {
  let next = window;
  const span = window.to - window.from;
  if (item.end < window.from || item.start > window.to) {
    const centre = (item.start + item.end) / 2;
    next = clampWindow({ from: centre - span / 2, to: centre + span / 2 }, extent, MIN_DAYS);
  }
  for (let i = 0; i < 12; i++) {
    if (isSingle(next) || next.to - next.from <= MIN_DAYS) break;
    next = clampWindow(zoomWindow(next, 2, (item.start + item.end + 1) / 2), extent, MIN_DAYS);
  }
  return next;
}

/** Said when no event matches: the search words if there are some. */
export function formatNoMatch(q: string): string {
  return q ? `No event matches “${q}”.` : 'No event matches these filters.';
}

function formatDay(day: number): string {
  return formatCalendarDate(isoFromDayIndex(Math.round(day)), 'short');
}

/** The status line: how many events the filters keep, and how many of them the window shows. */
export function formatTimelineStatus(counts: {
  total: number;
  shown: number;
  inWindow: number;
  window: DayWindow;
  q: string;
}): string {
  const { total, shown, inWindow, window } = counts;
  const range = `from ${formatDay(window.from)} to ${formatDay(window.to)}`;
  if (shown === 0)
    return `${formatNoMatch(counts.q)} Clear the filters to see all ${total} events.`;
  return shown === total
    ? `${total} events. In view: ${inWindow}, ${range}.`
    : `Showing ${shown} of ${total} events. In view: ${inWindow}, ${range}.`;
}

/** The heading of the list of events: what it holds. */
export function formatListHeading(shown: number, total: number): string {
  return shown === total ? `The ${total} events as a list` : `${shown} of ${total} events`;
}

/**
 * The active filters in words, for the summary beside the Filter button: "All events", or the
 * categories, actors and search words joined by " · " ("Diplomacy · Antony Blinken · “key”").
 * `categoryLabel` and `actorName` turn ids into words; more than two of a kind are counted.
 * `preset` names a preset's own filter (its actor or category), which always comes first: a
 * preset's events are all its chart holds, whatever else narrows them.
 */
export function formatFilterSummary(
  filter: { categories: readonly string[]; actors: readonly string[]; q: string },
  categoryLabel: (id: string) => string,
  actorName: (id: string) => string,
  preset?: string,
): string {
  const list = (ids: readonly string[], name: (id: string) => string, plural: string) =>
    ids.length > 2 ? [`${ids.length} ${plural}`] : ids.map(name);
  const parts = [
    ...list(filter.categories, categoryLabel, 'categories'),
    ...list(filter.actors, actorName, 'actors'),
    ...(filter.q.trim() ? [`“${filter.q.trim()}”`] : []),
  ];
  const all = preset ? [preset, ...parts.filter((part) => part !== preset)] : parts;
  return all.length > 0 ? all.join(' · ') : 'All events';
}
