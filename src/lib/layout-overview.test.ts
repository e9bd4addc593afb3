import { describe, expect, it } from 'vitest';
import { firstDayIndex as day } from './calendar-date';
import { items, window } from './layout-fixtures.test-support';
import { layoutOverview } from './layout-overview';
import { estimateTextWidth } from './text-metrics';

describe('layoutOverview', () => {
  it('bins every event over the whole extent and marks the window', () => {
    const extent = { from: day('2014-01-01'), to: day('2024-12-31') };
    const overview = layoutOverview(items, extent, window, 960);
    expect(overview.bins.length).toBeGreaterThan(1);
    expect(overview.window.from).toBeLessThan(overview.window.to);
    expect(overview.ticks[0]?.label).toBe('2014');
    expect(estimateTextWidth('abc')).toBeGreaterThan(0);
  });
});
