/**
 * Where a details card goes beside the mark it describes: to its right, else its left, else
 * below, else above, inside the frame (the part of the viewport the chart may use), never over
 * the mark. Pure: client coordinates in, client coordinates out.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type CardSide = 'right' | 'left' | 'below' | 'above';

export interface CardPlacement {
  left: number;
  top: number;
  side: CardSide;
  /**
   * Set when the card fits on no side at its full height (a short frame, such as an embed's):
   * it is held to this height, and scrolls inside, above or below the mark, wherever the room is
   * larger.
   */
  maxHeight?: number;
}

const clamp = (value: number, min: number, max: number) =>
  Math.max(min, Math.min(value, Math.max(min, max)));

/** The first side on which a `card`-sized box fits in `frame` beside `mark`, `gap` away. */
export function placeCard(
  mark: Rect,
  card: { width: number; height: number },
  frame: Rect,
  gap = 12,
): CardPlacement {
  const right = frame.left + frame.width;
  const bottom = frame.top + frame.height;
  const markRight = mark.left + mark.width;
  const markBottom = mark.top + mark.height;
  const besideTop = clamp(
    mark.top + mark.height / 2 - card.height / 2,
    frame.top,
    bottom - card.height,
  );
  const acrossLeft = clamp(
    mark.left + mark.width / 2 - card.width / 2,
    frame.left,
    right - card.width,
  );
  const fitsHeight = card.height <= frame.height;
  if (fitsHeight && markRight + gap + card.width <= right)
    return { left: markRight + gap, top: besideTop, side: 'right' };
  if (fitsHeight && mark.left - gap - card.width >= frame.left)
    return { left: mark.left - gap - card.width, top: besideTop, side: 'left' };
  if (markBottom + gap + card.height <= bottom)
    return { left: acrossLeft, top: markBottom + gap, side: 'below' };
  if (mark.top - gap - card.height >= frame.top)
    return { left: acrossLeft, top: mark.top - gap - card.height, side: 'above' };
  // Too tall for any side: held to the larger room, above or below, where it scrolls.
  const roomBelow = bottom - markBottom - gap;
  const roomAbove = mark.top - gap - frame.top;
  return roomBelow >= roomAbove
    ? { left: acrossLeft, top: markBottom + gap, side: 'below', maxHeight: roomBelow }
    : { left: acrossLeft, top: frame.top, side: 'above', maxHeight: roomAbove };
}

/** True when two boxes share any area. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/**
 * How far to scroll the page, vertically, for a box (client coordinates) to show whole between
 * `margins.top` and `viewportHeight - margins.bottom`: 0 when it already does, else the least
 * move, as `scrollIntoView({ block: 'nearest' })` would make, without touching the clipped
 * boxes around the chart. A box taller than the room is brought to its top.
 */
export function scrollToShow(
  box: { top: number; bottom: number },
  viewportHeight: number,
  margins: { top: number; bottom: number },
): number {
  const low = margins.top;
  const high = viewportHeight - margins.bottom;
  if (box.top < low || box.bottom - box.top > high - low) return box.top - low;
  if (box.bottom > high) return box.bottom - high;
  return 0;
}
