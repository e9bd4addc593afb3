/**
 * Rows of one timeline lane (horizontal layout): where each mark goes and how its title is set.
 * Marks are taken in time order and each goes into the lowest row where it and its label fit,
 * the label on one line or wrapped onto two rows, right of the mark (or left of it near the end
 * of the axis). A lane adds rows as it needs them, up to a limit. Only when no row is left is a
 * label cut, after a whole word, to make room for the next mark; and only when marks themselves
 * would overlap are they merged into a cluster. Pure: geometry along the time axis, rows as
 * indices.
 */
import { balancedWrap, measureLabel, wrapLabel, type WrappedLabel } from './label-text';

/** One mark to place: a single event (with its title) or a group already merged. */
export interface RowUnit<T> {
  items: T[];
  /** Along-axis extent of the mark, and its centre. */
  from: number;
  to: number;
  at: number;
  /** The title to set beside a single event's mark. */
  title?: string;
  /** Where the mark and its title sat in the drawing this one follows: tried first. */
  hint?: RowHint;
}

/** A mark's row, and the side and lines of its title, in an earlier drawing of its lane. */
export interface RowHint {
  row: number;
  side: 'right' | 'left';
  lines: number;
}

export interface RowLabel {
  /** Along-axis start of the text box. */
  from: number;
  width: number;
  lines: string[];
  /** Words were left out: the full title must be reachable another way. */
  truncated: boolean;
  /** Which side of its mark the label sits on. */
  side: 'right' | 'left';
}

export interface RowPlaced<T> extends RowUnit<T> {
  row: number;
  label?: RowLabel;
}

export interface RowOptions {
  fontSize: number;
  /** Along-axis limits of the plot: labels stay inside. */
  start: number;
  end: number;
  /** Rows the lane may grow to. */
  maxRows: number;
  /** Room between things in a row. */
  gap: number;
  /** Half the width of a cluster's bubble. */
  clusterRadius: number;
  /** Narrowest a label may be cut to before a cluster is preferred. */
  minLabel: number;
  /** Labels wider than this on one line are wrapped onto two rows when a row must be added. */
  oneLineMax: number;
  /**
   * The lane has exactly `maxRows` rows and never grows: a mark with no room joins a bubble, or
   * takes the row it fits in (the lowest, else the first) without a label.
   */
  fixedRows?: boolean;
}

interface Slot {
  row: number;
  label: RowLabel;
}

const PAD = 4;
/**
 * A cut title keeps at least this many words, on each of its lines: "Microsoft…" alone tells a
 * reader nothing, and nor does a column of single words ("Commerce / Secretary…").
 */
const MIN_WORDS = 2;

/** Whether a label says enough: whole, or cut with at least `MIN_WORDS` words on every line. */
export function saysEnough(wrapped: WrappedLabel): boolean {
  if (wrapped.lines.length === 0) return false;
  if (!wrapped.truncated) return true;
  return wrapped.lines.every(
    (line) => line.replace(/…$/, '').trim().split(/\s+/).filter(Boolean).length >= MIN_WORDS,
  );
}

/**
 * Rows a lane may add beyond `maxRows` rather than cut an earlier title: a few rows of height
 * cost the reader less than titles cut short (a 600-px article column cut 11 titles with 3).
 */
export const EXTRA_ROWS = 6;

