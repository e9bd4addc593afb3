import { describe, expect, it } from 'vitest';
import { firstDayIndex as day } from './calendar-date';
import { synthetic } from './layout-fixtures.test-support';
import type { TimelineItem } from './layout-timeline';
import {
  BUCKET,
  MARK_RADIUS,
  groupLane,
  markExtent,
  sameDayOffsets,
  toMark,
} from './timeline-marks';
import { timeScale } from './timeline-scale';

const july = { from: day('2023-07-01'), to: day('2023-07-31') };
/** July across 620 units: 20 units a day. */
const scale = timeScale(july, 0, 620);

function point(id: string, date: string): TimelineItem {
  const start = day(date);
  return {
    id,
    title: id,
    dateText: date,
    start,
    end: start,
    shape: 'point',
    category: 'diplomacy',
    confidence: 'confirmed',
  };
}

describe('markExtent', () => {
  it('centres a point on its day and gives it the mark’s width', () => {
    const extent = markExtent(point('a', '2023-07-11'), scale);
    expect(extent.at).toBe(10.5 * 20);
    expect(extent.to - extent.from).toBe(MARK_RADIUS * 2);
  });

  it('runs a bar from its first day to the end of its last, never shorter than a mark', () => {
    const bar = { ...point('b', '2023-07-06'), end: day('2023-07-09'), shape: 'bar' as const };
    expect(markExtent(bar, scale)).toEqual({ from: 100, to: 180, at: 140 });
    const short = timeScale(july, 0, 31);
    const extent = markExtent(bar, short);
    expect(extent.to - extent.from).toBe(MARK_RADIUS * 2);
  });
});

describe('sameDayOffsets', () => {
  it('shares a day between the points on it, and leaves bars alone', () => {
    const bar = { ...point('c', '2023-07-11'), end: day('2023-07-12'), shape: 'bar' as const };
    const offsets = sameDayOffsets([point('a', '2023-07-11'), point('b', '2023-07-11'), bar]);
    expect([...offsets]).toEqual([
      ['a', 0.25],
      ['b', 0.75],
    ]);
  });
});

describe('groupLane', () => {
  it('merges marks closer than a bucket and keeps the others apart', () => {
    // 20 units a day: a day apart is closer than BUCKET, two days apart is not.
    expect(BUCKET).toBeLessThan(40);
    const groups = groupLane(
      [point('a', '2023-07-10'), point('b', '2023-07-10'), point('c', '2023-07-13')],
      scale,
    );
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['a', 'b'], ['c']]);
  });

  it('holds every event once, in as few groups as the space allows when the lane is crowded', () => {
    const many = synthetic(2000, 3).map((item) => ({ ...item, category: 'diplomacy' as const }));
    const wide = timeScale({ from: day('2023-01-01'), to: day('2023-12-31') }, 0, 1000);
    const groups = groupLane(many, wide);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(many.length);
    expect(groups.length).toBeLessThanOrEqual(1000 / BUCKET + 1);
  });
});

describe('toMark', () => {
  it('draws one event as its own mark and several as a bubble named after the first', () => {
    const [single, pair] = groupLane(
      [point('a', '2023-07-02'), point('b', '2023-07-20'), point('c', '2023-07-20')],
      scale,
    );
    if (!single || !pair) throw new Error('two groups expected');
    const mark = toMark(single, 'diplomacy', 50, 'horizontal');
    expect(mark).toMatchObject({ key: 'a', shape: 'point', x: single.at, y: 50 });
    const bubble = toMark(pair, 'diplomacy', 50, 'vertical');
    expect(bubble).toMatchObject({ key: 'cluster:b', shape: 'cluster', x: 50 });
    expect(bubble.items?.map((i) => i.id)).toEqual(['b', 'c']);
    expect(bubble.y).toBe((pair.from + pair.to) / 2);
  });
});
