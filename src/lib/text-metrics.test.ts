import { describe, expect, it } from 'vitest';
import { boxesOverlap, charsThatFit, estimateTextWidth } from './text-metrics';

describe('text metrics', () => {
  it('estimates widths generously and inverts', () => {
    expect(estimateTextWidth('abcdefghij')).toBe(64);
    expect(estimateTextWidth('abcdefghij', 23)).toBe(128);
    expect(charsThatFit(64)).toBe(10);
  });

  it('detects overlap, not touching', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });
});
