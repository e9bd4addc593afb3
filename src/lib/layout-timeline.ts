/**
 * Timeline layout: where every mark, label, lane, tick and era band goes for a window of time.
 * Pure and deterministic; used at build time to draw the SVG and in the browser after a zoom or
 * a filter. Only what falls inside the window is laid out, and marks that would overlap are
 * merged into clusters, so the cost follows what is on screen, not the number of events.
 *
 * Horizontal: time runs left to right, one lane per category, marks and their labels stacked
 * into a few rows per lane. Vertical (narrow screens): time runs down, one thin column per
 * category, labels in a column of their own, pushed down so they never overlap, with a leader
 * line back to their mark.
 */
import { firstDayIndex, formatDateRange, lastDayIndex, type Precision } from './calendar-date';
import { compareChronologically } from './chronology';
import { wrapLabel } from './label-text';
import { estimateTextWidth, type Box } from './text-metrics';
import { placeRows, type RowUnit } from './timeline-rows';
import { timeScale, timeTicks, type DayWindow, type TimeScale } from './timeline-scale';
import { CATEGORIES, CATEGORY_LABELS, type Category, type Confidence } from './vocabulary';

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
}

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

export const MARK_RADIUS = 5.5;
const CLUSTER_RADIUS = 9;
const BUCKET = 13;
const CROWDED_BUCKETS = 28;
const GAP = 6;
/** Height of one row of marks, and of one line of a label. */
export const ROW_HEIGHT = 14;
const LANE_PAD = 8;
/** Narrowest a label is cut to before its mark is merged into a cluster. */
const MIN_LABEL = 60;
/** Wider than this on one line, a title is wrapped onto two rows when its lane must grow. */
const ONE_LINE_MAX = 500;
/** The most lines a cut title takes when it is shown whole, on hover and focus. */
const FULL_LINES = 6;

/** Horizontal geometry. */
export const H = {
  laneLabelWidth: 104,
  right: 14,
  top: 22,
  axisHeight: 26,
} as const;

/** The smallest text the vertical drawing may show, in CSS pixels, at its narrowest. */
export const MIN_TEXT_PX = 11;

/**
 * The longest the vertical drawing's time axis grows to give its labels room (about ten phone
 * screens); past it, crowded stretches become bubbles.
 */
export const V_MAX_LENGTH = 8000;

/** Vertical geometry. */
export const V = {
  /** The width the downward drawing is laid out at (it is scaled to its box). */
  width: 360,
  /**
   * The narrowest box it is shown in: the column of a 320-px phone. Its text sizes are chosen so
   * that, scaled down to this, no text is smaller than MIN_TEXT_PX.
   */
  narrowest: 288,
  axisWidth: 66,
  /** The room for a tick label left of the axis (it ends 8 px before it, 4 px off the edge). */
  tickLabelWidth: 54,
  columnWidth: 12,
  labelGap: 8,
  top: 16,
  bottom: 16,
  /** Event titles, in the serif label-text.ts measures (timeline.css sets the same sizes). */
  labelSize: 14.5,
  /** Everything else: the kicker, ticks, era labels and bubble counts, in the sans. */
  textSize: 13.75,
  /** A line of a label. */
  lineHeight: 18,
  /** A line above an event's title that names its lane and date. */
  kickerHeight: 17,
} as const;

/** The room along the vertical axis one event's label needs: a kicker and about 2.5 lines. */
const V_LABEL_ROOM = V.kickerHeight + V.lineHeight * 2.5 + 4;

/**
 * A tick label as the lines it is set on within `maxWidth` at `fontSize` (estimated, on the wide
 * side): itself, or split at its first space ("Feb 2023" into "Feb" and "2023") when it is too
 * wide for one line.
 */
export function wrapTickLabel(label: string, maxWidth: number, fontSize: number): string[] {
  const space = label.indexOf(' ');
  if (space < 0 || estimateTextWidth(label, fontSize) <= maxWidth) return [label];
  return [label.slice(0, space), label.slice(space + 1)];
}

/** Items overlapping the window, in time order. Assumes `items` is sorted by `sortItems`. */
export function visibleItems(items: readonly TimelineItem[], window: DayWindow): TimelineItem[] {
  return items.filter((item) => item.end >= Math.floor(window.from) && item.start <= window.to);
}

interface Group {
  items: TimelineItem[];
  /** Along-axis extent of the mark. */
  from: number;
  to: number;
  /** Along-axis centre. */
  at: number;
}

/**
 * Merges marks in a lane whose centres fall within BUCKET of a group's first mark (or, with
 * `apart`, within `apart` of a bubble's centre). Bars long
 * enough to read as bars stay single, unless the lane holds more events than it has room for,
 * when everything is bucketed by where it starts: the number of marks then follows the width.
 */
