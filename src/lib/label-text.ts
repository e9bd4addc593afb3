/**
 * Chart labels measured with the real metrics of the face they are set in: Source Serif 4
 * Regular (styles/fonts.css), whose advance widths are tabled below in thousandths of an em.
 * The table is read from the font file itself (label-text.test.ts fails if they drift), so the
 * build and the browser measure alike, and a label laid out to fit does fit.
 */

/** The characters tabled, and their advance widths in thousandths of an em, in the same order. */
const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~‘’“”–—…éèáàóöüíñç€£';
const ADVANCES = [
  237, 289, 381, 525, 518, 932, 728, 182, 362, 362, 458, 534, 302, 320, 302, 341, 529, 529, 529,
  529, 529, 529, 529, 529, 529, 529, 302, 302, 534, 534, 534, 414, 834, 712, 653, 662, 739, 638,
  612, 723, 814, 376, 381, 710, 618, 935, 768, 738, 621, 738, 690, 544, 632, 758, 709, 1005, 672,
  667, 586, 335, 341, 335, 534, 514, 400, 541, 619, 520, 614, 533, 369, 557, 641, 329, 303, 594,
  329, 955, 643, 579, 622, 601, 456, 465, 359, 628, 579, 836, 569, 586, 490, 359, 290, 359, 534,
  225, 225, 440, 440, 514, 814, 826, 533, 533, 541, 541, 579, 579, 628, 329, 643, 520, 518, 519,
];

/** Characters outside the table are taken as wide as a capital M, so they never overflow. */
const UNKNOWN_ADVANCE = 935;

/**
 * Rendering adds a little to the sum of advances (hinting, subpixel positioning): measured
 * widths are padded by this share so that a label never runs past the room it was given.
 */
const SAFETY = 1.03;

const advance = new Map<string, number>(
  Array.from(CHARS).map((char, i) => [char, ADVANCES[i] ?? 0]),
);

/** The face the table describes, for the test that checks it against the font file. */
export const LABEL_FACE = { chars: CHARS, advances: ADVANCES } as const;

/** Width of `text` set in the label face at `fontSize` (SVG units), rounded up to a tenth. */
export function measureLabel(text: string, fontSize: number): number {
  let sum = 0;
  for (const char of text) sum += advance.get(char) ?? UNKNOWN_ADVANCE;
  return Math.ceil(((sum * fontSize) / 1000) * SAFETY * 10) / 10;
}

/** A label broken into lines. */
export interface WrappedLabel {
  lines: string[];
  /** Width of the widest line. */
  width: number;
  /** True when words were left out (the last line then ends with an ellipsis). */
  truncated: boolean;
}

const ELLIPSIS = '…';

/** How wide a text is at a size: the label face's own advances, or another face's estimate. */
export type Measure = (text: string, fontSize: number) => number;

/** The words of `text` with their widths, and the width of a space, at `fontSize`. */
function measureWords(text: string, fontSize: number, measure: Measure = measureLabel) {
  const words = text.split(/\s+/).filter(Boolean);
  return {
    words,
    widths: words.map((word) => measure(word, fontSize)),
    space: measure(' ', fontSize),
  };
}

/** The longest run of whole words from `words` that fits `width` with an ellipsis after it. */
function cutToFit(
  words: readonly string[],
  width: number,
  fontSize: number,
  measure: Measure,
): string {
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measure(`${next.replace(/[\s,;:–—-]+$/, '')}${ELLIPSIS}`, fontSize) > width) break;
    line = next;
  }
  return line ? `${line.replace(/[\s,;:–—-]+$/, '')}${ELLIPSIS}` : '';
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, whole words only. When
 * it does not fit, the last line is cut after its last whole word that fits, and ends with an
 * ellipsis. Returns no lines when not even the first word fits. Measured in the label face
 * unless another `measure` is given.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  maxLines: number,
  fontSize: number,
  measure: Measure = measureLabel,
): WrappedLabel {
  const { words, widths, space } = measureWords(text, fontSize, measure);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length) {
    // As many words as fit on this line.
    let n = 0;
    let width = 0;
    while (i + n < words.length) {
      const next = width + (n > 0 ? space : 0) + (widths[i + n] ?? 0);
      if (next > maxWidth) break;
      width = next;
      n++;
    }
    const lastLine = lines.length === maxLines - 1;
    if (n === 0 || (lastLine && i + n < words.length)) {
      const cut = cutToFit(words.slice(i), maxWidth, fontSize, measure);
      if (cut) lines.push(cut);
      return finish(lines, fontSize, true, measure);
    }
    lines.push(words.slice(i, i + n).join(' '));
    i += n;
  }
  return finish(lines, fontSize, false, measure);
}

function finish(
  lines: string[],
  fontSize: number,
  truncated: boolean,
  measure: Measure = measureLabel,
): WrappedLabel {
  return {
    lines,
    width: Math.max(0, ...lines.map((l) => measure(l, fontSize))),
    truncated,
  };
}

/**
 * The narrowest break of `text` onto two lines, so that the lines come out about as long as
 * each other. Whole words only; a one-word text stays on one line.
 */
export function balancedWrap(text: string, fontSize: number): WrappedLabel {
  const { words, widths, space } = measureWords(text, fontSize);
  const total = widths.reduce((sum, w) => sum + w, 0) + space * Math.max(0, words.length - 1);
  let best = { k: words.length, width: total };
  let first = 0;
  for (let k = 1; k < words.length; k++) {
    first += (widths[k - 1] ?? 0) + (k > 1 ? space : 0);
    const second = total - first - space;
    const width = Math.max(first, second);
    if (width < best.width) best = { k, width };
  }
  const lines =
    best.k >= words.length
      ? [words.join(' ')]
      : [words.slice(0, best.k).join(' '), words.slice(best.k).join(' ')];
  return finish(lines, fontSize, false);
}
