import { describe, expect, it } from 'vitest';
import { compareChronologically } from './chronology';

describe('compareChronologically', () => {
  it('orders by first day, longer first, then title and id', () => {
    const items = [
      { id: 'c', title: 'B', start: 10, end: 10 },
      { id: 'a', title: 'Z', start: 5, end: 5 },
      { id: 'b', title: 'A', start: 10, end: 20 },
      { id: 'd', title: 'B', start: 10, end: 10 },
      { id: 'e', title: 'A', start: 10, end: 10 },
    ];
    expect(items.sort(compareChronologically).map((i) => i.id)).toEqual(['a', 'b', 'e', 'c', 'd']);
  });
});
