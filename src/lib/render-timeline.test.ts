import { describe, expect, it } from 'vitest';
import { firstDayIndex as day } from './calendar-date';
import { layoutOverview } from './layout-overview';
import { layoutTimeline, sortItems, toTimelineItem } from './layout-timeline';
import { escapeMarkup } from './escape';
import {
  clusterRange,
  renderOverview,
  renderTimeline,
  renderTimelineDefs,
} from './render-timeline';
import { CATEGORIES } from './vocabulary';

const items = sortItems([
  toTimelineItem({
    id: 'access',
    title: 'Storm-0558 starts reading mail with forged tokens',
    date: '2023-05-15',
    end: '2023-06-16',
    precision: 'day',
    category: 'intrusion',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'alert',
    title: 'State alerts Microsoft',
    date: '2023-06-16',
    precision: 'day',
    category: 'detection',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'theory',
    title: 'Microsoft publishes a theory <of> "how"',
    date: '2023-09-06',
    precision: 'day',
    category: 'investigation',
    confidence: 'disputed',
  }),
  toTimelineItem({
    id: 'month',
    title: 'Kritenbrink cannot rule it out',
    date: '2023-07',
    precision: 'month',
    category: 'disclosure',
    confidence: 'confirmed',
  }),
]);
const window = { from: day('2023-05-01'), to: day('2023-09-30') };
const eras = [
  { id: 'intrusion', title: 'Intrusion', start: day('2023-05-15'), end: day('2023-06-16') },
];
const hrefFor = (id: string) => `/events/${id}/`;

describe('renderTimeline', () => {
  it('matches the golden SVG (open the file to look at it)', async () => {
    const layout = layoutTimeline(items, { orientation: 'horizontal', width: 960, window, eras });
    const overview = layoutOverview(
      items,
      { from: day('2014-01-01'), to: day('2024-12-31') },
      window,
      960,
    );
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 ${layout.height + overview.height}" font-family="sans-serif" font-size="11.5">`,
      '<style>.tl-lane{fill:#f6f4ef}.tl-lane.is-odd{fill:#fff}.tl-era{fill:#fbe9e9}.tl-tick{stroke:#ccc}.tl-hit{fill:transparent}.tl-cluster circle{fill:#555}.tl-cluster-count{fill:#fff;text-anchor:middle}.tl-mark :is(circle,rect){fill:#335}.tl-mark.conf-disputed :is(circle,rect){fill:#fff;stroke:#335;stroke-dasharray:1 2}.tl-label{fill:#222}.tl-label.is-end{text-anchor:end}.tl-hatch{stroke:#335}.tl-hatch-bg{fill:#fff}.tl-ov-bin{fill:#999}.tl-ov-window{fill:none;stroke:#c00}</style>',
      renderTimelineDefs('tl', CATEGORIES),
      renderTimeline(layout, { hrefFor, interactive: false }),
      `<g transform="translate(0 ${layout.height})">${renderOverview(overview)}</g>`,
      '</svg>\n',
    ].join('\n');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/timeline.svg');
  });

  it('gives every event mark its hooks and an accessible name with date and title', () => {
    const layout = layoutTimeline(items, { orientation: 'horizontal', width: 960, window });
    const svg = renderTimeline(layout, { hrefFor, interactive: false });
    expect(svg).toContain('href="/events/alert/"');
    expect(svg).toContain('data-event-id="alert"');
    expect(svg).toContain('aria-label="June 16, 2023: State alerts Microsoft (confirmed)"');
    expect(svg).not.toContain('tabindex');
  });

  it('escapes titles', () => {
    const svg = renderTimeline(
      layoutTimeline(items, { orientation: 'horizontal', width: 960, window }),
      { hrefFor, interactive: false },
    );
    expect(svg).toContain('Microsoft publishes a theory &lt;of&gt; &quot;how&quot;');
    expect(svg).not.toContain('<of>');
    expect(escapeMarkup(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('with JavaScript: one tab stop, the selected mark marked current, the rest of a filter dimmed', () => {
    const layout = layoutTimeline(items, { orientation: 'horizontal', width: 960, window });
    const svg = renderTimeline(layout, {
      hrefFor,
      interactive: true,
      currentId: 'theory',
      selectedId: 'theory',
      highlightIds: new Set(['theory']),
    });
    expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    expect(svg).toMatch(/data-event-id="theory"[^>]*tabindex="0" aria-current="true"/);
    expect(svg).toMatch(/class="tl-mark shape-point cat-detection conf-confirmed is-dimmed"/);
  });

  it('styles by confidence and shape through classes only', () => {
    const svg = renderTimeline(
      layoutTimeline(items, { orientation: 'horizontal', width: 960, window }),
      { hrefFor, interactive: false },
    );
    expect(svg).toContain('conf-disputed');
    expect(svg).toContain('shape-span');
    expect(svg).toContain('fill="url(#tl-hatch-disclosure)"');
    expect(svg).not.toContain('style=');
  });

  it('sets a vertical tick label on two lines, either side of its tick, when the layout splits it', () => {
    // A year of events: ticks every month or two, the first naming its year ("Feb 2023").
    const yearLong = sortItems(
      ['2023-02-03', '2023-06-16', '2024-01-10'].map((date, i) =>
        toTimelineItem({
          id: `e${String(i)}`,
          title: 'An event',
          date,
          precision: 'day',
          category: 'diplomacy',
          confidence: 'confirmed',
        }),
      ),
    );
    const layout = layoutTimeline(yearLong, {
      orientation: 'vertical',
      width: 360,
      window: { from: day('2023-01-18'), to: day('2024-01-30') },
    });
    const split = layout.ticks.find((tick) => tick.lines);
    if (!split) throw new Error('no tick on two lines');
    const svg = renderTimeline(layout, { hrefFor, interactive: false });
    const [month, yearLine] = split.lines ?? [];
    const text = new RegExp(
      `<text class="tl-tick-label is-end[^"]*" x="58" y="([\\d.]+)"><tspan x="58">${String(month)}</tspan><tspan x="58" dy="([\\d.]+)"> ${String(yearLine)}</tspan></text>`,
    ).exec(svg);
    expect(text).not.toBeNull();
    const [y, dy] = [Number(text?.[1]), Number(text?.[2])];
    // The first line's baseline above the tick, the second's below it.
    expect(y).toBeLessThan(split.at);
    expect(y + dy).toBeGreaterThan(split.at);
  });
});

describe('clusterRange', () => {
  it('names one date once when every event of a bubble shares it', () => {
    expect(clusterRange('June 16, 2023', 'June 16, 2023')).toBe('June 16, 2023');
  });
  it('names the first and last dates otherwise', () => {
    expect(clusterRange('July 10, 2023', 'July 22, 2023')).toBe('July 10, 2023 to July 22, 2023');
  });
  it('is empty for an empty bubble', () => {
    expect(clusterRange(undefined, undefined)).toBe('');
  });
});
