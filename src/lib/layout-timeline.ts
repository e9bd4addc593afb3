/**
 * Timeline layout: where every mark, label, lane, tick and era band goes for a window of time.
 * Pure and deterministic; used at build time to draw the SVG and in the browser after a zoom or
 * a filter. Only what falls inside the window is laid out, and marks that would overlap are
 * merged into clusters, so the cost follows what is on screen, not the number of events.
 *
 * This module holds the types, the entry point and the horizontal layout: time runs left to
 * right, one lane per category, marks and their labels stacked into a few rows per lane. The
 * downward drawing of narrow screens is in layout-vertical.ts, the marks both share in
 * timeline-marks.ts, and the overview strip in layout-overview.ts.
 */
import { firstDayIndex, formatDateRange, lastDayIndex, type Precision } from './calendar-date';
import { compareChronologically } from './chronology';
import { wrapLabel } from './label-text';
import { layoutVertical } from './layout-vertical';
import { estimateTextWidth, type Box } from './text-metrics';
import {
  CLUSTER_RADIUS,
  FULL_LINES,
  groupLane,
  markExtent,
  sameDayOffsets,
  toMark,
  BUCKET,
} from './timeline-marks';
import { placeRows, type RowHint, type RowUnit } from './timeline-rows';
import { timeScale, timeTicks, type DayWindow, type TimeScale } from './timeline-scale';
import { CATEGORIES, type Category, type Confidence } from './vocabulary';

/** How an event is drawn: a day is a point, a known range a bar, a vague date an uncertain span. */
export type MarkShape = 'point' | 'bar' | 'span';

/** An event as the timeline needs it. Serialisable: shipped to the browser as JSON. */
export interface TimelineItem {
  id: string;
  title: string;
  /** The date as readers see it: "June 16, 2023", "July 2023", "July 6–9, 2023". */
  dateText: string;
  /** First day covered (day index). */
  start: number;
  /** Last day covered (day index), inclusive. */
  end: number;
  shape: MarkShape;
  category: Category;
  confidence: Confidence;
}

/** The fields of an event the timeline reads. */
export interface TimelineSource {
  id: string;
  title: string;
  date: string;
  end?: string;
  precision: Precision;
  category: Category;
  confidence: Confidence;
}

/** Size of event labels, in SVG units; they are set in the face label-text.ts measures. */
export const LABEL_FONT_SIZE = 12;

/** Turns an event into a timeline item. */
export function toTimelineItem(event: TimelineSource): TimelineItem {
  const last = event.end ?? event.date;
  const shape: MarkShape =
    event.precision !== 'day'
      ? 'span'
      : event.end !== undefined && event.end !== event.date
        ? 'bar'
        : 'point';
  return {
    id: event.id,
    title: event.title,
    dateText: formatDateRange(event.date, event.end),
    start: firstDayIndex(event.date),
    end: lastDayIndex(last),
    shape,
    category: event.category,
    confidence: event.confidence,
  };
}

/** Items in the site's one chronological order. */
export function sortItems(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort(compareChronologically);
}

/** A shaded window of time behind the marks. */
export interface EraInput {
  id: string;
  title: string;
  /** First day (day index). */
  start: number;
  /** Last day (day index), inclusive. */
  end: number;
}

export type Orientation = 'horizontal' | 'vertical';

export interface LayoutOptions {
  orientation: Orientation;
  /** Width of the drawing in SVG units. */
  width: number;
  window: DayWindow;
  /** Lanes to draw, in order; all categories by default. */
  lanes?: readonly Category[];
  eras?: readonly EraInput[];
  /** Horizontal: the most rows of marks and labels a lane may grow to. */
  rows?: number;
  /**
   * Horizontal only: also lay out this many window-widths either side of the window, drawn
   * beyond the plot and clipped, so that a pan can slide the drawing without laying it out.
   */
  overscan?: number;
  /**
   * Horizontal only: the drawing this one follows at the same scale (after a pan, or a filter
   * that keeps the window). Its events keep their rows and their titles' sides where their whole
   * titles still fit, so that the drawing does not rearrange under the reader.
   */
  keep?: TimelineLayout;
}

/** The options a layout works with: every one given or defaulted, the drawing to keep apart. */
export type FullOptions = Required<Omit<LayoutOptions, 'keep'>> & {
  hints: ReadonlyMap<string, RowHint>;
};

export interface LaneBox {
  category: Category;
  /** Horizontal: the lane's top and bottom. Vertical: its column's left and right. */
  from: number;
  to: number;
}

