/**
 * Editorial settings of the charts that are not facts: where the timeline opens.
 */
import { firstDayIndex, isoFromDayIndex, lastDayIndex } from '../lib/calendar-date';
import type { NewsEvent } from './model';

/** The timeline opens on the months where most events are: May to September 2023. */
export const DEFAULT_WINDOW = { from: '2023-05-01', to: '2023-09-30' } as const;

/**
 * The window to open on for a subset of events (an actor's, a category's): the default one if
 * any of them falls in it, otherwise their own span with a margin.
 */
export function windowFor(events: readonly NewsEvent[]): { from: string; to: string } {
  const from = firstDayIndex(DEFAULT_WINDOW.from);
  const to = lastDayIndex(DEFAULT_WINDOW.to);
  const spans = events.map((e) => ({
    start: firstDayIndex(e.date),
    end: lastDayIndex(e.end ?? e.date),
  }));
  if (spans.length === 0 || spans.some((s) => s.end >= from && s.start <= to))
    return DEFAULT_WINDOW;
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const margin = Math.max(30, (end - start) * 0.1);
  return { from: isoFromDayIndex(start - margin), to: isoFromDayIndex(end + margin) };
}
