/**
 * Reading-time and text helpers for chapters.
 */

/** Words of an MDX body a reader reads: front matter, imports, tags and expressions removed. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read `words` at an unhurried 220 words a minute, at least one. */
export function readingMinutes(words: number, wordsPerMinute = 220): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** "6 min read" */
export function formatReadingTime(words: number): string {
  return `${readingMinutes(words)} min read`;
}
