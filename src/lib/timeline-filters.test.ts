import { describe, expect, it } from 'vitest';
import { fitWindow, isShown, lanesWith, toggleCategory } from './timeline-filters';
import type { Category } from './vocabulary';

const lanes: Category[] = ['intrusion', 'detection', 'disclosure'];

describe('fitWindow', () => {
  it('spans the matching events with a margin', () => {
    expect(
      fitWindow([
        { start: 100, end: 100 },
        { start: 300, end: 310 },
      ]),
    ).toEqual({ from: 79, to: 331 });
    expect(fitWindow([{ start: 50, end: 50 }])).toEqual({ from: 43, to: 57 });
    expect(fitWindow([])).toBeUndefined();
  });
});

describe('lanesWith', () => {
  it('keeps only the lanes holding a match, in order', () => {
    expect(lanesWith(lanes, [{ category: 'disclosure' }, { category: 'intrusion' }])).toEqual([
      'intrusion',
      'disclosure',
    ]);
  });
});

describe('category chips', () => {
  it('pressing a chip when all are shown narrows to it', () => {
    expect(toggleCategory([], 'detection', lanes)).toEqual(['detection']);
  });
  it('then toggles, and choosing every lane clears the filter', () => {
    expect(toggleCategory(['detection'], 'intrusion', lanes)).toEqual(['detection', 'intrusion']);
    expect(toggleCategory(['detection', 'intrusion'], 'detection', lanes)).toEqual(['intrusion']);
    expect(toggleCategory(['detection', 'intrusion'], 'disclosure', lanes)).toEqual([]);
  });
  it('reads pressed as shown', () => {
    expect(isShown([], 'intrusion')).toBe(true);
    expect(isShown(['detection'], 'intrusion')).toBe(false);
    expect(isShown(['detection'], 'detection')).toBe(true);
  });
});
