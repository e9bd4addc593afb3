/**
 * Share images at build time: the card's SVG, set in Source Serif 4 from the project's own
 * font files (no system fonts, no network), rendered to PNG by resvg.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { shareCardSvg, type Measure, type ShareCard, type Weight } from '../../lib/share-card';

const resolve = createRequire(import.meta.url).resolve;
const FONT_FILES: Record<Weight, string> = {
  regular: resolve('@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf'),
  bold: resolve('@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf'),
};

/**
 * Rendered cards are kept between builds, by a hash of their SVG and of what draws it, so that a
 * rebuild only draws the cards whose text changed. Delete the folder to start afresh.
 */
export const SHARE_IMAGE_CACHE =
  process.env.SHARE_IMAGE_CACHE ?? join(process.cwd(), 'node_modules/.cache/share-images');

const RENDERER = [
  (JSON.parse(readFileSync(resolve('@resvg/resvg-js/package.json'), 'utf8')) as { version: string })
    .version,
  // The fonts by name, not by path: a clone elsewhere keeps its cache.
  ...Object.values(FONT_FILES).map((file) => basename(file)),
].join('\n');

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

/**
 * The card as PNG bytes, from the cache or drawn now.
 */
export function renderShareImage(card: ShareCard): Uint8Array<ArrayBuffer> {
  const svg = shareCardSvg(card, measure);
  const key = createHash('sha256').update(RENDERER).update('\n').update(svg).digest('hex');
  const cached = join(SHARE_IMAGE_CACHE, `${key.slice(0, 40)}.png`);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not drawn yet.
  }
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: Object.values(FONT_FILES),
      loadSystemFonts: false,
      defaultFontFamily: 'Source Serif 4',
    },
  });
  // A copy on a plain ArrayBuffer, which is what a Response body accepts.
  const png = new Uint8Array(resvg.render().asPng());
  mkdirSync(SHARE_IMAGE_CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
