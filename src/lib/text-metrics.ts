/**
 * Text measured without a DOM (at build time there is none): a generous average advance per
 * character, so estimates err on the wide side and placed labels never collide in practice.
 */

/** Average advance per character of the chart sans at 11.5px, rounded up. */
const CHAR_WIDTH = 6.4;

/** Estimated width of `text` at the chart label size. */
export function estimateTextWidth(text: string, fontSize = 11.5): number {
  return Math.ceil((text.length * CHAR_WIDTH * fontSize) / 11.5);
}

/** How many characters fit in `width` at the chart label size. */
export function charsThatFit(width: number): number {
  return Math.floor(width / CHAR_WIDTH);
}

/** An axis-aligned box: x and y of the top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share any area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
