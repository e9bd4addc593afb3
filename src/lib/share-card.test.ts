import { describe, expect, it } from 'vitest';
import { shareCardSvg, wrapText, type Measure } from './share-card';

/** Every character is half its font size wide: easy to reason about. */
const measure: Measure = (text, size) => text.length * size * 0.5;

describe('wrapText', () => {
  it('fills lines greedily without passing the width', () => {
    // 10 characters fit at size 20 in 100 px.
    expect(wrapText('one two three four', 100, 20, 'bold', 3, measure)).toEqual([
      'one two',
      'three four',
    ]);
  });

  it('ends the last line with an ellipsis when the text is longer than the lines allowed', () => {
    const lines = wrapText('one two three four five six seven', 100, 20, 'bold', 2, measure);
    expect(lines).toEqual(['one two', 'three…']);
    for (const line of lines) expect(measure(line, 20, 'bold')).toBeLessThanOrEqual(100);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(wrapText('alpha, beta, gamma delta', 70, 20, 'regular', 1, measure)).toEqual(['alpha…']);
  });

  it('breaks a word longer than a line between characters, and only such a word', () => {
    expect(wrapText('extraordinarily long', 100, 20, 'bold', 2, measure)).toEqual([
      'extraordin',
      'arily long',
    ]);
    expect(wrapText('an ordinary word', 100, 20, 'bold', 3, measure)).toEqual([
      'an',
      'ordinary',
      'word',
    ]);
  });

  it('keeps a run of 5,000 characters inside the card, shortened with an ellipsis', () => {
    const lines = wrapText('x'.repeat(5000), 100, 20, 'bold', 3, measure);
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), `${'x'.repeat(9)}…`]);
    for (const line of lines) expect(measure(line, 20, 'bold')).toBeLessThanOrEqual(100);
  });

  it('gives nothing for empty text', () => {
    expect(wrapText('  ', 100, 20, 'bold', 2, measure)).toEqual([]);
  });
});

describe('shareCardSvg', () => {
  const card = {
    kicker: 'July 13, 2023 · Disclosure',
    title: 'Officials said the hack gave Beijing <insight>',
    subtitle: 'A & B',
    badge: 'Reported',
    masthead: 'Storm-0558',
  };

  it('is a 1200 × 630 SVG with the text escaped', () => {
    const svg = shareCardSvg(card, measure);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('JULY 13, 2023 · DISCLOSURE');
    expect(svg).toContain('&lt;insight&gt;');
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('>REPORTED</text>');
    expect(svg).not.toContain('<insight>');
  });

  it('keeps every line inside the 1040 px text block, whatever the length of the text', () => {
    const long = { ...card, title: 'word '.repeat(80), subtitle: 'text '.repeat(80) };
    const svg = shareCardSvg(long, measure);
    let lines = 0;
    for (const [, size, body] of svg.matchAll(/<text [^>]*font-size="(\d+)"[^>]*>(.*?)<\/text>/g)) {
      for (const [, text] of (body ?? '').matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)) {
        lines += 1;
        expect(measure(text ?? '', Number(size), 'bold')).toBeLessThanOrEqual(1040);
      }
    }
    expect(lines).toBeGreaterThan(4);
    expect(svg).toContain('word…');
    expect(svg).toContain('text…');
  });

  it('sets a long headline smaller before it shortens it', () => {
    const svgAt = (title: string) =>
      /font-size="(\d+)" font-weight="700" fill="#1a1a1e"/.exec(
        shareCardSvg({ ...card, title }, measure),
      )?.[1];
    expect(svgAt('Short headline')).toBe('64');
    // 3 lines of 32 characters fit at 64 px; 40 characters a line fit at 52 px.
    expect(svgAt('abcdefghi '.repeat(11))).toBe('52');
  });

  it('leaves the badge out when there is none', () => {
    const { badge: _, ...plain } = card;
    expect(shareCardSvg(plain, measure)).not.toContain('<rect x=');
  });
});
