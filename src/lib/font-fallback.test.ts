import { readFileSync } from 'node:fs';
import { entireMetricsCollection as metrics } from '@capsizecss/metrics/entireMetricsCollection';
import { describe, expect, it } from 'vitest';
import { fallbackOverrides } from './font-fallback';

describe('fallbackOverrides', () => {
  it('scales the fallback to the primary width and restates the primary metrics', () => {
    const primary = { ascent: 1000, descent: -250, lineGap: 100, unitsPerEm: 1000, xWidthAvg: 500 };
    const fallback = { ascent: 1800, descent: -400, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1024 };
    expect(fallbackOverrides(primary, fallback)).toEqual({
      sizeAdjust: '100%',
      ascentOverride: '100%',
      descentOverride: '25%',
      lineGapOverride: '10%',
    });
    expect(fallbackOverrides(primary, { ...fallback, xWidthAvg: 512 }).sizeAdjust).toBe('200%');
  });
});

describe('the fallback faces in styles/fonts.css', () => {
  const css = readFileSync(new URL('../styles/fonts.css', import.meta.url), 'utf8');
  const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((match) => match[1] ?? '');
  const descriptor = (face: string, name: string) =>
    new RegExp(`${name}:\\s*([^;]+);`).exec(face)?.[1]?.trim();

  for (const [family, local] of [
    ['Source Serif 4 Fallback Georgia', metrics.georgia],
    ['Source Serif 4 Fallback Times', metrics.timesNewRoman],
  ] as const) {
    it(`${family} carries the overrides computed from the fonts' metrics`, () => {
      const expected = fallbackOverrides(metrics.sourceSerif4, local);
      const own = faces.filter((face) => face.includes(`'${family}'`));
      expect(own.length).toBe(2);
      for (const face of own) {
        expect(descriptor(face, 'size-adjust')).toBe(expected.sizeAdjust);
        expect(descriptor(face, 'ascent-override')).toBe(expected.ascentOverride);
        expect(descriptor(face, 'descent-override')).toBe(expected.descentOverride);
        expect(descriptor(face, 'line-gap-override')).toBe(expected.lineGapOverride);
      }
    });
  }

  it('swaps the web font in, whenever it arrives', () => {
    const web = faces.filter((face) => face.includes("'Source Serif 4 Variable'"));
    expect(web.length).toBeGreaterThan(0);
    for (const face of web) expect(descriptor(face, 'font-display')).toBe('swap');
  });
});
