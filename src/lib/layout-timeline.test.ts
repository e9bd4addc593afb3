import { describe, expect, it } from 'vitest';
import { firstDayIndex as day } from './calendar-date';
import {
  expectNoOverlaps,
  items,
  labelBoxes,
  synthetic,
  window,
} from './layout-fixtures.test-support';
import {
  layoutTimeline,
  rowHints,
  TICK_MARGIN,
  sortItems,
  toTimelineItem,
  visibleItems,
} from './layout-timeline';
import { estimateTextWidth } from './text-metrics';
import { CATEGORIES } from './vocabulary';

describe('toTimelineItem', () => {
  it('picks the shape from precision and range', () => {
    expect(items.find((i) => i.id === 'alert')?.shape).toBe('point');
    expect(items.find((i) => i.id === 'access')?.shape).toBe('bar');
    expect(items.find((i) => i.id === 'kritenbrink')).toMatchObject({
      shape: 'span',
      start: day('2023-07-01'),
      end: day('2023-07-31'),
      dateText: 'July 2023',
    });
  });
});

describe('layoutTimeline, horizontal', () => {
  const layout = layoutTimeline(items, { orientation: 'horizontal', width: 960, window });

  it('draws only the events in the window, in time order', () => {
    expect(layout.visibleIds).toEqual(['access', 'soc', 'alert', 'kritenbrink', 'disclose']);
    expect(visibleItems(items, window).map((i) => i.id)).toEqual(layout.visibleIds);
  });

  it('gives each category a lane, in order', () => {
    expect(layout.lanes.map((l) => l.category)).toEqual([...CATEGORIES]);
    for (const mark of layout.marks) {
      const lane = layout.lanes.find((l) => l.category === mark.category);
      expect(mark.y).toBeGreaterThan(lane?.from ?? Infinity);
      expect(mark.y).toBeLessThan(lane?.to ?? -Infinity);
    }
  });

  it("stacks close marks into the lane's rows instead of merging them", () => {
    const soc = layout.marks.find((m) => m.key === 'soc');
    const alert = layout.marks.find((m) => m.key === 'alert');
    expect(soc && alert && soc.y !== alert.y).toBe(true);
    expect(layout.marks.some((m) => m.shape === 'cluster')).toBe(false);
  });

  it('draws ranges as bars and vague dates as spans across their whole period', () => {
    const bar = layout.marks.find((m) => m.key === 'access');
    expect(bar?.shape).toBe('bar');
    expect((bar?.to ?? 0) - (bar?.x ?? 0)).toBeCloseTo(
      ((day('2023-06-16') + 1 - day('2023-05-15')) * (960 - 104 - 14)) / 153,
      5,
    );
    expect(layout.marks.find((m) => m.key === 'kritenbrink')?.shape).toBe('span');
  });

  it('is deterministic', () => {
    expect(layoutTimeline(items, { orientation: 'horizontal', width: 960, window })).toEqual(
      layout,
    );
  });

  it('never lets two labels overlap, even with hundreds of events', () => {
    expectNoOverlaps(labelBoxes(layout));
    for (const seed of [1, 2, 3]) {
      const many = layoutTimeline(synthetic(600, seed), {
        orientation: 'horizontal',
        width: 960,
        window,
      });
      expect(many.marks.some((m) => m.label)).toBe(true);
      expectNoOverlaps(labelBoxes(many));
    }
  });

  it('keeps labels inside the drawing', () => {
    const many = layoutTimeline(synthetic(300), { orientation: 'horizontal', width: 960, window });
    for (const box of labelBoxes(many)) expect(box.x + box.width).toBeLessThanOrEqual(960);
  });

  it('keeps the number of marks bounded by the space, not the number of events', () => {
    const huge = synthetic(20_000);
    const drawn = layoutTimeline(huge, {
      orientation: 'horizontal',
      width: 960,
      window: { from: day('2023-01-01'), to: day('2023-12-31') },
    });
    const events = drawn.marks.reduce((n, m) => n + (m.items?.length ?? 1), 0);
    expect(events).toBe(visibleItems(huge, drawn.window).length);
    expect(drawn.marks.length).toBeLessThan(((960 - 118) / 13 + 2) * CATEGORIES.length * 3);
  });

  it('draws only the lanes asked for', () => {
    const one = layoutTimeline(items, {
      orientation: 'horizontal',
      width: 960,
      window,
      lanes: ['disclosure'],
    });
    expect(one.lanes.map((l) => l.category)).toEqual(['disclosure']);
    expect(one.visibleIds).toEqual(['kritenbrink', 'disclose']);
    expect(one.height).toBeLessThan(layout.height);
  });

  it('places era bands and their labels', () => {
    const withEras = layoutTimeline(items, {
      orientation: 'horizontal',
      width: 960,
      window,
      eras: [
        { id: 'intrusion', title: 'Intrusion', start: day('2023-05-15'), end: day('2023-06-16') },
        { id: 'trip', title: "Blinken's trip", start: day('2023-06-16'), end: day('2023-06-19') },
      ],
    });
    expect(withEras.eras.map((e) => e.id)).toEqual(['intrusion', 'trip']);
    expectNoOverlaps(labelBoxes(withEras));
  });
});