/** Places the units of one lane (in time order). Returns them placed, and the rows used. */
export function placeRows<T>(
  units: readonly RowUnit<T>[],
  options: RowOptions,
): { placed: RowPlaced<T>[]; rows: number } {
  const { gap, maxRows } = options;
  const ends: number[] = [];
  /** The unit that last took each row, for cutting its label to make room. */
  const owners: (RowPlaced<T> | undefined)[] = [];
  /** Where each row ended before its owner took it, for turning the owner's label around. */
  const before: number[] = [];
  const placed: RowPlaced<T>[] = [];

  const free = (row: number, from: number) => (ends[row] ?? -Infinity) + gap <= from;
  const take = (unit: RowPlaced<T>) => {
    const lines = unit.label?.lines.length ?? 1;
    for (let k = 0; k < lines; k++) {
      const row = unit.row + k;
      const labelEnd = unit.label ? unit.label.from + unit.label.width : -Infinity;
      before[row] = ends[row] ?? -Infinity;
      ends[row] = Math.max(
        ends[row] ?? -Infinity,
        k === 0 ? Math.max(unit.to, labelEnd) : labelEnd,
      );
      owners[row] = unit;
    }
    placed.push(unit);
  };

  // Where a mark goes that nothing else can take: a new row, or in a lane of fixed rows the
  // lowest row it fits in (else the first), without a label.
  const lastResort = (unit: RowUnit<T>) =>
    options.fixedRows
      ? Math.max(
          0,
          lowestFree(maxRows, (r) => free(r, unit.from)),
        )
      : ends.length;

  for (const unit of units) {
    if (unit.items.length > 1 || unit.title === undefined) {
      const row = lowestFree(ends.length, (r) => free(r, unit.from));
      if (row !== -1 || ends.length < maxRows) {
        take({ ...unit, row: row === -1 ? ends.length : row });
      } else if (!mergeOverlapping(unit, placed, owners, ends, gap)) {
        take({ ...unit, row: lastResort(unit) });
      }
      continue;
    }
    const title = unit.title;
    const grow = (limit: number) =>
      ends.length < limit
        ? findSlot(
            unit,
            title,
            limit,
            measureLabel(title, options.fontSize) > options.oneLineMax
              ? ['two', 'one']
              : ['one', 'two'],
            free,
            options,
          )
        : undefined;
    // Whole titles first, in the lane's rows, then in a few rows more, then beside an earlier
    // title turned to the left of its mark; then a title cut at the end of the axis; only then an
    // earlier title is cut to make room.
    // A mark keeps its row and its title's side from the drawing this one follows (a pan), if
    // its whole title still fits there: the drawing does not rearrange under the reader.
    const limit = options.fixedRows ? maxRows : maxRows + EXTRA_ROWS;
    const slot =
      (unit.hint && hinted(unit, title, unit.hint, limit, free, options)) ??
      findSlot(unit, title, ends.length, ['one', 'two'], free, options) ??
      grow(maxRows) ??
      grow(limit) ??
      turnOwner(unit, title, owners, ends, before, free, options) ??
      cutToRoom(unit, title, Math.max(ends.length, 1), free, options) ??
      cutOwner(unit, title, owners, ends, free, options);
    if (slot) take({ ...unit, row: slot.row, label: slot.label });
    else if (!mergeOverlapping(unit, placed, owners, ends, gap)) {
      // Nothing overlaps this mark: it is never hidden in a bubble, the lane grows instead.
      if (options.fixedRows) {
        take({ ...unit, row: lastResort(unit) });
        continue;
      }
      const row = ends.length;
      const label = findSlot(unit, title, row + 2, ['one', 'two'], free, options)?.label;
      take({ ...unit, row, ...(label ? { label } : {}) });
    }
  }
  return { placed, rows: Math.max(1, ends.length) };
}

/** The row and side `hint` gives, with the whole title on as many lines, if it fits there. */
function hinted<T>(
  unit: RowUnit<T>,
  title: string,
  hint: RowHint,
  limit: number,
  free: (row: number, from: number) => boolean,
  options: RowOptions,
): Slot | undefined {
  if (hint.row < 0 || hint.row + hint.lines > limit) return undefined;
  const wrapped =
    hint.lines === 1
      ? { lines: [title], width: measureLabel(title, options.fontSize), truncated: false }
      : balancedWrap(title, options.fontSize);
  if (wrapped.lines.length !== hint.lines) return undefined;
  const label = sideLabel(unit, wrapped, hint.side);
  if (label.from < options.start || label.from + label.width > options.end) return undefined;
  return fits(unit, label, hint.row, free) ? { row: hint.row, label } : undefined;
}

