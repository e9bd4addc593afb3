import { describe, expect, it } from 'vitest';
import type { NewsEvent } from './model';
import { DEFAULT_WINDOW, windowFor } from './views';

const event = (date: string, end?: string) => ({ date, ...(end ? { end } : {}) }) as NewsEvent;

describe('windowFor', () => {
  it('keeps the default window when any event falls in it', () => {
    expect(windowFor([event('2014-03-22'), event('2023-07-11')])).toEqual(DEFAULT_WINDOW);
    expect(windowFor([])).toEqual(DEFAULT_WINDOW);
  });

  it('frames events that all lie elsewhere, with a margin', () => {
    expect(windowFor([event('2014-03-22')])).toEqual({ from: '2014-02-20', to: '2014-04-21' });
    expect(windowFor([event('2024-02-21'), event('2024-06-13')])).toEqual({
      from: '2024-01-22',
      to: '2024-07-13',
    });
  });
});
