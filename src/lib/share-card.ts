/**
 * The share image of a page (Open Graph, Twitter cards) as SVG: a kicker, the headline, an
 * optional standfirst and a label such as the confidence of an event. Text is wrapped with real
 * font metrics, passed in as `measure`, so nothing runs off the card; the build turns the SVG
 * into a PNG.
 */
import { escapeMarkup } from './escape';

/** What a share image says. */
export interface ShareCard {
  /** Small capitals above the headline: "Chapter 1 · The hack", "16 June 2023 · Diplomacy". */
  kicker: string;
  title: string;
  /** A line or two under the headline. */
  subtitle?: string;
  /** A boxed label at the foot, such as "Confirmed". */
  badge?: string;
  /** The site's name, at the foot. */
  masthead: string;
}

export type Weight = 'regular' | 'bold';

/** Advance width of `text` set at `size` pixels in the card's face of `weight`. */
export type Measure = (text: string, size: number, weight: Weight) => number;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

/** The card's colours: the site's light theme. */
const COLOURS = {
  paper: '#fbfaf7',
  ink: '#1a1a1e',
  muted: '#55555f',
  accent: '#9f1d22',
  rule: '#d9d5cc',
};

/**
 * Splits a word wider than `width` into pieces that each fit, between characters: a run of
 * characters with no space (a pasted URL, a mistake) would otherwise run off the card. Each
 * piece but the last fills its line, so no two pieces ever share one.
 */
function splitLongWord(
  word: string,
  width: number,
  size: number,
  weight: Weight,
  measure: Measure,
): string[] {
  if (measure(word, size, weight) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char, size, weight) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width`; when it does not fit, the
 * last line ends with an ellipsis. Words are kept whole unless one alone is wider than a line.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  weight: Weight,
  maxLines: number,
  measure: Measure,
): string[] {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => splitLongWord(word, width, size, weight, measure));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
    used += 1;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = '';
  }
  if (used < words.length || line) {
    let last = lines.pop() ?? '';
    while (last.length > 1 && measure(`${last}…`, size, weight) > width) {
      // Shorten by a word where there is one, else by a character.
      last = last.includes(' ')
        ? last.slice(0, last.lastIndexOf(' '))
        : Array.from(last).slice(0, -1).join('');
    }
    lines.push(`${last.replace(/[\s,;:.–—-]+$/, '')}…`);
  }
  return lines;
}

/** The largest headline size at which `title` fits in three lines, and those lines. */
function fitTitle(title: string, measure: Measure): { size: number; lines: string[] } {
  for (const size of [64, 58, 52]) {
    const lines = wrapText(title, TEXT_WIDTH, size, 'bold', 3, measure);
    if (!lines.at(-1)?.endsWith('…')) return { size, lines };
  }
  return { size: 52, lines: wrapText(title, TEXT_WIDTH, 52, 'bold', 3, measure) };
}

function textLines(
  lines: string[],
  x: number,
  y: number,
  lineHeight: number,
  attributes: string,
): string {
  const spans = lines
    .map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeMarkup(line)}</tspan>`)
    .join('');
  return `<text ${attributes}>${spans}</text>`;
}

/** The card as a standalone SVG document, 1200 × 630. */
export function shareCardSvg(card: ShareCard, measure: Measure): string {
  const kicker = wrapText(card.kicker.toUpperCase(), TEXT_WIDTH, 26, 'bold', 1, measure);
  const title = fitTitle(card.title, measure);
  const titleTop = 190;
  const titleLine = Math.round(title.size * 1.18);
  const subtitleTop = titleTop + (title.lines.length - 1) * titleLine + 70;
  const subtitleLines = Math.max(0, Math.min(3, Math.floor((500 - subtitleTop) / 40) + 1));
  const subtitle =
    card.subtitle && subtitleLines > 0
      ? wrapText(card.subtitle, TEXT_WIDTH, 30, 'regular', subtitleLines, measure)
      : [];
  const footY = CARD_HEIGHT - 64;
  const badgeWidth = card.badge ? Math.ceil(measure(card.badge.toUpperCase(), 22, 'bold')) + 32 : 0;
  const badge = card.badge
    ? `<rect x="${CARD_WIDTH - MARGIN - badgeWidth}" y="${footY - 30}" width="${badgeWidth}" height="42" rx="6" fill="none" stroke="${COLOURS.accent}" stroke-width="2"/>` +
      `<text x="${CARD_WIDTH - MARGIN - badgeWidth / 2}" y="${footY}" text-anchor="middle" font-size="22" font-weight="700" fill="${COLOURS.accent}">${escapeMarkup(card.badge.toUpperCase())}</text>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Source Serif 4">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.paper}"/>`,
    `<rect width="16" height="${CARD_HEIGHT}" fill="${COLOURS.accent}"/>`,
    textLines(kicker, MARGIN, 110, 32, `font-size="26" font-weight="700" fill="${COLOURS.accent}"`),
    textLines(
      title.lines,
      MARGIN,
      titleTop,
      titleLine,
      `font-size="${title.size}" font-weight="700" fill="${COLOURS.ink}"`,
    ),
    textLines(subtitle, MARGIN, subtitleTop, 40, `font-size="30" fill="${COLOURS.muted}"`),
    `<line x1="${MARGIN}" y1="${footY - 56}" x2="${CARD_WIDTH - MARGIN}" y2="${footY - 56}" stroke="${COLOURS.rule}" stroke-width="2"/>`,
    `<text x="${MARGIN}" y="${footY}" font-size="28" font-weight="700" fill="${COLOURS.ink}">${escapeMarkup(card.masthead)}</text>`,
    badge,
    '</svg>',
  ].join('');
}
