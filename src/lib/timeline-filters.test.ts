import { describe, expect, it } from 'vitest';
import {
  filterItems,
  fitWindow,
  isShown,
  lanesWith,
  shownLanes,
  toggleCategory,
} from './timeline-filters';
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

describe('shownLanes', () => {
  const none = { categories: [], actors: [], q: '' };
  it('draws every lane of the chart when nothing filters', () => {
    expect(shownLanes(lanes, none, [])).toEqual(lanes);
  });
  it('narrows to the chosen categories, in the vocabulary order', () => {
    expect(
      shownLanes(lanes, { ...none, categories: ['disclosure', 'intrusion', 'context'] }, []),
    ).toEqual(['intrusion', 'disclosure']);
  });
  it('collapses lanes with no match while filtering, but not when nothing matches', () => {
    expect(shownLanes(lanes, { ...none, q: 'key' }, [{ category: 'detection' }])).toEqual([
      'detection',
    ]);
    expect(shownLanes(lanes, { ...none, q: 'zzzz' }, [])).toEqual(lanes);
  });
});

describe('filterItems', () => {
  const items = [
    { id: 'a', category: 'intrusion' as const, title: 'Forged key' },
    { id: 'b', category: 'detection' as const, title: 'Alert' },
    { id: 'c', category: 'context' as const, title: 'Key history' },
    { id: 'd', category: 'intrusion' as const, title: 'Unknown' },
  ];
  const actors: Record<string, string[]> = { a: ['x'], b: ['y'], c: ['x'] };
  const keep = (filter: { categories: Category[]; actors: string[]; q: string }) =>
    filterItems(
      items,
      lanes,
      filter,
      (id) => actors[id],
      (item) => item.title.toLowerCase(),
    ).map((item) => item.id);
  it('keeps known events in the chart’s lanes that pass every filter', () => {
    expect(keep({ categories: [], actors: [], q: '' })).toEqual(['a', 'b']);
    expect(keep({ categories: [], actors: ['x'], q: '' })).toEqual(['a']);
    expect(keep({ categories: ['detection'], actors: [], q: '' })).toEqual(['b']);
    expect(keep({ categories: [], actors: [], q: 'KEY' })).toEqual(['a']);
  });
  it('reads no event’s text unless there are words to look for', () => {
    const read: string[] = [];
    const run = (q: string) =>
      filterItems(
        items,
        lanes,
        { categories: [], actors: [], q },
        (id) => actors[id],
        (item) => {
          read.push(item.id);
          return item.title.toLowerCase();
        },
      );
    expect(run('').length).toBe(2);
    expect(run('   ').length).toBe(2);
    expect(read).toEqual([]);
    expect(run('alert').map((item) => item.id)).toEqual(['b']);
    expect(read).toEqual(['a', 'b']);
  });
});