function lowestFree(rows: number, isFree: (row: number) => boolean): number {
  for (let row = 0; row < rows; row++) if (isFree(row)) return row;
  return -1;
}

/** The lowest row where the mark and its whole title fit, in one of the `shapes` asked for. */
function findSlot<T>(
  unit: RowUnit<T>,
  title: string,
  rows: number,
  shapes: readonly ('one' | 'two')[],
  free: (row: number, from: number) => boolean,
  options: RowOptions,
): Slot | undefined {
  const wraps: Record<'one' | 'two', () => WrappedLabel> = {
    one: () => ({
      lines: [title],
      width: measureLabel(title, options.fontSize),
      truncated: false,
    }),
    two: () => balancedWrap(title, options.fontSize),
  };
  for (const shape of shapes) {
    const wrapped = wraps[shape]();
    if (shape === 'two' && wrapped.lines.length < 2) continue;
    for (const side of ['right', 'left'] as const) {
      const label = sideLabel(unit, wrapped, side);
      if (label.from < options.start || label.from + label.width > options.end) continue;
      const row = lowestFree(rows - wrapped.lines.length + 1, (r) => fits(unit, label, r, free));
      if (row !== -1) return { row, label };
    }
  }
  return undefined;
}

function sideLabel<T>(unit: RowUnit<T>, wrapped: WrappedLabel, side: 'right' | 'left'): RowLabel {
  return {
    from: side === 'right' ? unit.to + PAD : unit.from - PAD - wrapped.width,
    width: wrapped.width,
    lines: wrapped.lines,
    truncated: wrapped.truncated,
    side,
  };
}

function fits<T>(
  unit: RowUnit<T>,
  label: RowLabel,
  row: number,
  free: (row: number, from: number) => boolean,
): boolean {
  if (!free(row, Math.min(unit.from, label.from))) return false;
  for (let k = 1; k < label.lines.length; k++) if (!free(row + k, label.from)) return false;
  return true;
}

/**
 * The rows whose last mark ends before `unit` and has a title right of it that ends the use of
 * every row it is set on (so that moving or cutting that title frees them).
 */
function* lastTitles<T>(
  unit: RowUnit<T>,
  owners: readonly (RowPlaced<T> | undefined)[],
  gap: number,
): Generator<{ row: number; owner: RowPlaced<T>; label: RowLabel; rows: number; title: string }> {
  for (const [row, owner] of owners.entries()) {
    const label = owner?.label;
    if (owner?.title === undefined || label?.side !== 'right' || owner.row !== row) continue;
    if (owner.to + gap > unit.from) continue;
    const rows = label.lines.length;
    if (Array.from({ length: rows }, (_, k) => owners[row + k] === owner).includes(false)) continue;
    yield { row, owner, label, rows, title: owner.title };
  }
}

/**
 * Every row is taken: a row whose last title, set right of its mark, could go left of it instead
 * (whole, on the same lines) and so leave room for this mark and its whole title. The first such
 * row is used; nothing is turned when no turn makes room.
 */
function turnOwner<T>(
  unit: RowUnit<T>,
  title: string,
  owners: (RowPlaced<T> | undefined)[],
  ends: number[],
  before: readonly number[],
  free: (row: number, from: number) => boolean,
  options: RowOptions,
): Slot | undefined {
  for (const { row, owner, label, rows } of lastTitles(unit, owners, options.gap)) {
    const left = sideLabel(owner, label, 'left');
    if (left.from < options.start) continue;
    const clear = (k: number) => (before[row + k] ?? -Infinity) + options.gap <= left.from;
    if (!Array.from({ length: rows }, (_, k) => clear(k)).every(Boolean)) continue;
    const kept = ends.slice(row, row + rows);
    for (let k = 0; k < rows; k++) {
      const end = k === 0 ? owner.to : left.from + left.width;
      ends[row + k] = Math.max(before[row + k] ?? -Infinity, end);
    }
    const slot = findSlot(unit, title, ends.length, ['one', 'two'], free, options);
    if (slot) {
      owner.label = left;
      return slot;
    }
    kept.forEach((end, k) => (ends[row + k] = end));
  }
  return undefined;
}

