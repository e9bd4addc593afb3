/**
 * Metric overrides that make a local fallback font take the room of a web font: the fallback
 * is scaled (`size-adjust`) so that its average character is as wide as the web font's, and
 * given the web font's ascent, descent and line gap. While the web font loads (it is
 * `font-display: swap`), text set in the adjusted fallback wraps and stands almost exactly as it
 * will in the web font, so nothing below it moves when the web font arrives.
 *
 * The arithmetic is the one Capsize and Next.js use; the metrics come from @capsizecss/metrics.
 */

/** What the overrides need of a font's metrics, in font units. */
export interface FontMetrics {
  ascent: number;
  /** Negative, below the baseline. */
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** Average width of a lowercase Latin character, weighted by how often each one is used. */
  xWidthAvg: number;
}

/** The four descriptors of a fallback `@font-face`, as CSS percentages. */
export interface FallbackOverrides {
  sizeAdjust: string;
  ascentOverride: string;
  descentOverride: string;
  lineGapOverride: string;
}

const percent = (ratio: number): string => `${String(Number((ratio * 100).toFixed(2)))}%`;

/** The overrides that make `fallback` stand in for `primary`. */
export function fallbackOverrides(primary: FontMetrics, fallback: FontMetrics): FallbackOverrides {
  const scale = primary.xWidthAvg / primary.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const metric = (value: number) => percent(Math.abs(value) / primary.unitsPerEm / scale);
  return {
    sizeAdjust: percent(scale),
    ascentOverride: metric(primary.ascent),
    descentOverride: metric(primary.descent),
    lineGapOverride: metric(primary.lineGap),
  };
}
