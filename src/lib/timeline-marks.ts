/**
 * Marks along a lane, shared by the wide and the downward layouts: where an event's mark sits on
 * the time axis, which events share a day, and which marks merge into a bubble (cluster) because
 * they would overlap. Pure and deterministic.
 */
import type { Orientation, PlacedMark, TimelineItem } from './layout-timeline';
import type { TimeScale } from './timeline-scale';
import type { Category } from './vocabulary';

export const MARK_RADIUS = 5.5;
export const CLUSTER_RADIUS = 9;
export const BUCKET = 13;
const CROWDED_BUCKETS = 28;
/** The most lines a cut title takes when it is shown whole, on hover and focus. */
export const FULL_LINES = 6;

export interface Group {
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
export function groupLane(
  items: readonly TimelineItem[],
  scale: TimeScale,
  apart = 0,
  near = BUCKET,
  offsets: ReadonlyMap<string, number> = sameDayOffsets(items),
): Group[] {
  const length = scale.end - scale.start;
  const crowded = items.length > length / near;
  // A crowded lane is cut into at most CROWDED_BUCKETS clusters: their number, and so the cost
  // of drawing them, follows the space, not the number of events.
  const bucket = crowded ? Math.max(near, length / CROWDED_BUCKETS) : near;
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
 * Points on the same day share the day's width (in one lane, or down a phone's column across
 * all of them): when zoomed in far enough they separate, so every event can be reached on its
 * own, and down the column each mark sits beside its own title.
 */
export function sameDayOffsets(items: readonly TimelineItem[]): Map<string, number> {
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

export function markExtent(
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

export function toMark(
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
