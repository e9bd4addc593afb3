/**
 * The downward timeline drawn on narrow screens: time runs down, one thin column per category,
 * labels in a column of their own, pushed down so they never overlap, each with a leader line
 * back to its mark and a kicker naming its lane and date. Pure and deterministic.
 */
import { wrapLabel } from './label-text';
import type {
  FullOptions,
  PlacedEra,
  PlacedLabel,
  PlacedMark,
  PlacedTick,
  TimelineItem,
  TimelineLayout,
} from './layout-timeline';
import { estimateTextWidth } from './text-metrics';
import {
  BUCKET,
  CLUSTER_RADIUS,
  FULL_LINES,
  MARK_RADIUS,
  groupLane,
  sameDayOffsets,
  toMark,
} from './timeline-marks';
import { densityScale, timeTicks, type DayWindow } from './timeline-scale';
import { CATEGORY_LABELS } from './vocabulary';

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
 * The share of the downward axis spread evenly over the days; the rest is shared among the
 * events. Time alone left a phone's first screen with two events of a quiet May and pushed July's
 * crowded titles far below their marks.
 */
export const V_LINEAR_SHARE = 0.2;

/** The least room between two tick labels down the axis. */
const V_TICK_SPACING = 40;

/** Room between one label and the next down the column, so that each kicker reads with its own title. */
const V_LABEL_GAP = 8;

/** The most lines an event's title takes down a phone's column (no hover to show the rest). */
const V_TITLE_LINES = 4;

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

export function layoutVertical(items: TimelineItem[], options: FullOptions): TimelineLayout {
  const { width, lanes: categories } = options;
  const window = trimmedWindow(items, options.window);
  const lanes = categories.map((category, i) => ({
    category,
    from: V.axisWidth + i * V.columnWidth,
    to: V.axisWidth + (i + 1) * V.columnWidth,
  }));
  const labelX = V.axisWidth + lanes.length * V.columnWidth + V.labelGap;
  const maxWidth = width - labelX - 4;
  // Each event's label, set once: its kicker, its title's lines and the room they take.
  const labels = new Map(
    items.map((item) => {
      const kicker = kickerLines(item, maxWidth);
      const lines = wrapLabel(item.title, maxWidth, V_TITLE_LINES, V.labelSize);
      const room = kicker.length * V.kickerHeight + Math.max(1, lines.lines.length) * V.lineHeight;
      return [item.id, { kicker, lines, room: room + V_LABEL_GAP }];
    }),
  );
  const eraStarts = options.eras
    .filter((era) => era.end >= window.from && era.start <= window.to)
    .map((era) => Math.max(era.start, window.from));
  const eraRoom = V.lineHeight + V_LABEL_GAP;
  // The axis shares its length among the labels, each taking the room it needs, beside its own
  // day (and a fifth spread over the days): each label sits beside its mark. Up to V_MAX_LENGTH.
  const rooms = [
    ...items.map((item) => labels.get(item.id)?.room ?? 0),
    ...eraStarts.map(() => eraRoom),
  ];
  const labelled = rooms.reduce((a, b) => a + b, 0);
  const length = Math.min(V_MAX_LENGTH, Math.max(420, labelled / (1 - V_LINEAR_SHARE)));
  // A drawing longer than its labels need (a few events) gives the rest to the days.
  const scale = densityScale(
    window,
    [...items.map((item) => item.start), ...eraStarts],
    V.top,
    V.top + length,
    Math.max(V_LINEAR_SHARE, 1 - labelled / length),
    rooms,
  );

  // Down a narrow column, bubbles one after another would overlap: they keep a bubble apart.
  // When there are more single events than the length has room for labels (thousands of events
  // in the window), bubbles take in wider and wider stretches of each column until they fit: the
  // drawing's size follows the screen, not the number of events, as the wide one's does.
  const room = Math.max(lanes.length, Math.floor(length / V_LABEL_ROOM));
  const laneItems = lanes.map((lane) => items.filter((item) => item.category === lane.category));
  // Events of one day share its stretch of the axis across all lanes, in time order, as their
  // labels do: each mark sits beside its own title, not beside another lane's of the same day.
  const offsets = sameDayOffsets(items);
  const grouped = (near: number): PlacedMark[] =>
    lanes.flatMap((lane, i) =>
      groupLane(laneItems[i] ?? [], scale, CLUSTER_RADIUS * 2 + 2, near, offsets).map((group) =>
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
  let bottom = -Infinity;
  const eras: PlacedEra[] = [];
  for (const slot of wanted) {
    const item = slot.mark?.item;
    // An event's label names its lane and date in words above its title: colour is never the
    // only way to tell lanes apart.
    const set = item ? labels.get(item.id) : undefined;
    const kicker = set?.kicker ?? [];
    const title = item?.title ?? slot.era?.era.title ?? '';
    // A title in the serif, on up to four lines; an era's name in the sans, on one.
    const lines = set?.lines ?? wrapLabel(title, maxWidth, 1, V.textSize, estimateTextWidth);
    const shown = lines.lines.length > 0 ? lines.lines : [title];
    const above = kicker.length * V.kickerHeight;
    const height = above + shown.length * V.lineHeight;
    // Never above the drawing: the first label, near the top of the axis, keeps its kicker.
    const top = Math.max(slot.at - V.lineHeight / 2 - above, bottom + V_LABEL_GAP, 2);
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
  // Ticks at a calendar step every day's share leaves room for (weeks, say), further apart where
  // events stretch the days; one closer than its label needs to the last is left out.
  let lastTick = -Infinity;
  const ticks = timeTicks(window, scale.pxPerDay, V_TICK_SPACING).flatMap((tick): PlacedTick[] => {
    const at = scale.position(tick.day);
    if (at - lastTick < V_TICK_SPACING) return [];
    lastTick = at;
    // A major tick is set in the semibold, as wide as the kicker's.
    const lines = wrapTickLabel(tick.label, V.tickLabelWidth, V.textSize * (tick.major ? 1.1 : 1));
    return [{ at, label: tick.label, major: tick.major, ...(lines.length > 1 ? { lines } : {}) }];
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