function groupLane(
  items: readonly TimelineItem[],
  scale: TimeScale,
  apart = 0,
  near = BUCKET,
): Group[] {
  const length = scale.end - scale.start;
  const crowded = items.length > length / near;
  // A crowded lane is cut into at most CROWDED_BUCKETS clusters: their number, and so the cost
  // of drawing them, follows the space, not the number of events.
  const bucket = crowded ? Math.max(near, length / CROWDED_BUCKETS) : near;
  const offsets = sameDayOffsets(items);
  const short = (extent: { from: number; to: number }) =>
    crowded || extent.to - extent.from <= near * 2;
  const groups: Group[] = [];
  let open: Group | undefined;
  for (const item of items) {
    const extent = markExtent(item, scale, offsets.get(item.id));
    const at = crowded ? extent.from : extent.at;
    // `apart`: a bubble's centre and the next mark at least that far apart, or merged.
    const close =
      open !== undefined &&
      (at - open.at < bucket || (open.items.length > 1 && at - (open.from + open.to) / 2 < apart));
    if (open !== undefined && short(extent) && close) {
      open.items.push(item);
      open.to = Math.max(open.to, crowded ? at + MARK_RADIUS : extent.to);
      continue;
    }
    const group = crowded
      ? { items: [item], from: at - MARK_RADIUS, to: at + MARK_RADIUS, at }
      : { items: [item], ...extent };
    groups.push(group);
    if (short(extent)) open = group;
  }
  return groups;
}

/**
 * Points on the same day in the same lane share the day's width: when zoomed in far enough
 * they separate, so every event can be reached on its own.
 */
function sameDayOffsets(items: readonly TimelineItem[]): Map<string, number> {
  const byDay = new Map<number, TimelineItem[]>();
  for (const item of items) {
    if (item.shape !== 'point') continue;
    byDay.set(item.start, [...(byDay.get(item.start) ?? []), item]);
  }
  const offsets = new Map<string, number>();
  for (const group of byDay.values()) {
    group.forEach((item, k) => offsets.set(item.id, (k + 0.5) / group.length));
  }
  return offsets;
}

function markExtent(
  item: TimelineItem,
  scale: TimeScale,
  offset = 0.5,
): { from: number; to: number; at: number } {
  if (item.shape === 'point') {
    const at = scale.position(item.start + offset);
    return { from: at - MARK_RADIUS, to: at + MARK_RADIUS, at };
  }
  const from = scale.position(item.start);
  const to = Math.max(scale.position(item.end + 1), from + MARK_RADIUS * 2);
  return { from, to, at: (from + to) / 2 };
}

