import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstDayIndex as day } from './calendar-date';
import {
  kickerLines,
  MIN_TEXT_PX,
  V,
  V_MAX_LENGTH,
  layoutOverview,
  layoutTimeline,
  sortItems,
  toTimelineItem,
  trimmedWindow,
  visibleItems,
  wrapTickLabel,
  type Box,
  type TimelineItem,
  type TimelineLayout,
} from './layout-timeline';
import { estimateTextWidth } from './text-metrics';
import { CATEGORIES, CONFIDENCE_LEVELS } from './vocabulary';

const window = { from: day('2023-05-01'), to: day('2023-09-30') };

const items = sortItems([
  toTimelineItem({
    id: 'access',
    title: 'Storm-0558 starts reading mail with forged tokens',
    date: '2023-05-15',
    end: '2023-06-16',
    precision: 'day',
    category: 'intrusion',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'alert',
    title: 'State alerts Microsoft',
    date: '2023-06-16',
    precision: 'day',
    category: 'detection',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'soc',
    title: 'Analysts spot mailbox access',
    date: '2023-06-15',
    precision: 'day',
    category: 'detection',
    confidence: 'reported',
  }),
  toTimelineItem({
    id: 'kritenbrink',
    title: 'Kritenbrink cannot rule it out',
    date: '2023-07',
    precision: 'month',
    category: 'disclosure',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'disclose',
    title: 'Microsoft makes the intrusion public',
    date: '2023-07-11',
    precision: 'day',
    category: 'disclosure',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'old',
    title: 'Snowden documents',
    date: '2014-03-22',
    precision: 'day',
    category: 'context',
    confidence: 'reported',
  }),
]);

