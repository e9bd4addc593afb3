/**
 * Which events a reader's filters keep: categories (any of), actors (any of) and a text search
 * over title and summary that ignores case and accents.
 */
import type { ViewState } from './url-state';
import type { Category } from './vocabulary';

/** What the filters read of an event. */
export interface FilterableEvent {
  id: string;
  category: Category;
  actorIds: readonly string[];
  /** Title and summary, already passed through `normalizeText`. */
  text: string;
}

/** Lower case, accents removed, runs of spaces collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export type EventFilter = Pick<ViewState, 'categories' | 'actors' | 'q'>;

/** True when the event passes every active filter. */
export function matchesFilter(event: FilterableEvent, filter: EventFilter): boolean {
  if (filter.categories.length > 0 && !filter.categories.includes(event.category)) return false;
  if (filter.actors.length > 0 && !filter.actors.some((id) => event.actorIds.includes(id)))
    return false;
  return searchWords(filter.q).every((word) => event.text.includes(word));
}

/** The words of a search, normalized; none for an empty one (without running the normalizer). */
export function searchWords(q: string): string[] {
  return q.trim() ? normalizeText(q).split(' ').filter(Boolean) : [];
}

/** True when any filter is active. */
export function isFiltering(filter: EventFilter): boolean {
  return filter.categories.length > 0 || filter.actors.length > 0 || filter.q.trim() !== '';
}
