import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstDayIndex as day } from './calendar-date';
import {
  expectNoOverlaps,
  items,
  labelBoxes,
  synthetic,
  window,
} from './layout-fixtures.test-support';
import { layoutTimeline, sortItems, toTimelineItem, visibleItems } from './layout-timeline';
import {
  kickerLines,
  MIN_TEXT_PX,
  trimmedWindow,
  V,
  V_LINEAR_SHARE,
  V_MAX_LENGTH,
  wrapTickLabel,
} from './layout-vertical';
import { estimateTextWidth } from './text-metrics';
import { CATEGORIES } from './vocabulary';

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

describe('the downward axis shares its length among days and events', () => {
  // Two events in a quiet May, sixteen in five days of July.
  const dates = [
    '2023-05-05',
    '2023-05-25',
    ...Array.from({ length: 16 }, (_, i) => `2023-07-${String(10 + (i % 5))}`),
  ];
  const events = sortItems(
    dates.map((date, i) =>
      toTimelineItem({
        id: `e${String(i)}`,
        title: 'An event whose title takes two lines in the column',
        date,
        precision: 'day',
        category: 'diplomacy',
        confidence: 'confirmed',
      }),
    ),
  );
  const layout = layoutTimeline(events, { orientation: 'vertical', width: V.width, window });

  it('gives a crowded week the room for every title, and a quiet month less', () => {
    expect(layout.marks.filter((m) => m.label)).toHaveLength(events.length);
    const at = (date: string) => {
      const tick = layout.marks.find((m) => m.item?.dateText.endsWith(date));
      return tick?.y ?? NaN;
    };
    // From the second event of May to the first of July (six weeks), and across those five days.
    const quiet = at('July 10, 2023') - at('May 25, 2023');
    const crowded = layout.axis.to - at('July 10, 2023');
    expect(quiet).toBeLessThan(crowded);
    expect(V_LINEAR_SHARE).toBeGreaterThan(0);
  });

  it('sets each title beside its own mark, however many crowd a day', () => {
    // Each label's room is its own (its kicker, its title's lines), so none drifts down.
    const drops = layout.marks.flatMap((m) =>
      m.leader ? [Math.abs(m.leader.y2 - m.leader.y1)] : [],
    );
    expect(drops).toHaveLength(events.length);
    expect(Math.max(...drops)).toBeLessThan(V.lineHeight * 5);
    const drawn = layout.marks.flatMap((m) =>
      m.label ? [m.label.box.y + m.label.box.height] : [],
    );
    expect(Math.max(...drawn)).toBeLessThanOrEqual(layout.axis.to + V.lineHeight);
  });

  it('keeps its ticks in time order and apart', () => {
    const ats = layout.ticks.map((t) => t.at);
    ats.slice(1).forEach((a, i) => {
      expect(a - (ats[i] ?? 0)).toBeGreaterThanOrEqual(40);
    });
  });
});

describe('one day, several lanes, down the column', () => {
  it('gives each event of the day its own height, beside its own title', () => {
    const day13 = (['disclosure', 'diplomacy', 'investigation'] as const).map((category, i) =>
      toTimelineItem({
        id: `d${String(i)}`,
        title: `Something happens in ${category}`,
        date: '2023-07-13',
        precision: 'day',
        category,
        confidence: 'confirmed',
      }),
    );
    const layout = layoutTimeline(sortItems(day13), {
      orientation: 'vertical',
      width: V.width,
      window,
    });
    const ys = layout.marks.map((m) => m.y);
    expect(new Set(ys).size).toBe(3);
    for (const mark of layout.marks)
      expect(Math.abs((mark.leader?.y2 ?? Infinity) - mark.y)).toBeLessThan(V.lineHeight * 2);
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
