/**
 * Editorial settings of the charts that are not facts: where the timeline opens.
 */
import { firstDayIndex, isoFromDayIndex, lastDayIndex } from '../lib/calendar-date';
import { CATEGORIES, type Category } from '../lib/vocabulary';
import type { NewsEvent } from './model';

/** The timeline opens on the months where most events are: May to September 2023. */
export const DEFAULT_WINDOW = { from: '2023-05-01', to: '2023-09-30' } as const;

/** A preset's window is never narrower than this, so a lone event still has room for its label. */
export const MIN_PRESET_DAYS = 60;

/**
 * The window a preset (an actor's events, a category's) opens on: the span of all its events,
 * with a margin of a tenth of the span (at least 15 days) on each side, widened evenly to
 * MIN_PRESET_DAYS; the default window when there are none.
 */
export function windowFor(events: readonly NewsEvent[]): { from: string; to: string } {
  if (events.length === 0) return DEFAULT_WINDOW;
  const start = Math.min(...events.map((e) => firstDayIndex(e.date)));
  const end = Math.max(...events.map((e) => lastDayIndex(e.end ?? e.date)));
  const margin = Math.max(15, Math.round((end - start) * 0.1));
  const widen = Math.max(0, Math.ceil((MIN_PRESET_DAYS - (end - start + 2 * margin)) / 2));
  return {
    from: isoFromDayIndex(start - margin - widen),
    to: isoFromDayIndex(end + margin + widen),
  };
}

/** The lanes a preset draws: only the categories its events use, in the usual order. */
export function lanesFor(events: readonly NewsEvent[]): Category[] {
  const used = new Set(events.map((e) => e.category));
  return CATEGORIES.filter((category) => used.has(category));
}