function toMark(
  group: Group,
  category: Category,
  across: number,
  orientation: Orientation,
): PlacedMark {
  const place = (along: number) =>
    orientation === 'horizontal' ? { x: along, y: across } : { x: across, y: along };
  const [only] = group.items;
  if (group.items.length > 1 || only === undefined) {
    const centre = group.items.length > 1 ? (group.from + group.to) / 2 : group.at;
    return {
      key: `cluster:${only?.id ?? ''}`,
      category,
      shape: 'cluster',
      items: group.items,
      ...place(centre),
    };
  }
  if (only.shape === 'point')
    return { key: only.id, category, shape: 'point', item: only, ...place(group.at) };
  return {
    key: only.id,
    category,
    shape: only.shape,
    item: only,
    ...place(group.from),
    to: group.to,
  };
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
    return group.items.length === 1 && only ? { ...group, title: only.title } : group;
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

function layoutHorizontal(items: TimelineItem[], options: Required<LayoutOptions>): TimelineLayout {
  const { width, window, lanes: categories, rows: maxRows } = options;
  if (options.overscan > 0) return layoutPan(items, options);
  const scale = timeScale(window, H.laneLabelWidth, width - H.right);
  const marks: PlacedMark[] = [];
  const lanes: LaneBox[] = [];
  let top: number = H.top;
  const room = { scale, start: Math.max(scale.start, H.laneLabelWidth), end: width - 2, maxRows };

  for (const category of categories) {
    const laneItems = items.filter((item) => item.category === category);
    const placed = placeLane(laneItems, category, top, room);
    const lane = { category, from: top, to: top + placed.rows * ROW_HEIGHT + LANE_PAD };
    lanes.push(lane);
    top = lane.to;
    marks.push(...placed.marks);
  }

  const height = top + H.axisHeight;
  const ticks = timeTicks(scale.window, scale.pxPerDay, 72).map((tick) => ({
    at: scale.position(tick.day),
    label: tick.label,
    major: tick.major,
  }));
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
function layoutPan(items: TimelineItem[], options: Required<LayoutOptions>): TimelineLayout {
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
        { scale, start, end, maxRows, fixedRows: true },
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

/**
 * The vertical drawing's kicker: "Diplomacy · June 16, 2023" on one line, or, when that is wider
 * than the label column, the lane on one line and the date under it.
 */
export function kickerLines(item: TimelineItem, maxWidth: number): string[] {
  const lane = CATEGORY_LABELS[item.category];
  const whole = `${lane} · ${item.dateText}`;
  // Set semibold and letter-spaced: measured a tenth wider than plain text.
  return estimateTextWidth(whole, V.textSize * 1.1) <= maxWidth
    ? [whole]
    : [`${lane} ·`, item.dateText];
}

/** Days of paper kept before the first event and after the last down a phone's column. */
const VERTICAL_PAD_DAYS = 3;

/**
 * Down a phone's column the window is trimmed to the events in it: weeks of empty paper before
 * the first event would push every label off a phone's first screen. Across a wide screen the
 * window is kept as asked, since there the empty stretch costs no scrolling.
 */
export function trimmedWindow(items: readonly TimelineItem[], window: DayWindow): DayWindow {
  if (items.length === 0) return window;
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    first = Math.min(first, item.start);
    last = Math.max(last, item.end);
  }
  const from = Math.max(window.from, first - VERTICAL_PAD_DAYS);
  const to = Math.min(window.to, last + VERTICAL_PAD_DAYS);
  return to > from ? { from, to } : window;
}

function layoutVertical(items: TimelineItem[], options: Required<LayoutOptions>): TimelineLayout {
  const { width, lanes: categories } = options;
  const window = trimmedWindow(items, options.window);
  const lanes = categories.map((category, i) => ({
    category,
    from: V.axisWidth + i * V.columnWidth,
    to: V.axisWidth + (i + 1) * V.columnWidth,
  }));
  const labelX = V.axisWidth + lanes.length * V.columnWidth + V.labelGap;
  // Enough length for the labels (a kicker and two or three lines of title) to sit close to
  // their marks, up to V_MAX_LENGTH.
  const length = Math.min(V_MAX_LENGTH, Math.max(420, items.length * V_LABEL_ROOM));
  const scale = timeScale(window, V.top, V.top + length);

  // Down a narrow column, bubbles one after another would overlap: they keep a bubble apart.
  // When there are more single events than the length has room for labels (thousands of events
  // in the window), bubbles take in wider and wider stretches of each column until they fit: the
  // drawing's size follows the screen, not the number of events, as the wide one's does.
  const room = Math.max(lanes.length, Math.floor(length / V_LABEL_ROOM));
  const laneItems = lanes.map((lane) => items.filter((item) => item.category === lane.category));
  const grouped = (near: number): PlacedMark[] =>
    lanes.flatMap((lane, i) =>
      groupLane(laneItems[i] ?? [], scale, CLUSTER_RADIUS * 2 + 2, near).map((group) =>
        toMark(group, lane.category, (lane.from + lane.to) / 2, 'vertical'),
      ),
    );
  let near = BUCKET;
  let marks = grouped(near);
  while (marks.filter((mark) => mark.item).length > room && near <= length) {
    near *= 1.5;
    marks = grouped(near);
  }

  // Labels for single events and era titles share one column, in order along the axis.
  const eraLabels = options.eras
    .map((era) => ({
      era,
      from: Math.max(scale.start, scale.position(era.start)),
      to: Math.min(scale.end, scale.position(era.end + 1)),
    }))
    .filter((e) => e.to > e.from);
  const wanted = [
    ...marks.filter((m) => m.item).map((mark) => ({ at: mark.y, mark, era: undefined })),
    ...eraLabels.map((e) => ({ at: e.from + V.lineHeight / 2, mark: undefined, era: e })),
  ].sort((a, b) => a.at - b.at);
  const maxWidth = width - labelX - 4;
  let bottom = -Infinity;
  const eras: PlacedEra[] = [];
  for (const slot of wanted) {
    const item = slot.mark?.item;
    // An event's label names its lane and date in words above its title: colour is never the
    // only way to tell lanes apart.
    const kicker = item ? kickerLines(item, maxWidth) : [];
    const title = item?.title ?? slot.era?.era.title ?? '';
    // A title in the serif, on up to three lines; an era's name in the sans, on one.
    const lines = item
      ? wrapLabel(title, maxWidth, 3, V.labelSize)
      : wrapLabel(title, maxWidth, 1, V.textSize, estimateTextWidth);
    const shown = lines.lines.length > 0 ? lines.lines : [title];
    const above = kicker.length * V.kickerHeight;
    const height = above + shown.length * V.lineHeight;
    const top = Math.max(slot.at - V.lineHeight / 2 - above, bottom + 4);
    bottom = top + height;
    const firstLine = top + above + V.lineHeight / 2;
    const label: PlacedLabel = {
      x: labelX,
      y: firstLine + (item ? V.labelSize : V.textSize) * 0.35,
      text: shown.join(' '),
      lines: shown,
      truncated: lines.truncated,
      ...(lines.truncated
        ? { full: wrapLabel(title, maxWidth, FULL_LINES, V.labelSize).lines }
        : {}),
      anchor: 'start',
      box: { x: labelX, y: top, width: maxWidth, height },
      ...(kicker.length > 0 ? { kicker: kicker.join(' '), kickerLines: kicker } : {}),
    };
    if (slot.mark?.item) {
      slot.mark.label = label;
      slot.mark.leader = {
        x1: slot.mark.x + MARK_RADIUS + 1,
        y1: slot.mark.y,
        x2: labelX - 3,
        y2: firstLine,
      };
    } else if (slot.era) {
      eras.push({
        id: slot.era.era.id,
        title: slot.era.era.title,
        from: slot.era.from,
        to: slot.era.to,
        label,
      });
    }
  }

  const end = Math.max(scale.end, bottom) + V.bottom;
  const ticks = timeTicks(window, scale.pxPerDay, 40).map((tick): PlacedTick => {
    // A major tick is set in the semibold, as wide as the kicker's.
    const lines = wrapTickLabel(tick.label, V.tickLabelWidth, V.textSize * (tick.major ? 1.1 : 1));
    return {
      at: scale.position(tick.day),
      label: tick.label,
      major: tick.major,
      ...(lines.length > 1 ? { lines } : {}),
    };
  });
  return {
    orientation: 'vertical',
    width,
    height: Math.ceil(end),
    window,
    axis: { from: scale.start, to: scale.end },
    lanes,
    ticks,
    eras: eras.sort((a, b) => a.from - b.from),
    marks,
    visibleIds: items.map((item) => item.id),
  };
}

/**
 * Lays out the items (already filtered, in time order) that fall inside `options.window`.
 */
export function layoutTimeline(
  items: readonly TimelineItem[],
  options: LayoutOptions,
): TimelineLayout {
  const full: Required<LayoutOptions> = {
    lanes: CATEGORIES,
    eras: [],
    rows: 7,
    overscan: 0,
    ...options,
  };
  const drawn =
    full.orientation === 'horizontal' ? overscanned(full.window, full.overscan) : full.window;
  const shown = visibleItems(items, drawn).filter((item) => full.lanes.includes(item.category));
  return full.orientation === 'horizontal'
    ? layoutHorizontal(shown, full)
    : layoutVertical(shown, full);
}

/** The overview strip: a histogram of all items over the whole extent, with the window marked. */
export interface OverviewLayout {
  width: number;
  height: number;
  extent: DayWindow;
  bins: Box[];
  window: { from: number; to: number };
  ticks: PlacedTick[];
}

export const OVERVIEW_HEIGHT = 44;

/** The overview's time scale: the whole extent across the plot's width. */
export function overviewScale(extent: DayWindow, width: number): TimeScale {
  return timeScale(extent, H.laneLabelWidth, width - H.right);
}

export function layoutOverview(
  items: readonly TimelineItem[],
  extent: DayWindow,
  window: DayWindow,
  width: number,
): OverviewLayout {
  const left = H.laneLabelWidth;
  const scale = overviewScale(extent, width);
  const binWidth = 3;
  const counts = new Map<number, number>();
  for (const item of items) {
    const bin = Math.floor((scale.position(item.start) - left) / binWidth);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  const barArea = OVERVIEW_HEIGHT - 18;
  const max = Math.max(1, ...counts.values());
  const bins = [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([bin, count]) => {
      const h = Math.max(2, Math.round((Math.sqrt(count) / Math.sqrt(max)) * barArea));
      return { x: left + bin * binWidth, y: barArea - h + 2, width: binWidth - 0.5, height: h };
    });
  return {
    width,
    height: OVERVIEW_HEIGHT,
    extent,
    bins,
    window: { from: scale.position(window.from), to: scale.position(window.to + 1) },
    ticks: timeTicks(extent, scale.pxPerDay, 48).map((tick) => ({
      at: scale.position(tick.day),
      label: tick.label,
      major: tick.major,
    })),
  };
}
