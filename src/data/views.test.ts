import { describe, expect, it } from 'vitest';
import { firstDayIndex } from '../lib/calendar-date';
import type { NewsEvent } from './model';
import { DEFAULT_WINDOW, MIN_PRESET_DAYS, lanesFor, windowFor } from './views';

const event = (date: string, end?: string, category = 'context') =>
  ({ date, category, ...(end ? { end } : {}) }) as NewsEvent;

describe('windowFor', () => {
  it('opens on the default window when there is no event', () => {
    expect(windowFor([])).toEqual(DEFAULT_WINDOW);
  });

  it('fits every event, even when some fall in the default window', () => {
    // Blinken's events: the postponed trip in February, then July.
    const window = windowFor([event('2023-02-03'), event('2023-07-12')]);
    expect(window.from < '2023-02-03').toBe(true);
    expect(window.to > '2023-07-12').toBe(true);
    expect(window).toEqual({ from: '2023-01-18', to: '2023-07-28' });
  });

  it('keeps a margin around a span and a minimum width around a lone event', () => {
    expect(windowFor([event('2024-02-21'), event('2024-06-13')])).toEqual({
      from: '2024-02-06',
      to: '2024-06-28',
    });
    const lone = windowFor([event('2014-03-22')]);
    expect(firstDayIndex(lone.to) - firstDayIndex(lone.from)).toBeGreaterThanOrEqual(
      MIN_PRESET_DAYS,
    );
    expect(lone.from < '2014-03-22' && lone.to > '2014-03-22').toBe(true);
  });

  it('counts a ranged or month-precise event to its last day', () => {
    expect(windowFor([event('2023-05-15', '2023-07-04')]).to).toBe('2023-07-19');
    expect(windowFor([event('2021-08')]).to > '2021-08-31').toBe(true);
  });
});

describe('lanesFor', () => {
  it('keeps only the categories used, in the usual order', () => {
    expect(
      lanesFor([
        event('2023-07-12', undefined, 'diplomacy'),
        event('2023-06-16', undefined, 'detection'),
      ]),
    ).toEqual(['detection', 'diplomacy']);
  });
});
