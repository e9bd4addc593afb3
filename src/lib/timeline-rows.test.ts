import { describe, expect, it } from 'vitest';
import { measureLabel } from './label-text';
import { EXTRA_ROWS, placeRows, saysEnough, type RowOptions, type RowUnit } from './timeline-rows';

const options: RowOptions = {
  fontSize: 12,
  start: 100,
  end: 900,
  maxRows: 3,
  gap: 6,
  clusterRadius: 9,
  minLabel: 60,
  oneLineMax: 300,
};

const unit = (id: string, at: number, title = `Event ${id}`): RowUnit<string> => ({
  items: [id],
  from: at - 5,
  to: at + 5,
  at,
  title,
});

describe('placeRows', () => {
  it('sets whole titles on one line, right of their marks, in the lowest free row', () => {
    const { placed, rows } = placeRows([unit('a', 200), unit('b', 210), unit('c', 600)], options);
    expect(placed.map((p) => [p.items[0], p.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(rows).toBe(2);
    for (const p of placed) {
      expect(p.label?.lines).toEqual([p.title]);
      expect(p.label?.from).toBe(p.to + 4);
      expect(p.label?.width).toBe(measureLabel(p.title ?? '', 12));
    }
  });

  it('wraps a long title onto two rows when its lane must grow', () => {
    const long = 'Officials say no classified data was taken and few US victims were hit';
    const { placed, rows } = placeRows([unit('a', 200, long)], options);
    expect(placed[0]?.label?.lines).toHaveLength(2);
    expect(placed[0]?.label?.lines.join(' ')).toBe(long);
    expect(rows).toBe(2);
  });

  it('puts the label left of its mark near the end of the axis', () => {
    const { placed } = placeRows([unit('a', 880, 'A title that needs room')], options);
    expect(placed[0]?.label?.side).toBe('left');
    expect((placed[0]?.label?.from ?? 0) + (placed[0]?.label?.width ?? 0)).toBeLessThan(875);
  });

  it('cuts an earlier title after a whole word, never merging marks that do not overlap', () => {
    // More marks than the lane may have rows, each too close to the last for its whole title.
    const crowd = Array.from({ length: 2 + EXTRA_ROWS + 6 }, (_, i) =>
      unit(String(i), 200 + i * 20, 'Someone does something notable on this day'),
    );
    const { placed } = placeRows(crowd, { ...options, maxRows: 2 });
    expect(placed.every((p) => p.items.length === 1)).toBe(true);
    const cut = placed.filter((p) => p.label?.truncated);
    expect(cut.length).toBeGreaterThan(0);
    for (const p of cut) expect(p.label?.lines.at(-1)).toMatch(/\w…$/);
    expect(placed.every((p) => p.label && p.label.lines.length > 0)).toBe(true);
  });

  it('merges marks into a bubble only where they overlap and no row is left', () => {
    const same = Array.from({ length: 10 }, (_, i) => unit(String(i), 300 + i * 0.5));
    const { placed } = placeRows(same, { ...options, maxRows: 2 });
    const bubbles = placed.filter((p) => p.items.length > 1);
    expect(bubbles.length).toBeGreaterThan(0);
    for (const bubble of bubbles) expect(bubble.label).toBeUndefined();
    expect(placed.reduce((n, p) => n + p.items.length, 0)).toBe(10);
  });

  it('turns an earlier title to the left of its mark rather than cut two titles', () => {
    const busy = 'Someone does something notable on this very long and busy day of news';
    // Every row the lane may grow to but one is filled with a long title.
    const fillers = Array.from({ length: EXTRA_ROWS }, (_, i) => unit(`f${i}`, 200 + i * 10, busy));
    const { placed } = placeRows(
      [...fillers, unit('x', 500, 'Short one'), unit('y', 560, 'Next one')],
      { ...options, maxRows: 1, oneLineMax: 600 },
    );
    const x = placed.find((p) => p.items[0] === 'x');
    const y = placed.find((p) => p.items[0] === 'y');
    expect(placed.some((p) => p.label?.truncated)).toBe(false);
    expect(x?.label?.side).toBe('left');
    expect((x?.label?.from ?? 0) + (x?.label?.width ?? 0)).toBeLessThan(x?.from ?? 0);
    expect(y?.row).toBe(x?.row);
    expect(y?.label?.lines).toEqual(['Next one']);
  });

  it('never cuts a title to a single word: the mark joins a bubble or its lane grows instead', () => {
    // Marks 85 units apart: cutting each earlier title to the room left would keep one word.
    const crowd = Array.from({ length: 8 }, (_, i) =>
      unit(String(i), 200 + i * 85, 'Microsoft acknowledges that the intrusion happened'),
    );
    const { placed } = placeRows(crowd, { ...options, maxRows: 1 });
    for (const p of placed.filter((q) => q.label?.truncated)) {
      const words = (p.label?.lines.join(' ') ?? '').replace(/…$/, '').split(' ');
      expect(words.length, p.label?.lines.join(' ')).toBeGreaterThanOrEqual(2);
    }
    expect(placed.reduce((n, p) => n + p.items.length, 0)).toBe(8);
  });
});

describe('placeRows with fixed rows', () => {
  it('never adds a row: what has no room joins a bubble or goes without a label', () => {
    const crowd = Array.from({ length: 30 }, (_, i) =>
      unit(String(i), 200 + i * 7, 'Someone does something notable on this day'),
    );
    const { placed, rows } = placeRows(crowd, { ...options, maxRows: 2, fixedRows: true });
    expect(rows).toBeLessThanOrEqual(2);
    for (const p of placed) {
      expect(p.row + (p.label?.lines.length ?? 1)).toBeLessThanOrEqual(2);
    }
    expect(placed.reduce((n, p) => n + p.items.length, 0)).toBe(30);
  });
});

describe('saysEnough', () => {
  it('accepts a whole title, or one cut after two words or more', () => {
    expect(saysEnough({ lines: ['Microsoft'], width: 50, truncated: false })).toBe(true);
    expect(saysEnough({ lines: ['Rep. Don…'], width: 50, truncated: true })).toBe(true);
    expect(
      saysEnough({
        lines: ['Blinken raises the', 'hack with Wang Yi…'],
        width: 90,
        truncated: true,
      }),
    ).toBe(true);
  });
  it('refuses a cut title with a line of a single word', () => {
    expect(saysEnough({ lines: ['Commerce', 'Secretary…'], width: 50, truncated: true })).toBe(
      false,
    );
    expect(saysEnough({ lines: ['Biden', 'calls Xi…'], width: 50, truncated: true })).toBe(false);
  });
  it('refuses a title cut to one word, or to nothing', () => {
    expect(saysEnough({ lines: ['Microsoft…'], width: 50, truncated: true })).toBe(false);
    expect(saysEnough({ lines: [], width: 0, truncated: true })).toBe(false);
  });
});
