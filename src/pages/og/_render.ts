/**
 * Share images at build time: the card's SVG, set in Source Serif 4 from the project's own
 * font files (no system fonts, no network), rendered to PNG by resvg.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT_FILES, CARD_FONT_NAME, measureCardText } from '../../content-layer/card-font';
import { shareCardSvg, type ShareCard } from '../../lib/share-card';

const resolve = createRequire(import.meta.url).resolve;

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
  ...Object.values(CARD_FONT_FILES).map((file) => basename(file)),
].join('\n');

/**
 * The card as PNG bytes, from the cache or drawn now.
 */
export function renderShareImage(card: ShareCard): Uint8Array<ArrayBuffer> {
  const svg = shareCardSvg(card, measureCardText);
  const key = createHash('sha256').update(RENDERER).update('\n').update(svg).digest('hex');
  const cached = join(SHARE_IMAGE_CACHE, `${key.slice(0, 40)}.png`);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not drawn yet.
  }
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: Object.values(CARD_FONT_FILES),
      loadSystemFonts: false,
      defaultFontFamily: CARD_FONT_NAME,
    },
  });
  // A copy on a plain ArrayBuffer, which is what a Response body accepts.
  const png = new Uint8Array(resvg.render().asPng());
  mkdirSync(SHARE_IMAGE_CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