/**
 * Near the end of the axis: a row where the mark fits, with its title cut to the room left, if
 * that keeps two words.
 */
function cutToRoom<T>(
  unit: RowUnit<T>,
  title: string,
  rows: number,
  free: (row: number, from: number) => boolean,
  options: RowOptions,
): Slot | undefined {
  for (let row = 0; row < rows; row++) {
    if (!free(row, unit.from)) continue;
    const lines = free(row + 1, unit.to + PAD) && row + 1 < rows ? 2 : 1;
    const room = options.end - unit.to - PAD;
    if (room < options.minLabel) continue;
    const wrapped = wrapLabel(title, room, lines, options.fontSize);
    if (saysEnough(wrapped)) return { row, label: sideLabel(unit, wrapped, 'right') };
  }
  return undefined;
}

/**
 * Every row is taken: the row whose last label can be cut, after a whole word, to end before
 * this mark, keeping at least `minLabel` of it and two words. The new mark then takes that row
 * with its title cut to the room up to the end of the axis, if that too keeps two words.
 */
function cutOwner<T>(
  unit: RowUnit<T>,
  title: string,
  owners: (RowPlaced<T> | undefined)[],
  ends: number[],
  free: (row: number, from: number) => boolean,
  options: RowOptions,
): Slot | undefined {
  for (const { row, owner, label, rows, title: owned } of lastTitles(unit, owners, options.gap)) {
    const room = unit.from - options.gap - label.from;
    if (room < options.minLabel) continue;
    const cut = wrapLabel(owned, room, rows, options.fontSize);
    if (!saysEnough(cut)) continue;
    const kept = ends.slice(row, row + rows);
    const cutLabel = sideLabel(owner, cut, 'right');
    for (let k = 0; k < rows; k++) {
      const end = cutLabel.from + cutLabel.width;
      ends[row + k] = k === 0 ? Math.max(owner.to, end) : end;
    }
    const roomAfter = options.end - unit.to - PAD;
    const lines = rows > 1 && free(row + 1, unit.to + PAD) ? 2 : 1;
    const one = { lines: [title], width: measureLabel(title, options.fontSize), truncated: false };
    const wrapped =
      one.width <= roomAfter ? one : wrapLabel(title, roomAfter, lines, options.fontSize);
    if (!saysEnough(wrapped)) {
      kept.forEach((end, k) => (ends[row + k] = end));
      continue;
    }
    owner.label = cutLabel;
    return { row, label: sideLabel(unit, wrapped, 'right') };
  }
  return undefined;
}

/**
 * No room at all: the unit joins the nearest mark it would overlap, which becomes a cluster.
 * False when no mark overlaps it.
 */
function mergeOverlapping<T>(
  unit: RowUnit<T>,
  placed: RowPlaced<T>[],
  owners: (RowPlaced<T> | undefined)[],
  ends: number[],
  gap: number,
): boolean {
  let nearest: RowPlaced<T> | undefined;
  for (const candidate of owners) {
    if (!candidate || candidate.to + gap <= unit.from || unit.to + gap <= candidate.from) continue;
    if (!nearest || Math.abs(candidate.at - unit.at) < Math.abs(nearest.at - unit.at))
      nearest = candidate;
  }
  if (!nearest) return false;
  const from = Math.min(nearest.from, unit.from);
  const to = Math.max(nearest.to, unit.to);
  const merged: RowPlaced<T> = {
    items: [...nearest.items, ...unit.items],
    from,
    to,
    at: (from + to) / 2,
    row: nearest.row,
  };
  placed[placed.indexOf(nearest)] = merged;
  // The bubble keeps the rows its label held, so nothing moves under it.
  owners.forEach((owner, row) => {
    if (owner === nearest) {
      owners[row] = merged;
      ends[row] = Math.max(ends[row] ?? -Infinity, to);
    }
  });
  return true;
}