export interface PlacedTick {
  /** Position along the time axis. */
  at: number;
  label: string;
  major: boolean;
  /** The label on two lines ("Feb", "2023") where one is too wide for the vertical axis. */
  lines?: string[];
}

export interface PlacedEra {
  id: string;
  title: string;
  /** Extent along the time axis. */
  from: number;
  to: number;
  label: PlacedLabel;
}

export interface PlacedLabel {
  x: number;
  /** Baseline of the first line. */
  y: number;
  /** The whole text shown, lines joined by spaces. */
  text: string;
  /** The lines, one under the other, LINE_HEIGHT apart. */
  lines: string[];
  /** Words of the title were left out: the full title is shown on hover and focus. */
  truncated: boolean;
  /** A cut label's whole title as shown on hover and focus, on as many lines as it needs. */
  full?: string[];
  /** Vertical: a first line naming the event's lane and date (the whole text). */
  kicker?: string;
  /** The kicker as drawn: one line, or two when it is wider than the label column. */
  kickerLines?: string[];
  /** Which end of the text sits at x. */
  anchor: 'start' | 'end';
  /** The box the label occupies, for overlap checks: x, y (top), width, height. */
  box: Box;
}

export type { Box };

export interface PlacedMark {
  /** The event's id, or a cluster's id (`cluster:<first id>`). */
  key: string;
  category: Category;
  /** Centre of the mark. */
  x: number;
  y: number;
  /** Bars and spans: where they end along the time axis (x horizontal, y vertical). */
  to?: number;
  shape: MarkShape | 'cluster';
  /** Single events only. */
  item?: TimelineItem;
  /** Clusters: the events merged, in time order. */
  items?: TimelineItem[];
  label?: PlacedLabel;
  /** Vertical: a line from the mark to a label pushed away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  window: DayWindow;
  /** Extent of the plot along the time axis. */
  axis: { from: number; to: number };
  /** Where tick labels and the lane area sit across the time axis. */
  lanes: LaneBox[];
  ticks: PlacedTick[];
  eras: PlacedEra[];
  marks: PlacedMark[];
  /** Ids of the single events drawn, in time order. */
  visibleIds: string[];
}

const GAP = 6;
/** Height of one row of marks, and of one line of a label. */
export const ROW_HEIGHT = 14;
const LANE_PAD = 8;
/** Narrowest a label is cut to before its mark is merged into a cluster. */
const MIN_LABEL = 60;
/** Wider than this on one line, a title is wrapped onto two rows when its lane must grow. */
const ONE_LINE_MAX = 500;

/** Room kept between a tick label's estimated end and the drawing's right edge. */
export const TICK_MARGIN = 3;

/** Horizontal geometry. */
export const H = {
  laneLabelWidth: 104,
  right: 14,
  top: 22,
  axisHeight: 26,
} as const;

/** Items overlapping the window, in time order. Assumes `items` is sorted by `sortItems`. */
export function visibleItems(items: readonly TimelineItem[], window: DayWindow): TimelineItem[] {
  return items.filter((item) => item.end >= Math.floor(window.from) && item.start <= window.to);
}

/** The window widened by `overscan` window-widths on each side. */
function overscanned(window: DayWindow, overscan: number): DayWindow {
  const span = (window.to + 1 - window.from) * overscan;
  return { from: window.from - span, to: window.to + span };
}

/** Where one lane's marks and labels may go along the time axis, and how many rows it has. */
interface LaneRoom {
  scale: TimeScale;
  /** Along-axis limits of the labels. */
  start: number;
  end: number;
  maxRows: number;
  /** The lane keeps `maxRows` rows: a pan's extension fills the rows the lane already has. */
  fixedRows?: boolean;
  /** Rows and sides from the drawing this one follows, by event id. */
  hints: ReadonlyMap<string, RowHint>;
}

