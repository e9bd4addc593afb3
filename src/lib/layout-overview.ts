/**
 * The overview strip under the wide timeline: how many events fall where over the whole extent,
 * with the window shown marked, so that a reader zoomed in knows where they are.
 */
import { H, type PlacedTick, type TimelineItem } from './layout-timeline';
import type { Box } from './text-metrics';
import { timeScale, timeTicks, type DayWindow, type TimeScale } from './timeline-scale';

/** The overview strip: a histogram of all items over the whole extent, with the window marked. */
export interface OverviewLayout {
  width: number;
  height: number;
  extent: DayWindow;
  bins: Box[];
  window: { from: number; to: number };
  ticks: PlacedTick[];
}

export const OVERVIEW_HEIGHT = 44;

/** The overview's time scale: the whole extent across the plot's width. */
export function overviewScale(extent: DayWindow, width: number): TimeScale {
  return timeScale(extent, H.laneLabelWidth, width - H.right);
}

export function layoutOverview(
  items: readonly TimelineItem[],
  extent: DayWindow,
  window: DayWindow,
  width: number,
): OverviewLayout {
  const left = H.laneLabelWidth;
  const scale = overviewScale(extent, width);
  const binWidth = 3;
  const counts = new Map<number, number>();
  for (const item of items) {
    const bin = Math.floor((scale.position(item.start) - left) / binWidth);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  const barArea = OVERVIEW_HEIGHT - 18;
  const max = Math.max(1, ...counts.values());
  const bins = [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([bin, count]) => {
      const h = Math.max(2, Math.round((Math.sqrt(count) / Math.sqrt(max)) * barArea));
      return { x: left + bin * binWidth, y: barArea - h + 2, width: binWidth - 0.5, height: h };
    });
  return {
    width,
    height: OVERVIEW_HEIGHT,
    extent,
    bins,
    window: { from: scale.position(window.from), to: scale.position(window.to + 1) },
    ticks: timeTicks(extent, scale.pxPerDay, 48).map((tick) => ({
      at: scale.position(tick.day),
      label: tick.label,
      major: tick.major,
    })),
  };
}
