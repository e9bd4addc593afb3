import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { balancedWrap, LABEL_FACE, measureLabel, wrapLabel } from './label-text';

const SIZE = 12;

describe('the label face table', () => {
  it('holds the advance widths of Source Serif 4 Regular, read from the font file', () => {
    const file = createRequire(import.meta.url).resolve(
      '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
    );
    const bytes = readFileSync(file);
    const font = opentype.parse(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const chars = Array.from(LABEL_FACE.chars);
    expect(LABEL_FACE.advances.length).toBe(chars.length);
    chars.forEach((char, i) => {
      expect(LABEL_FACE.advances[i], char).toBe(Math.round(font.getAdvanceWidth(char, 1000)));
    });
  });
});

describe('measureLabel', () => {
  it('sums the advances, padded so that a measured label never overflows', () => {
    const plain = ((541 + 619) * SIZE) / 1000;
    expect(measureLabel('ab', SIZE)).toBeGreaterThanOrEqual(plain);
    expect(measureLabel('ab', SIZE)).toBeLessThan(plain * 1.05);
    expect(measureLabel('iii', SIZE)).toBeLessThan(measureLabel('MMM', SIZE));
  });

  it('takes an unknown character as wide, never as nothing', () => {
    expect(measureLabel('漢', SIZE)).toBeGreaterThanOrEqual(measureLabel('M', SIZE));
  });
});

describe('wrapLabel', () => {
  const title = 'Microsoft makes the intrusion public';

  it('keeps a title that fits on one line whole', () => {
    const wide = wrapLabel(title, 1000, 2, SIZE);
    expect(wide).toEqual({ lines: [title], width: measureLabel(title, SIZE), truncated: false });
  });

  it('wraps onto a second line at a word boundary, no line wider than asked', () => {
    const width = measureLabel(title, SIZE) * 0.6;
    const wrapped = wrapLabel(title, width, 2, SIZE);
    expect(wrapped.truncated).toBe(false);
    expect(wrapped.lines.join(' ')).toBe(title);
    expect(wrapped.lines).toHaveLength(2);
    for (const line of wrapped.lines) expect(measureLabel(line, SIZE)).toBeLessThanOrEqual(width);
  });

  it('cuts only after a whole word, with an ellipsis, when the lines run out', () => {
    const width = measureLabel('Microsoft makes the', SIZE) + 1;
    const cut = wrapLabel(title, width, 1, SIZE);
    expect(cut.truncated).toBe(true);
    expect(cut.lines).toEqual(['Microsoft makes…']);
    expect(cut.width).toBeLessThanOrEqual(width);
  });

  it('gives no line when not even the first word fits', () => {
    expect(wrapLabel(title, 10, 2, SIZE).lines).toEqual([]);
  });
});

describe('wrapLabel with another measure', () => {
  it('breaks and cuts by the widths it is given', () => {
    // Ten units a character: "Blinken's trip" is 140 wide, "Blinken's…" 100.
    const tenEach = (text: string) => text.length * 10;
    expect(wrapLabel("Blinken's trip", 140, 1, 12, tenEach)).toEqual({
      lines: ["Blinken's trip"],
      width: 140,
      truncated: false,
    });
    expect(wrapLabel("Blinken's trip", 120, 1, 12, tenEach)).toEqual({
      lines: ["Blinken's…"],
      width: 100,
      truncated: true,
    });
  });
});

describe('balancedWrap', () => {
  it('splits into two lines of about the same width', () => {
    const title = 'Storm-0558 starts reading mail with forged tokens';
    const { lines, width } = balancedWrap(title, SIZE);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(title);
    expect(width).toBeLessThan(measureLabel(title, SIZE) * 0.62);
  });

  it('leaves a single word alone', () => {
    expect(balancedWrap('Snowden', SIZE).lines).toEqual(['Snowden']);
  });
});