/** Places one lane's items (in time order) at `top`: its marks, their labels, and its rows. */
function placeLane(
  laneItems: readonly TimelineItem[],
  category: Category,
  top: number,
  room: LaneRoom,
): { marks: PlacedMark[]; rows: number } {
  const { scale, start, end, maxRows } = room;
  // A lane with more events than it has room for is cut into pixel buckets up front, so the
  // cost follows the width; otherwise every event is its own mark, merged only as a last resort.
  const crowded = laneItems.length > ((scale.end - scale.start) / BUCKET) * maxRows;
  const offsets = sameDayOffsets(laneItems);
  const groups = crowded
    ? groupLane(laneItems, scale)
    : laneItems.map((item) => ({
        items: [item],
        ...markExtent(item, scale, offsets.get(item.id)),
      }));
  const units: RowUnit<TimelineItem>[] = groups.map((group) => {
    const [only] = group.items;
    if (group.items.length !== 1 || !only) return group;
    const hint = room.hints.get(only.id);
    return { ...group, title: only.title, ...(hint ? { hint } : {}) };
  });
  const { placed, rows } = placeRows(units, {
    fontSize: LABEL_FONT_SIZE,
    start,
    end,
    maxRows,
    gap: GAP,
    clusterRadius: CLUSTER_RADIUS,
    minLabel: MIN_LABEL,
    oneLineMax: ONE_LINE_MAX,
    ...(room.fixedRows ? { fixedRows: true } : {}),
  });
  const rowY = (row: number) => top + LANE_PAD / 2 + ROW_HEIGHT * row + ROW_HEIGHT / 2;
  const marks: PlacedMark[] = [];
  for (const unit of placed) {
    const y = rowY(unit.row);
    const mark = toMark(unit, category, y, 'horizontal');
    const label = unit.label;
    if (label) {
      const atEnd = label.side === 'left';
      // A cut title is shown whole on hover and focus, wrapped to the room its side has.
      const side = atEnd ? label.from + label.width - start : end - label.from;
      const full = wrapLabel(
        unit.title ?? '',
        Math.max(label.width, Math.min(side, ONE_LINE_MAX)),
        FULL_LINES,
        LABEL_FONT_SIZE,
      );
      mark.label = {
        x: atEnd ? label.from + label.width : label.from,
        y: y + LABEL_FONT_SIZE * 0.35,
        text: label.lines.join(' '),
        lines: label.lines,
        truncated: label.truncated,
        ...(label.truncated ? { full: full.lines } : {}),
        anchor: atEnd ? 'end' : 'start',
        box: {
          x: label.from,
          y: y - ROW_HEIGHT / 2 + 1,
          width: label.width,
          height: ROW_HEIGHT * label.lines.length - 2,
        },
      };
    }
    marks.push(mark);
  }
  return { marks, rows };
}

function layoutHorizontal(items: TimelineItem[], options: FullOptions): TimelineLayout {
  const { width, window, lanes: categories, rows: maxRows } = options;
  if (options.overscan > 0) return layoutPan(items, options);
  const scale = timeScale(window, H.laneLabelWidth, width - H.right);
  const marks: PlacedMark[] = [];
  const lanes: LaneBox[] = [];
  let top: number = H.top;
  const room = {
    scale,
    start: Math.max(scale.start, H.laneLabelWidth),
    end: width - 2,
    maxRows,
    hints: options.hints,
  };

  for (const category of categories) {
    const laneItems = items.filter((item) => item.category === category);
    const placed = placeLane(laneItems, category, top, room);
    const lane = { category, from: top, to: top + placed.rows * ROW_HEIGHT + LANE_PAD };
    lanes.push(lane);
    top = lane.to;
    marks.push(...placed.marks);
  }

  const height = top + H.axisHeight;
  // A tick whose label, centred on it, would run past the drawing's right edge is left out.
  const ticks = timeTicks(scale.window, scale.pxPerDay, 72)
    .map((tick) => ({ at: scale.position(tick.day), label: tick.label, major: tick.major }))
    .filter((tick) => tick.at + estimateTextWidth(tick.label) / 2 + TICK_MARGIN <= width);
  return {
    orientation: 'horizontal',
    width,
    height,
    window,
    axis: { from: H.laneLabelWidth, to: width - H.right },
    lanes,
    ticks,
    eras: placeErasHorizontal(options.eras, scale),
    marks,
    visibleIds: visibleItems(items, window).map((item) => item.id),
  };
}

/**
 * The drawing a drag slides: the resting drawing of the window, unchanged, with `overscan`
 * window-widths either side filled in around it. The lanes keep their rows, the window's marks,
 * labels and ticks stay where they are, so nothing moves under the reader's pointer as the drag
 * starts; events beyond the window take the rows they find room in, their labels kept clear of
 * the window's, and the ticks carry on at the same step.
 */
