import { describe, expect, it } from 'vitest';
import { countWords, formatReadingTime, readingMinutes } from './reading';

describe('countWords', () => {
  it('counts prose and link text, not markup', () => {
    const mdx = `---\ntitle: Not counted here\n---\n\n## Two words\n\nOne [two three](../x/) four <Cite ids="a b" />.\n\n<Quote id="q" />\n{1 + 1}`;
    expect(countWords(mdx)).toBe(6);
  });

  it('ignores punctuation-only tokens', () => {
    expect(countWords('May 15 – June 16, 2023')).toBe(5);
  });
});

describe('readingMinutes', () => {
  it('rounds, with a minimum of one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
    expect(formatReadingTime(1320)).toBe('6 min read');
  });
});