/** Random events, seeded, for property checks. */
function synthetic(count: number, seed = 1): TimelineItem[] {
  let s = seed;
  const random = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
  const start = day('2023-01-01');
  return sortItems(
    Array.from({ length: count }, (_, i) => {
      const first = start + Math.floor(random() * 365);
      const ranged = random() < 0.15;
      return {
        id: `e${i}`,
        title: `Synthetic event number ${i} with a longish title`,
        dateText: '',
        start: first,
        end: ranged ? first + Math.floor(random() * 40) : first,
        shape: ranged ? ('bar' as const) : ('point' as const),
        category: CATEGORIES[Math.floor(random() * CATEGORIES.length)] ?? 'context',
        confidence: CONFIDENCE_LEVELS[Math.floor(random() * 4)] ?? 'confirmed',
      };
    }),
  );
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function labelBoxes(layout: TimelineLayout): Box[] {
  return [
    ...layout.marks.flatMap((m) => (m.label ? [m.label.box] : [])),
    ...layout.eras.flatMap((e) => (e.label.text ? [e.label.box] : [])),
  ];
}

function expectNoOverlaps(boxes: Box[]) {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a && b) expect(overlaps(a, b), `${JSON.stringify(a)} × ${JSON.stringify(b)}`).toBe(false);
    }
  }
}

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
    const crowd = sortItems(
      'abcdefgh'.split('').map((id) =>
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
    expect(far.marks.length).toBeLessThan(8);
    expect(far.marks.reduce((n, m) => n + (m.items?.length ?? 1), 0)).toBe(8);
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

describe('layoutTimeline, vertical', () => {
  it('starts a few days before the first event in the window and ends after the last', () => {
    // The window opens on May 1; the first event in it is on May 15, the last ends with July.
    const inWindow = visibleItems(items, window);
    expect(trimmedWindow(inWindow, window)).toEqual({
      from: day('2023-05-12'),
      to: day('2023-08-03'),
    });
    expect(trimmedWindow([], window)).toEqual(window);
    const layout = layoutTimeline(items, { orientation: 'vertical', width: 360, window });
    const access = layout.marks.find((m) => m.key === 'access');
    const untrimmed = layoutTimeline(items, {
      orientation: 'vertical',
      width: 360,
      window: { from: day('2023-05-12'), to: window.to },
    });
    expect(layout.window.from).toBe(day('2023-05-12'));
    expect(access?.y).toBe(untrimmed.marks.find((m) => m.key === 'access')?.y);
    expect((access?.y ?? Infinity) - layout.axis.from).toBeLessThan(40);
  });

  it('runs time downwards with labels in their own column, never overlapping', () => {
    const layout = layoutTimeline(items, { orientation: 'vertical', width: 360, window });
    const [first, second] = [
      layout.marks.find((m) => m.key === 'access'),
      layout.marks.find((m) => m.key === 'disclose'),
    ];
    expect((first?.y ?? 0) < (second?.y ?? 0)).toBe(true);
    expectNoOverlaps(labelBoxes(layout));
    for (const seed of [4, 5]) {
      const many = layoutTimeline(synthetic(400, seed), {
        orientation: 'vertical',
        width: 360,
        window,
      });
      expectNoOverlaps(labelBoxes(many));
      for (const mark of many.marks.filter((m) => m.label)) {
        expect(mark.leader?.y1).toBe(mark.y);
        expect(mark.label?.box.x).toBeGreaterThanOrEqual(mark.x);
      }
      expect(many.height).toBeGreaterThan(many.axis.to);
    }
  });
});

describe('the vertical drawing at scale', () => {
  it('stays within V_MAX_LENGTH with thousands of events: bubbles take in what has no room', () => {
    for (const size of [1000, 5000]) {
      const layout = layoutTimeline(synthetic(size, 7), {
        orientation: 'vertical',
        width: 360,
        window,
      });
      expect(layout.axis.to - layout.axis.from).toBeLessThanOrEqual(V_MAX_LENGTH);
      // Labels fit the column beside the axis: the drawing ends near where the axis does.
      expect(layout.height).toBeLessThan(layout.axis.to + 400);
      expectNoOverlaps(labelBoxes(layout));
      // Every mark has a label or is a bubble that says what it holds.
      for (const mark of layout.marks)
        expect(Boolean(mark.label) || mark.shape === 'cluster').toBe(true);
      const held = layout.marks.reduce((n, mark) => n + (mark.items?.length ?? 1), 0);
      expect(held).toBe(layout.visibleIds.length);
    }
  });
});

describe('the vertical drawing on a phone', () => {
  const css = readFileSync(new URL('../islands/timeline/timeline.css', import.meta.url), 'utf8');
  /** The font size the rule for `selector` sets, in px. */
  const cssSize = (selector: string) => {
    const rule = css.slice(css.indexOf(`${selector} {`));
    return Number(/font-size: ([\d.]+)px;/.exec(rule.slice(0, rule.indexOf('}')))?.[1]);
  };

  it('sets no text under MIN_TEXT_PX when scaled down to its narrowest box', () => {
    const scale = V.narrowest / V.width;
    expect(Math.min(V.labelSize, V.textSize) * scale).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    // The stylesheet draws the text at the sizes the layout measured.
    expect(cssSize("timeline-chart svg[data-orientation='vertical'] text")).toBe(V.textSize);
    expect(
      cssSize("timeline-chart svg[data-orientation='vertical'] :is(.tl-label, .tl-label-full)"),
    ).toBe(V.labelSize);
  });

  it('names the lane and date above a title, on two lines when one is too wide', () => {
    const [first] = items;
    if (!first) throw new Error('no item');
    expect(kickerLines({ ...first, category: 'intrusion' }, 1000)).toEqual([
      `Intrusion · ${first.dateText}`,
    ]);
    const long = { ...first, category: 'investigation' as const, dateText: 'September 6, 2023' };
    const narrow = estimateTextWidth('Investigation · September 6, 2023', V.textSize * 1.1) - 1;
    expect(kickerLines(long, narrow)).toEqual(['Investigation ·', 'September 6, 2023']);
  });

  it('keeps bubbles in a column apart, so that their counts never overlap', () => {
    // Two pairs of events a few days apart: each pair is a bubble, and the bubbles would touch.
    const pairs = ['2023-07-01', '2023-07-02', '2023-07-06', '2023-07-07'].map((date, i) =>
      toTimelineItem({
        id: `pair-${String(i)}`,
        title: `Event ${String(i)}`,
        date,
        precision: 'day',
        category: 'diplomacy',
        confidence: 'confirmed',
      }),
    );
    for (const events of [pairs, synthetic(300, 3), synthetic(300, 8)]) {
      const layout = layoutTimeline(events, {
        orientation: 'vertical',
        width: V.width,
        window,
      });
      for (const category of CATEGORIES) {
        const ys = layout.marks
          .filter((m) => m.shape === 'cluster' && m.category === category)
          .map((m) => m.y)
          .sort((a, b) => a - b);
        ys.slice(1).forEach((y, i) => {
          expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(18);
        });
      }
    }
  });

  it('keeps every line of every label inside the drawing', () => {
    const layout = layoutTimeline(synthetic(120, 7), {
      orientation: 'vertical',
      width: V.width,
      window,
    });
    const labelled = layout.marks.filter((m) => m.label);
    expect(labelled.length).toBeGreaterThan(10);
    for (const mark of labelled) {
      const label = mark.label;
      if (!label) continue;
      for (const line of label.kickerLines ?? [])
        expect(label.x + estimateTextWidth(line, V.textSize * 1.1)).toBeLessThanOrEqual(V.width);
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(V.width);
    }
    expectNoOverlaps(labelBoxes(layout));
  });
});

describe('tick labels on the vertical axis', () => {
  it('splits a label at its space when it is too wide for one line', () => {
    const wide = estimateTextWidth('Feb 2023', V.textSize);
    expect(wrapTickLabel('Feb 2023', wide, V.textSize)).toEqual(['Feb 2023']);
    expect(wrapTickLabel('Feb 2023', wide - 1, V.textSize)).toEqual(['Feb', '2023']);
    expect(wrapTickLabel('2023', 1, V.textSize)).toEqual(['2023']);
  });

  it('keeps every line inside the room left of the axis, over months and over years', () => {
    // Events a few days, a year and nine years apart: ticks by the day, month and year.
    const spans = [
      ['2023-07-01', '2023-07-20'],
      ['2023-02-03', '2024-01-10'],
      ['2015-06-01', '2024-04-30'],
    ];
    for (const [from = '', to = ''] of spans) {
      const events = [from, to].map((date) =>
        toTimelineItem({
          id: date,
          title: 'An event',
          date,
          precision: 'day',
          category: 'diplomacy',
          confidence: 'confirmed',
        }),
      );
      const layout = layoutTimeline(events, {
        orientation: 'vertical',
        width: V.width,
        window: { from: day(from) - 10, to: day(to) + 10 },
      });
      expect(layout.ticks.length).toBeGreaterThan(1);
      for (const tick of layout.ticks) {
        for (const line of tick.lines ?? [tick.label])
          expect(estimateTextWidth(line, V.textSize * 1.1), line).toBeLessThanOrEqual(
            V.tickLabelWidth,
          );
        // Two lines either side of the tick stay inside the drawing.
        expect(tick.at - V.textSize * 1.1).toBeGreaterThanOrEqual(0);
        expect(tick.at + V.textSize * 1.1).toBeLessThanOrEqual(layout.height);
      }
    }
  });
});

describe('layoutOverview', () => {
  it('bins every event over the whole extent and marks the window', () => {
    const extent = { from: day('2014-01-01'), to: day('2024-12-31') };
    const overview = layoutOverview(items, extent, window, 960);
    expect(overview.bins.length).toBeGreaterThan(1);
    expect(overview.window.from).toBeLessThan(overview.window.to);
    expect(overview.ticks[0]?.label).toBe('2014');
    expect(estimateTextWidth('abc')).toBeGreaterThan(0);
  });
});