function layoutPan(items: TimelineItem[], options: FullOptions): TimelineLayout {
  const { width, window, overscan } = options;
  const resting = layoutHorizontal(visibleItems(items, window), { ...options, overscan: 0 });
  const plotWidth = width - H.right - H.laneLabelWidth;
  const scale = timeScale(
    overscanned(window, overscan),
    H.laneLabelWidth - plotWidth * overscan,
    width - H.right + plotWidth * overscan,
  );
  const before = items.filter((item) => item.end < window.from);
  const after = items.filter((item) => item.start > window.to);
  const marks = [...resting.marks];
  for (const lane of resting.lanes) {
    const maxRows = Math.round((lane.to - lane.from - LANE_PAD) / ROW_HEIGHT);
    const strip = (stripItems: TimelineItem[], start: number, end: number) =>
      placeLane(
        stripItems.filter((item) => item.category === lane.category),
        lane.category,
        lane.from,
        { scale, start, end, maxRows, fixedRows: true, hints: options.hints },
      ).marks;
    marks.push(
      ...strip(before, scale.start, H.laneLabelWidth - GAP),
      ...strip(after, width - 2 + GAP, scale.end),
    );
  }
  // Ticks fall on the same days whatever the window (timeTicks): the wider window's carry on
  // the window's own, which keep their labels.
  const outside = timeTicks(scale.window, scale.pxPerDay, 72)
    .map((tick) => ({ at: scale.position(tick.day), label: tick.label, major: tick.major }))
    .filter((tick) => tick.at < resting.axis.from - 1 || tick.at > resting.axis.to + 1);
  const restingEras = new Set(resting.eras.map((era) => era.id));
  return {
    ...resting,
    ticks: [
      ...outside.filter((t) => t.at < resting.axis.from),
      ...resting.ticks,
      ...outside.filter((t) => t.at > resting.axis.to),
    ],
    eras: [
      ...resting.eras,
      ...placeErasHorizontal(options.eras, scale).filter((era) => !restingEras.has(era.id)),
    ],
    marks,
  };
}

function placeErasHorizontal(eras: readonly EraInput[], scale: TimeScale): PlacedEra[] {
  const placed: PlacedEra[] = [];
  let labelEnd = -Infinity;
  for (const era of eras) {
    const from = Math.max(scale.start, scale.position(era.start));
    const to = Math.min(scale.end, scale.position(era.end + 1));
    if (to <= from) continue;
    const width = estimateTextWidth(era.title);
    const x = Math.max(from + 2, labelEnd + GAP);
    const text = x + width <= scale.end ? era.title : '';
    if (text) labelEnd = x + width;
    placed.push({
      id: era.id,
      title: era.title,
      from,
      to,
      label: {
        x,
        y: 14,
        text,
        lines: text ? [text] : [],
        truncated: false,
        anchor: 'start',
        box: { x, y: 3, width: text ? width : 0, height: 14 },
      },
    });
  }
  return placed;
}

/** Whether `layout` was drawn across the same width at the same scale as `options` ask. */
function sameScale(layout: TimelineLayout, options: Omit<LayoutOptions, 'keep'>): boolean {
  const span = (w: DayWindow) => w.to - w.from;
  return (
    layout.orientation === 'horizontal' &&
    options.orientation === 'horizontal' &&
    layout.width === options.width &&
    Math.abs(span(layout.window) - span(options.window)) < 1e-6
  );
}

/** Each titled event's row in its lane, and its title's side and lines, in `layout`. */
export function rowHints(layout: TimelineLayout): Map<string, RowHint> {
  const lanes = new Map(layout.lanes.map((lane) => [lane.category, lane]));
  const hints = new Map<string, RowHint>();
  for (const mark of layout.marks) {
    const lane = lanes.get(mark.category);
    if (!mark.item || !mark.label || !lane) continue;
    hints.set(mark.item.id, {
      row: Math.round((mark.y - lane.from - LANE_PAD / 2 - ROW_HEIGHT / 2) / ROW_HEIGHT),
      side: mark.label.anchor === 'end' ? 'left' : 'right',
      lines: mark.label.lines.length,
    });
  }
  return hints;
}

/**
 * Lays out the items (already filtered, in time order) that fall inside `options.window`.
 */
export function layoutTimeline(
  items: readonly TimelineItem[],
  options: LayoutOptions,
): TimelineLayout {
  const { keep, ...given } = options;
  const full: FullOptions = {
    lanes: CATEGORIES,
    eras: [],
    rows: 7,
    overscan: 0,
    ...given,
    hints: keep && sameScale(keep, given) ? rowHints(keep) : new Map(),
  };
  const drawn =
    full.orientation === 'horizontal' ? overscanned(full.window, full.overscan) : full.window;
  const shown = visibleItems(items, drawn).filter((item) => full.lanes.includes(item.category));
  return full.orientation === 'horizontal'
    ? layoutHorizontal(shown, full)
    : layoutVertical(shown, full);
}
