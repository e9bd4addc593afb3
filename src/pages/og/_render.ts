/**
 * Share images at build time: the card's SVG, set in Source Serif 4 from the project's own
 * font files (no system fonts, no network), rendered to PNG by resvg.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { shareCardSvg, type Measure, type ShareCard, type Weight } from '../../lib/share-card';

const resolve = createRequire(import.meta.url).resolve;
const FONT_FILES: Record<Weight, string> = {
  regular: resolve('@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf'),
  bold: resolve('@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf'),
};

let faces: Record<Weight, opentype.Font> | undefined;

function loadFaces(): Record<Weight, opentype.Font> {
  const parse = (file: string) => {
    const bytes = readFileSync(file);
    return opentype.parse(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
  };
  faces ??= { regular: parse(FONT_FILES.regular), bold: parse(FONT_FILES.bold) };
  return faces;
}

/** Advance widths from the font files the PNG is rendered with. */
export const measure: Measure = (text, size, weight) =>
  loadFaces()[weight].getAdvanceWidth(text, size);

/** The card as PNG bytes. */
export function renderShareImage(card: ShareCard): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(shareCardSvg(card, measure), {
    font: {
      fontFiles: Object.values(FONT_FILES),
      loadSystemFonts: false,
      defaultFontFamily: 'Source Serif 4',
    },
  });
  // A copy on a plain ArrayBuffer, which is what a Response body accepts.
  return new Uint8Array(resvg.render().asPng());
}