describe('tick labels on the wide axis', () => {
  it('never run past the right edge of the drawing', () => {
    for (const width of [480, 576, 960]) {
      // Windows of several lengths ending on every day of a month: some end by a tick.
      for (let shift = 0; shift < 60; shift += 1) {
        const span = 30 + (shift % 4) * 25;
        const to = day('2023-09-01') + shift;
        const shifted = { from: to - span, to };
        const layout = layoutTimeline(items, { orientation: 'horizontal', width, window: shifted });
        expect(layout.ticks.length).toBeGreaterThan(1);
        for (const tick of layout.ticks)
          expect(
            tick.at + estimateTextWidth(tick.label) / 2 + TICK_MARGIN,
            tick.label,
          ).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('the drawing a drag slides (overscan)', () => {
  const options = { orientation: 'horizontal', width: 960 } as const;
  const many = synthetic(300, 4);

  it("holds the window's drawing unchanged: marks, labels, lanes, ticks", () => {
    const resting = layoutTimeline(many, { ...options, window });
    const pan = layoutTimeline(many, { ...options, window, overscan: 1 });
    expect(pan.lanes).toEqual(resting.lanes);
    expect(pan.height).toBe(resting.height);
    for (const mark of resting.marks) expect(pan.marks).toContainEqual(mark);
    for (const tick of resting.ticks) expect(pan.ticks).toContainEqual(tick);
  });

  it('fills in beyond the window within the lanes, no label over another', () => {
    const pan = layoutTimeline(many, { ...options, window, overscan: 1 });
    const resting = layoutTimeline(many, { ...options, window });
    expect(pan.marks.length).toBeGreaterThan(resting.marks.length);
    for (const mark of pan.marks) {
      const lane = pan.lanes.find((l) => l.category === mark.category);
      expect(mark.y).toBeGreaterThan(lane?.from ?? Infinity);
      expect(mark.y).toBeLessThan(lane?.to ?? -Infinity);
    }
    expectNoOverlaps(labelBoxes(pan));
    const events = pan.marks.reduce((n, m) => n + (m.items?.length ?? 1), 0);
    const span = window.to + 1 - window.from;
    expect(events).toBe(
      visibleItems(many, { from: window.from - span, to: window.to + span }).length,
    );
  });
});

describe('the drawing after a pan (keep)', () => {
  const options = { orientation: 'horizontal', width: 960 } as const;
  const many = synthetic(120, 5);

  it('keeps the rows and sides of the events it shares with the drawing it follows', () => {
    const before = layoutTimeline(many, { ...options, window });
    const was = rowHints(before);
    /** Events drawn in both, whose row in their lane, or whose title's side or lines, changed. */
    const moved = (layout: ReturnType<typeof layoutTimeline>) =>
      [...rowHints(layout)].filter(
        ([id, now]) => was.has(id) && JSON.stringify(was.get(id)) !== JSON.stringify(now),
      ).length;
    for (const days of [6, 15]) {
      const shifted = { from: window.from + days, to: window.to + days };
      const after = layoutTimeline(many, { ...options, window: shifted, keep: before });
      const fresh = layoutTimeline(many, { ...options, window: shifted });
      expect(moved(fresh)).toBeGreaterThan(4);
      // A few may give way to events coming in, when their whole title no longer fits.
      expect(moved(after)).toBeLessThanOrEqual(Math.ceil(was.size / 20));
      expectNoOverlaps(labelBoxes(after));
      expect(after.marks.reduce((n, m) => n + (m.items?.length ?? 1), 0)).toBe(
        fresh.marks.reduce((n, m) => n + (m.items?.length ?? 1), 0),
      );
    }
  });

  it('keeps nothing from a drawing at another scale or width', () => {
    const before = layoutTimeline(many, { ...options, window });
    const zoomed = { from: window.from, to: window.to - 30 };
    expect(layoutTimeline(many, { ...options, window: zoomed, keep: before })).toEqual(
      layoutTimeline(many, { ...options, window: zoomed }),
    );
    expect(layoutTimeline(many, { ...options, width: 800, window, keep: before })).toEqual(
      layoutTimeline(many, { ...options, width: 800, window }),
    );
  });
});

describe('same-day events', () => {
  const sameDay = sortItems(
    ['a', 'b', 'c', 'd'].map((id) =>
      toTimelineItem({
        id,
        title: `Event ${id}`,
        date: '2023-07-12',
        precision: 'day',
        category: 'disclosure',
        confidence: 'confirmed',
      }),
    ),
  );

  it('each take a row of their own while the lane may grow', () => {
    const grown = layoutTimeline(sameDay, { orientation: 'horizontal', width: 960, window });
    expect(grown.marks.map((m) => m.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(grown.marks.map((m) => m.y)).size).toBe(4);
    expect(grown.marks.every((m) => m.label?.truncated === false)).toBe(true);
  });

  it('merge only when no row is left and their marks overlap; separate when zoomed in', () => {
    // More events on one day than the lane may have rows (3, and EXTRA_ROWS more).
    const crowd = sortItems(
      'abcdefghijklmn'.split('').map((id) =>
        toTimelineItem({
          id,
          title: `Event ${id}`,
          date: '2023-07-12',
          precision: 'day',
          category: 'disclosure',
          confidence: 'confirmed',
        }),
      ),
    );
    const far = layoutTimeline(crowd, { orientation: 'horizontal', width: 960, window, rows: 3 });
    const clusters = far.marks.filter((m) => m.shape === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) expect(cluster.label).toBeUndefined();
    expect(far.marks.length).toBeLessThan(14);
    expect(far.marks.reduce((n, m) => n + (m.items?.length ?? 1), 0)).toBe(14);
    // A mark far from the crowd never joins its bubble.
    const apart = sortItems([
      ...crowd,
      toTimelineItem({
        id: 'later',
        title: 'Event later',
        date: '2023-08-20',
        precision: 'day',
        category: 'disclosure',
        confidence: 'confirmed',
      }),
    ]);
    const withLater = layoutTimeline(apart, {
      orientation: 'horizontal',
      width: 960,
      window,
      rows: 3,
    });
    expect(withLater.marks.find((m) => m.key === 'later')?.label?.text).toBe('Event later');
    const near = layoutTimeline(sameDay, {
      orientation: 'horizontal',
      width: 960,
      window: { from: day('2023-07-09'), to: day('2023-07-15') },
    });
    expect(near.marks.map((m) => m.key)).toEqual(['a', 'b', 'c', 'd']);
    const xs = near.marks.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});
