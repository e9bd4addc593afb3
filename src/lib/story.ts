/**
 * Story mode's navigation, one event at a time: where a story opens, and how a key or a swipe
 * moves it. Pure: the story element applies the results to the DOM.
 */
import { firstDayIndex } from './calendar-date';

/**
 * The index a story opens on: the requested event when it is in the story, else the first event
 * that starts on or after `from` (the first day of the main window), else the first.
 */
export function storyStartIndex(
  events: readonly { id: string; date: string }[],
  requested: string | undefined,
  from: string,
): number {
  const asked = requested === undefined ? -1 : events.findIndex((e) => e.id === requested);
  if (asked >= 0) return asked;
  const day = firstDayIndex(from);
  const first = events.findIndex((e) => firstDayIndex(e.date) >= day);
  return Math.max(0, first);
}

/** `index + delta`, kept within a story of `length` events. */
export function stepIndex(index: number, delta: number, length: number): number {
  return Math.min(Math.max(index + delta, 0), Math.max(length - 1, 0));
}

/** The index a key moves to (←/→ one event, Home/End the ends), or undefined for other keys. */
export function indexForKey(key: string, index: number, length: number): number | undefined {
  switch (key) {
    case 'ArrowLeft':
      return stepIndex(index, -1, length);
    case 'ArrowRight':
      return stepIndex(index, 1, length);
    case 'Home':
      return 0;
    case 'End':
      return Math.max(length - 1, 0);
    default:
      return undefined;
  }
}

/** The least horizontal travel, in CSS pixels, that counts as a swipe. */
export const SWIPE_MIN = 40;

/**
 * The step a pointer's travel asks for: a mostly horizontal move of at least `SWIPE_MIN` to the
 * left is "next" (+1), to the right "previous" (-1); anything else is not a swipe (0).
 */
export function swipeStep(dx: number, dy: number): -1 | 0 | 1 {
  if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < 2 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
