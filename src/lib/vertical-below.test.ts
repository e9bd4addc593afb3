import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERTICAL_BELOW, verticalBelow, verticalQueries } from './vertical-below';

const css = readFileSync(new URL('../islands/timeline/timeline.css', import.meta.url), 'utf8');

describe('verticalBelow', () => {
  it('turns embeds downwards below a narrower width than full pages', () => {
    expect(verticalBelow(false)).toBe(VERTICAL_BELOW.page);
    expect(verticalBelow(true)).toBe(VERTICAL_BELOW.embed);
    expect(VERTICAL_BELOW.embed).toBeLessThan(VERTICAL_BELOW.page);
  });
});

describe('verticalQueries', () => {
  it('reads the container queries that show the downward drawing', () => {
    const sample = `@container (width < 500px) {\n  timeline-chart.tl-embedded .tl-svg-v {\n    display: block;\n  }\n}\n@container (width < 300px) {\n  .other {\n    display: none;\n  }\n}\n`;
    expect(verticalQueries(sample)).toEqual([{ below: 500, embedded: true }]);
  });

  it('finds in timeline.css the same widths the script uses, for pages and embeds', () => {
    expect(verticalQueries(css)).toEqual([
      { below: VERTICAL_BELOW.page, embedded: false },
      { below: VERTICAL_BELOW.embed, embedded: true },
    ]);
  });
});
