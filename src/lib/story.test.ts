import { describe, expect, it } from 'vitest';
import { indexForKey, stepIndex, storyStartIndex, swipeStep, SWIPE_MIN } from './story';

const events = [
  { id: 'a', date: '2014' },
  { id: 'b', date: '2023-04' },
  { id: 'c', date: '2023-05-15' },
  { id: 'd', date: '2023-06-16' },
];

describe('storyStartIndex', () => {
  it('opens on the requested event', () => {
    expect(storyStartIndex(events, 'd', '2023-05-01')).toBe(3);
    expect(storyStartIndex(events, 'a', '2023-05-01')).toBe(0);
  });

  it('otherwise on the first event of the main window, or the first of all', () => {
    expect(storyStartIndex(events, undefined, '2023-05-01')).toBe(2);
    expect(storyStartIndex(events, 'nope', '2023-05-01')).toBe(2);
    expect(storyStartIndex(events, undefined, '2030-01-01')).toBe(0);
    expect(storyStartIndex([], undefined, '2023-05-01')).toBe(0);
  });
});

describe('stepIndex and indexForKey', () => {
  it('step within the story and stop at its ends', () => {
    expect(stepIndex(1, 1, 4)).toBe(2);
    expect(stepIndex(3, 1, 4)).toBe(3);
    expect(stepIndex(0, -1, 4)).toBe(0);
    expect(indexForKey('ArrowRight', 1, 4)).toBe(2);
    expect(indexForKey('ArrowLeft', 1, 4)).toBe(0);
    expect(indexForKey('Home', 2, 4)).toBe(0);
    expect(indexForKey('End', 0, 4)).toBe(3);
    expect(indexForKey('ArrowDown', 1, 4)).toBeUndefined();
    expect(indexForKey('Enter', 1, 4)).toBeUndefined();
  });
});

describe('swipeStep', () => {
  it('reads a leftward swipe as next and a rightward one as previous', () => {
    expect(swipeStep(-SWIPE_MIN, 0)).toBe(1);
    expect(swipeStep(SWIPE_MIN + 20, 5)).toBe(-1);
  });

  it('ignores short or mostly vertical moves', () => {
    expect(swipeStep(-(SWIPE_MIN - 1), 0)).toBe(0);
    expect(swipeStep(-80, 60)).toBe(0);
    expect(swipeStep(0, 0)).toBe(0);
  });
});
