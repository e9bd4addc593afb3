import { describe, expect, it } from 'vitest';
import { placeCard, rectsOverlap, scrollToShow, type Rect } from './card-placement';

const frame: Rect = { left: 0, top: 0, width: 1280, height: 900 };
const card = { width: 340, height: 300 };
const mark = (left: number, top: number): Rect => ({ left, top, width: 12, height: 12 });
const box = (p: { left: number; top: number }): Rect => ({ ...p, ...card });
const inside = (r: Rect) =>
  r.left >= frame.left &&
  r.top >= frame.top &&
  r.left + r.width <= frame.left + frame.width &&
  r.top + r.height <= frame.top + frame.height;

describe('placeCard', () => {
  it('puts the card right of the mark, centred on it, when there is room', () => {
    const placed = placeCard(mark(200, 400), card, frame);
    expect(placed).toEqual({ left: 224, top: 256, side: 'right' });
  });

  it('goes left near the right edge, and keeps inside the frame near its top', () => {
    const placed = placeCard(mark(1100, 10), card, frame);
    expect(placed.side).toBe('left');
    expect(placed.top).toBe(0);
  });

  it('goes below, then above, when neither side has room', () => {
    const narrow: Rect = { left: 0, top: 0, width: 500, height: 900 };
    expect(placeCard(mark(240, 100), card, narrow).side).toBe('below');
    expect(placeCard(mark(240, 700), card, narrow).side).toBe('above');
  });

  it('never covers the mark and stays inside the frame, wherever the mark is', () => {
    for (let x = 0; x < 1270; x += 97) {
      for (let y = 0; y < 890; y += 89) {
        const m = mark(x, y);
        const placed = box(placeCard(m, card, frame));
        expect(rectsOverlap(placed, m), `${x},${y}`).toBe(false);
        expect(inside(placed), `${x},${y}`).toBe(true);
      }
    }
  });

  it('in a frame too short for it, is held to the larger room above or below, clear of the mark', () => {
    // A 600×480 embed: the card, as tall as the frame and wider than either side of the mark.
    const short: Rect = { left: 8, top: 8, width: 584, height: 464 };
    const tall = { width: 368, height: 464 };
    for (let y = 20; y < 460; y += 40) {
      const m = mark(330, y);
      const placed = placeCard(m, tall, short);
      const held = placed.maxHeight ?? tall.height;
      const r: Rect = { left: placed.left, top: placed.top, width: tall.width, height: held };
      expect(placed.maxHeight, `${y}`).toBeDefined();
      expect(rectsOverlap(r, m), `${y}`).toBe(false);
      expect(r.top, `${y}`).toBeGreaterThanOrEqual(short.top);
      expect(r.top + r.height, `${y}`).toBeLessThanOrEqual(short.top + short.height);
      expect(held, `${y}`).toBeGreaterThanOrEqual((short.height - 12 - 12) / 2);
    }
  });
});

describe('scrollToShow', () => {
  const margins = { top: 16, bottom: 72 };
  it('does not move for a box already in the room', () => {
    expect(scrollToShow({ top: 100, bottom: 112 }, 844, margins)).toBe(0);
  });
  it('scrolls down just enough for a box below the room', () => {
    // The room ends at 844 - 72 = 772.
    expect(scrollToShow({ top: 900, bottom: 912 }, 844, margins)).toBe(140);
  });
  it('scrolls up just enough for a box above the room', () => {
    expect(scrollToShow({ top: -40, bottom: -28 }, 844, margins)).toBe(-56);
  });
  it('brings a box taller than the room to its top', () => {
    expect(scrollToShow({ top: 300, bottom: 1300 }, 844, margins)).toBe(284);
  });
});
