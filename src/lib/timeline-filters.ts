/**
 * What a filter does to the timeline's frame: the window refits to the events that match, lanes
 * with none collapse, and category chips read as "shown". Pure.
 */
import { isFiltering, matchesFilter, searchWords, type EventFilter } from './event-filter';
import type { DayWindow } from './timeline-scale';
import { toggleChosen } from './url-state';
import { CATEGORIES, type Category } from './vocabulary';

/** The span of `items` with a margin on each side (a tenth of the span, at least `minMargin` days). */
export function fitWindow(
  items: readonly { start: number; end: number }[],
  minMargin = 7,
): DayWindow | undefined {
  if (items.length === 0) return undefined;
  const from = Math.min(...items.map((item) => item.start));
  const to = Math.max(...items.map((item) => item.end));
  const margin = Math.max(minMargin, Math.round((to - from) * 0.1));
  return { from: from - margin, to: to + margin };
}

/** The lanes, in their order, that hold at least one of `items`. */
export function lanesWith(
  lanes: readonly Category[],
  items: readonly { category: Category }[],
): Category[] {
  const used = new Set(items.map((item) => item.category));
  return lanes.filter((lane) => used.has(lane));
}

/**
 * The categories after pressing a chip. With none chosen, every category is shown, so pressing
 * one narrows to it; otherwise the chip toggles, and choosing every lane means no filter.
 */
export function toggleCategory(
  chosen: readonly Category[],
  category: Category,
  lanes: readonly Category[],
): Category[] {
  return toggleChosen(chosen, category, lanes);
}

/** True when a chip's category is shown: all are, when none is chosen. */
export function isShown(chosen: readonly Category[], category: Category): boolean {
  return chosen.length === 0 || chosen.includes(category);
}

/**
 * The lanes to draw: the chart's own `lanes`, narrowed to the chosen categories; while filtering
 * with some match, only the lanes that hold one of `matches` (the others collapse).
 */
export function shownLanes(
  lanes: readonly Category[],
  filter: EventFilter,
  matches: readonly { category: Category }[],
): Category[] {
  const chosen =
    filter.categories.length > 0
      ? CATEGORIES.filter((c) => filter.categories.includes(c) && lanes.includes(c))
      : [...lanes];
  return isFiltering(filter) && matches.length > 0 ? lanesWith(chosen, matches) : chosen;
}

/**
 * The events of `items` that the filter keeps, in their order: only those whose details are
 * known (`actorsOf` returns undefined otherwise) and whose category is one of `lanes`. `textOf`
 * gives an event's title and summary, normalized (see `normalizeText`).
 */
export function filterItems<T extends { id: string; category: Category }>(
  items: readonly T[],
  lanes: readonly Category[],
  filter: EventFilter,
  actorsOf: (id: string) => readonly string[] | undefined,
  textOf: (item: T) => string,
): T[] {
  // An event's text is read only when there are words to look for: reading and normalizing
  // every title and summary on a page's first load cost more than the rest of the filtering.
  const searching = searchWords(filter.q).length > 0;
  return items.filter((item) => {
    const actorIds = actorsOf(item.id);
    if (actorIds === undefined || !lanes.includes(item.category)) return false;
    const text = searching ? textOf(item) : '';
    return matchesFilter({ id: item.id, category: item.category, actorIds, text }, filter);
  });
}
