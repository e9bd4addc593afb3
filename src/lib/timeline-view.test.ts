import { describe, expect, it } from 'vitest';
import { firstDayIndex } from './calendar-date';
import {
  LIST_OPEN_MAX,
  listStartsOpen,
  formatFilterSummary,
  formatListHeading,
  formatNoMatch,
  formatTimelineStatus,
  MIN_DAYS,
  paramsFromWindow,
  revealWindow,
  windowFromParams,
} from './timeline-view';

const day = firstDayIndex;
const extent = { from: day('2023-01-01'), to: day('2024-12-31') };
const fallback = { from: day('2023-05-01'), to: day('2023-09-30') };

describe('listStartsOpen', () => {
  it('unfolds a list of readable length where the page asks for it, and only there', () => {
    expect(listStartsOpen(true, 55)).toBe(true);
    expect(listStartsOpen(true, LIST_OPEN_MAX)).toBe(true);
    expect(listStartsOpen(true, LIST_OPEN_MAX + 1)).toBe(false);
    expect(listStartsOpen(true, 5000)).toBe(false);
    expect(listStartsOpen(false, 55)).toBe(false);
  });
});

describe('windowFromParams', () => {
  it('reads from and to, each defaulting to the fallback', () => {
    expect(windowFromParams({}, fallback, extent)).toEqual(fallback);
    expect(windowFromParams({ from: '2023-06-01' }, fallback, extent)).toEqual({
      from: day('2023-06-01'),
      to: fallback.to,
    });
  });
  it('keeps the window inside the extent', () => {
    const w = windowFromParams({ from: '2020-01-01', to: '2023-02-01' }, fallback, extent);
    expect(w.from).toBeGreaterThanOrEqual(extent.from);
  });
});

describe('paramsFromWindow', () => {
  it('writes nothing for the default window, even off by a fraction of a day', () => {
    expect(
      paramsFromWindow({ from: fallback.from + 0.3, to: fallback.to - 0.2 }, fallback),
    ).toEqual({ from: undefined, to: undefined });
  });
  it('writes whole days otherwise', () => {
    expect(
      paramsFromWindow({ from: day('2023-07-01'), to: day('2023-07-31') + 0.4 }, fallback),
    ).toEqual({
      from: '2023-07-01',
      to: '2023-07-31',
    });
  });
});

describe('revealWindow', () => {
  it('centres the same span on an event outside the window', () => {
    const item = { start: day('2024-03-01'), end: day('2024-03-01') };
    const w = revealWindow(item, fallback, extent, () => true);
    expect(w.to - w.from).toBeCloseTo(fallback.to - fallback.from);
    expect(w.from).toBeLessThan(item.start);
    expect(w.to).toBeGreaterThan(item.end);
  });
  it('zooms in around the event until it is single, never past the narrowest window', () => {
    const item = { start: day('2023-07-11'), end: day('2023-07-11') };
    const spans: number[] = [];
    const w = revealWindow(item, fallback, extent, (next) => {
      spans.push(next.to - next.from);
      return next.to - next.from < 40;
    });
    expect(w.to - w.from).toBeLessThan(40);
    expect(spans[1]).toBeCloseTo((spans[0] ?? 0) / 2);
    const never = revealWindow(item, fallback, extent, () => false);
    // A window counts its days inclusively.
    expect(never.to - never.from + 1).toBeGreaterThanOrEqual(MIN_DAYS - 1e-9);
    expect(never.from).toBeLessThanOrEqual(item.start);
  });
});

describe('words', () => {
  it('says what matches and what is in view', () => {
    const window = { from: day('2023-07-01'), to: day('2023-07-31') };
    expect(formatTimelineStatus({ total: 50, shown: 50, inWindow: 9, window, q: '' })).toBe(
      '50 events. In view: 9, from July 1, 2023 to July 31, 2023.',
    );
    expect(formatTimelineStatus({ total: 50, shown: 4, inWindow: 2, window, q: 'key' })).toMatch(
      /^Showing 4 of 50 events\. In view: 2,/,
    );
    expect(formatTimelineStatus({ total: 50, shown: 0, inWindow: 0, window, q: 'zz' })).toBe(
      'No event matches “zz”. Clear the filters to see all 50 events.',
    );
    expect(formatNoMatch('')).toBe('No event matches these filters.');
    expect(formatListHeading(50, 50)).toBe('The 50 events as a list');
    expect(formatListHeading(13, 50)).toBe('13 of 50 events');
  });
});

describe('formatFilterSummary', () => {
  const label = (id: string) => id.toUpperCase();
  const name = (id: string) => `Name of ${id}`;
  it('says “All events” with no filter', () => {
    expect(formatFilterSummary({ categories: [], actors: [], q: '  ' }, label, name)).toBe(
      'All events',
    );
  });
  it('names each filter, in words', () => {
    expect(
      formatFilterSummary({ categories: ['diplomacy'], actors: ['ab'], q: 'key' }, label, name),
    ).toBe('DIPLOMACY · Name of ab · “key”');
  });
  it('names a preset’s own filter first, alone or with a search and other filters', () => {
    const none = { categories: [], actors: [], q: '' };
    expect(formatFilterSummary(none, label, name, 'Antony Blinken')).toBe('Antony Blinken');
    expect(formatFilterSummary({ ...none, q: ' key ' }, label, name, 'Antony Blinken')).toBe(
      'Antony Blinken · “key”',
    );
    expect(
      formatFilterSummary({ ...none, actors: ['wy'], q: 'key' }, label, name, 'DIPLOMACY'),
    ).toBe('DIPLOMACY · Name of wy · “key”');
    // The preset's own category, chosen again, is said once.
    expect(
      formatFilterSummary({ ...none, categories: ['diplomacy'] }, label, name, 'DIPLOMACY'),
    ).toBe('DIPLOMACY');
  });
  it('counts more than two of a kind', () => {
    expect(
      formatFilterSummary({ categories: ['a', 'b', 'c'], actors: ['x', 'y'], q: '' }, label, name),
    ).toBe('3 categories · Name of x · Name of y');
  });
});
