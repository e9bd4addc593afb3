/**
 * The faces share images are set in: Source Serif 4, regular and bold, from the project's own
 * font files (no system fonts, no network). The renderer draws with them, and the integrity pass
 * asks them which characters they can draw: a character without a glyph would come out as an
 * empty box on every share of the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import type { Measure, Weight } from '../lib/share-card';

const resolve = createRequire(import.meta.url).resolve;

export const CARD_FONT_NAME = 'Source Serif 4';

export const CARD_FONT_FILES: Record<Weight, string> = {
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
  faces ??= { regular: parse(CARD_FONT_FILES.regular), bold: parse(CARD_FONT_FILES.bold) };
  return faces;
}

/** How far the regular face reaches above and below the baseline, in ems. */
export function cardFontExtent(): { ascent: number; descent: number } {
  const { regular } = loadFaces();
  return {
    ascent: regular.ascender / regular.unitsPerEm,
    descent: -regular.descender / regular.unitsPerEm,
  };
}

/** Advance widths from the font files the PNG is rendered with. */
export const measureCardText: Measure = (text, size, weight) =>
  loadFaces()[weight].getAdvanceWidth(text, size);

/**
 * The characters of `text` that either face lacks, each once, in order. Spaces and line breaks
 * are never drawn as glyphs.
 */
export function undrawableCharacters(text: string): string[] {
  const { regular, bold } = loadFaces();
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/.test(char) || missing.has(char)) continue;
    if (!regular.hasChar(char) || !bold.hasChar(char)) missing.add(char);
  }
  return [...missing];
}
