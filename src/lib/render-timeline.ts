/**
 * Turns a timeline layout into SVG markup. The same function draws the chart at build time and
 * redraws it in the browser after a zoom or a filter, so the two can never disagree. Styling is
 * by class only (no style attributes), so it themes with CSS variables and passes a strict CSP.
 */
import type { OverviewLayout } from './layout-overview';
import {
  ROW_HEIGHT as LINE,
  type PlacedLabel,
  type PlacedMark,
  type TimelineLayout,
} from './layout-timeline';
import { V } from './layout-vertical';
import { MARK_RADIUS } from './timeline-marks';
import { escapeMarkup } from './escape';
import { CATEGORY_LABELS, CONFIDENCE_LABELS, type Category } from './vocabulary';

const r = (n: number) => Math.round(n * 10) / 10;

/** The radius of the transparent touch target round a point (a 24-px target at scale 1). */
export const HIT_RADIUS = 12;

export interface RenderOptions {
  /** The link of an event's page. */
  hrefFor: (id: string) => string;
  /** With JavaScript: marks get a roving tabindex, so the chart is one Tab stop. */
  interactive: boolean;
  /** The mark that holds the tab stop (interactive only). */
  currentId?: string | undefined;
  /** The selected event: `aria-current="true"`. */
  selectedId?: string | undefined;
  /** Events to emphasise (the actors chosen in the linked graph); the rest are dimmed. */
  highlightIds?: ReadonlySet<string> | undefined;
  /** During a gesture: marks only, no labels, leaders or touch targets. */
  draft?: boolean;
  /** Inside an embed: event links open the full site in a new tab. */
  newTab?: boolean;
  /**
   * Wide transparent touch targets around points (default). The build's downward copy goes
   * without: there a tap on the title, which is part of the link, opens the event.
   */
  hitTargets?: boolean;
}

/** Coordinates to a tenth across the wide drawing; whole units down the narrow one. */
function rounding(layout: TimelineLayout): (n: number) => number {
  return layout.orientation === 'horizontal' ? r : Math.round;
}

/** Patterns for uncertain spans, one per category colour. Static: drawn once per chart. */
export function renderTimelineDefs(prefix: string, categories: readonly Category[]): string {
  return `<defs>${categories
    .map(
      (category) =>
        `<pattern id="${prefix}-hatch-${category}" class="cat-${category}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="tl-hatch-bg" width="6" height="6"/><line class="tl-hatch" x1="0" y1="0" x2="0" y2="6"/></pattern>`,
    )
    .join('')}</defs>`;
}

/** The accessible name of a mark: date, title and confidence. */
export function markLabel(mark: PlacedMark): string {
  const item = mark.item;
  if (!item) return '';
  return `${item.dateText}: ${item.title} (${CONFIDENCE_LABELS[item.confidence].toLowerCase()})`;
}

/** The span a bubble covers, in words: one date when all its events share it. */
export function clusterRange(first: string | undefined, last: string | undefined): string {
  if (!first || !last) return '';
  return first === last ? first : `${first} to ${last}`;
}

function renderMark(
  mark: PlacedMark,
  layout: TimelineLayout,
  options: RenderOptions,
  prefix: string,
): string {
  const horizontal = layout.orientation === 'horizontal';
  const r = rounding(layout);
  if (mark.shape === 'cluster') {
    const items = mark.items ?? [];
    const first = items[0];
    const last = items[items.length - 1];
    const count = items.length;
    const range = clusterRange(first?.dateText, last?.dateText);
    const name = `${count} events, ${range}. Zoom in to see them`;
    // A bubble is a button: click, tap or Enter zooms to its events (timeline-chart.ts).
    const role = options.interactive ? ' role="button" tabindex="-1"' : ' role="img"';
    // The count sits on the bubble's centre, at the size of the drawing's text.
    const countY = mark.y + (horizontal ? 3.5 : V.textSize * 0.35);
    return `<g class="tl-cluster cat-${mark.category}" data-cluster-from="${first?.start ?? ''}" data-cluster-to="${
      last?.end ?? ''
    }" data-count="${count}" data-range="${escapeMarkup(range)}"${role} aria-label="${escapeMarkup(name)}"><circle cx="${r(mark.x)}" cy="${r(mark.y)}" r="9"/><text class="tl-cluster-count" x="${r(mark.x)}" y="${r(
      countY,
    )}" aria-hidden="true">${count}</text></g>`;
  }
  const item = mark.item;
  if (!item) return '';
  const attrs = [
    `href="${escapeMarkup(options.hrefFor(item.id))}"`,
    `class="tl-mark shape-${mark.shape} cat-${item.category} conf-${item.confidence}${
      options.highlightIds && !options.highlightIds.has(item.id) ? ' is-dimmed' : ''
    }"`,
    `data-event-id="${escapeMarkup(item.id)}"`,
    ...(options.newTab ? ['target="_blank"', 'rel="noopener"'] : []),
    `aria-label="${escapeMarkup(markLabel(mark))}"`,
  ];
  if (options.interactive) attrs.push(`tabindex="${options.currentId === item.id ? 0 : -1}"`);
  if (options.selectedId === item.id) attrs.push('aria-current="true"');

  let shape: string;
  if (mark.shape === 'point') {
    shape = `<circle cx="${r(mark.x)}" cy="${r(mark.y)}" r="${MARK_RADIUS}"/>`;
  } else {
    const to = mark.to ?? (horizontal ? mark.x : mark.y);
    const fill = mark.shape === 'span' ? ` fill="url(#${prefix}-hatch-${item.category})"` : '';
    shape = horizontal
      ? `<rect x="${r(mark.x)}" y="${r(mark.y - MARK_RADIUS)}" width="${r(to - mark.x)}" height="${MARK_RADIUS * 2}" rx="${MARK_RADIUS}"${fill}/>`
      : `<rect x="${r(mark.x - MARK_RADIUS)}" y="${r(mark.y)}" width="${MARK_RADIUS * 2}" height="${r(to - mark.y)}" rx="${MARK_RADIUS}"${fill}/>`;
  }
  // A wider transparent target makes a small point easy to hit with a finger.
  const hit =
    mark.shape === 'point' && options.hitTargets !== false
      ? `<circle class="tl-hit" cx="${r(mark.x)}" cy="${r(mark.y)}" r="${HIT_RADIUS}"/>`
      : '';
  const label =
    mark.label && !options.draft
      ? renderLabel(mark.label, item.title, horizontal ? LINE : V.lineHeight, r)
      : '';
  // The line naming the lane sits outside the link: the link's visible text stays its title.
  const kicker = mark.label && !options.draft ? renderKicker(mark.label, r) : '';
  return `${kicker}<a ${attrs.join(' ')}>${hit}${shape}${label}</a>`;
}

/** The vertical drawing's line (or two) above a title naming its lane and date. */
function renderKicker(label: PlacedLabel, r: (n: number) => number): string {
  const lines = label.kickerLines ?? (label.kicker ? [label.kicker] : []);
  if (lines.length === 0) return '';
  const x = r(label.x);
  const y = r(label.y - lines.length * V.kickerHeight);
  const text = lines.length > 1 ? tspans(lines, x, V.kickerHeight) : escapeMarkup(lines[0] ?? '');
  return `<text class="tl-kicker" x="${x}" y="${y}" aria-hidden="true">${text}</text>`;
}

/**
 * The lines of one text as tspans. They are words of one title: a space between them keeps the
 * text, read as one string, whole (part of the mark's accessible name); so does hiding the
 * ellipsis of a cut title (`cut`). Right-aligned lines (`end`) carry their space in front.
 */
function tspans(lines: readonly string[], x: number, lineHeight: number, end = false, cut = false) {
  const last = lines.length - 1;
  return lines
    .map((line, i) => {
      const dy = i > 0 ? ` dy="${lineHeight}"` : '';
      const ellipsis = cut && i === last && line.endsWith('…');
      const words = escapeMarkup(ellipsis ? line.slice(0, -1) : line);
      const lead = i > 0 && end ? ' ' : '';
      const space = i < last && !end ? ' ' : '';
      return `<tspan x="${x}"${dy}>${lead}${words}${space}${ellipsis ? '<tspan aria-hidden="true">…</tspan>' : ''}</tspan>`;
    })
    .join('');
}

/** The lines of a label, and, when it is cut, the whole title shown on hover and focus. */
function renderLabel(
  label: PlacedLabel,
  title: string,
  lineHeight: number,
  r: (n: number) => number,
): string {
  const x = r(label.x);
  const end = label.anchor === 'end';
  const is = end ? ' is-end' : '';
  const lines = tspans(label.lines, x, lineHeight, end, label.truncated);
  const shown = `<text class="tl-label${is}${label.truncated ? ' is-cut' : ''}" x="${x}" y="${r(label.y)}">${lines}</text>`;
  if (!label.truncated) return shown;
  // Hidden until the mark is hovered or focused: the whole title, over what lies beyond it.
  const full = tspans(label.full ?? [title], x, lineHeight, end);
  return `${shown}<text class="tl-label-full${is}" x="${x}" y="${r(label.y)}" aria-hidden="true">${full}</text>`;
}

/**
 * The chart's content, in two layers: lanes and their labels stay put; eras, ticks and marks
 * sit in `g.tl-moving`, clipped to the plot, which a pan can slide with a transform.
 */
export function renderTimeline(
  layout: TimelineLayout,
  options: RenderOptions,
  prefix = 'tl',
): string {
  const horizontal = layout.orientation === 'horizontal';
  const r = rounding(layout);
  const { axis } = layout;
  const still: string[] = [];
  const moving: string[] = [];
  const laneTop = layout.lanes[0]?.from ?? 0;
  const laneBottom = layout.lanes[layout.lanes.length - 1]?.to ?? 0;
  const firstColumn = layout.lanes[0]?.from ?? 0;
  const lastColumn = layout.lanes[layout.lanes.length - 1]?.to ?? 0;

  // Lanes: alternate shading, and a label (horizontal) or a coloured dot (vertical).
  layout.lanes.forEach((lane, i) => {
    const label = CATEGORY_LABELS[lane.category];
    const shade = i % 2 ? ' is-odd' : '';
    still.push(
      horizontal
        ? `<rect class="tl-lane${shade}" x="0" y="${lane.from}" width="${layout.width}" height="${lane.to - lane.from}"/><text class="tl-lane-label cat-${lane.category}" x="8" y="${r((lane.from + lane.to) / 2 + 4)}">${label}</text>`
        : `<rect class="tl-lane${shade}" x="${lane.from}" y="0" width="${lane.to - lane.from}" height="${layout.height}"/><circle class="tl-lane-dot cat-${lane.category}" cx="${r((lane.from + lane.to) / 2)}" cy="8" r="4"><title>${label}</title></circle>`,
    );
  });
  still.push(
    horizontal
      ? `<line class="tl-axis" x1="${axis.from}" x2="${axis.to}" y1="${laneBottom}" y2="${laneBottom}"/>`
      : `<line class="tl-axis" x1="${V.axisWidth}" x2="${V.axisWidth}" y1="${axis.from}" y2="${axis.to}"/>`,
  );

  for (const era of layout.eras) {
    moving.push(
      horizontal
        ? `<rect class="tl-era" x="${r(era.from)}" y="${laneTop - 4}" width="${r(era.to - era.from)}" height="${laneBottom - laneTop + 4}"><title>${escapeMarkup(era.title)}</title></rect>`
        : `<rect class="tl-era" x="${firstColumn}" y="${r(era.from)}" width="${layout.width - firstColumn}" height="${r(era.to - era.from)}"><title>${escapeMarkup(era.title)}</title></rect>`,
    );
    if (era.label.text) {
      moving.push(
        `<text class="tl-era-label" x="${r(era.label.x)}" y="${r(era.label.y)}">${escapeMarkup(era.label.text)}</text>`,
      );
    }
  }

  // Tick lines in two paths (minor, major), then their labels: far fewer bytes than a line each.
  const tickLine = (at: number) =>
    horizontal
      ? `M${r(at)} ${laneTop}V${laneBottom + 4}`
      : `M${V.axisWidth - 4} ${r(at)}H${lastColumn}`;
  for (const major of [false, true]) {
    const d = layout.ticks.filter((tick) => tick.major === major).map((tick) => tickLine(tick.at));
    if (d.length > 0)
      moving.push(`<path class="tl-tick${major ? ' is-major' : ''}" d="${d.join('')}"/>`);
  }
  for (const tick of layout.ticks) {
    const major = tick.major ? ' is-major' : '';
    if (horizontal) {
      moving.push(
        `<text class="tl-tick-label${major}" x="${r(tick.at)}" y="${laneBottom + 18}">${escapeMarkup(tick.label)}</text>`,
      );
      continue;
    }
    // Two lines sit either side of the tick, as one line sits on it.
    const x = V.axisWidth - 8;
    const lines = tick.lines ?? [tick.label];
    const step = V.textSize * 1.1;
    const y = tick.at + V.textSize * 0.35 - (step * (lines.length - 1)) / 2;
    const text =
      lines.length > 1
        ? lines
            // The space keeps the words apart for a screen reader; it leads an end-anchored line,
            // so it moves nothing.
            .map((line, i) =>
              i === 0
                ? `<tspan x="${x}">${escapeMarkup(line)}</tspan>`
                : `<tspan x="${x}" dy="${r(step)}"> ${escapeMarkup(line)}</tspan>`,
            )
            .join('')
        : escapeMarkup(tick.label);
    moving.push(`<text class="tl-tick-label is-end${major}" x="${x}" y="${r(y)}">${text}</text>`);
  }

  // Leaders from marks to their labels (vertical), in one path under the marks.
  if (!options.draft) {
    const leaders = layout.marks.flatMap((mark) =>
      mark.leader
        ? [`M${r(mark.leader.x1)} ${r(mark.leader.y1)}L${r(mark.leader.x2)} ${r(mark.leader.y2)}`]
        : [],
    );
    if (leaders.length > 0) moving.push(`<path class="tl-leader" d="${leaders.join('')}"/>`);
  }

  for (const mark of layout.marks) moving.push(renderMark(mark, layout, options, prefix));

  // Horizontally the moving layer is clipped to the plot, with room for labels on the right
  // and, in the band of tick labels under the lanes, for the first label's left half.
  const clip = horizontal
    ? `<clipPath id="${prefix}-clip"><rect x="${axis.from - 8}" y="0" width="${layout.width - axis.from + 8}" height="${laneBottom + 4}"/><rect x="${axis.from - 36}" y="${laneBottom + 4}" width="${layout.width - axis.from + 36}" height="${layout.height - laneBottom - 4}"/></clipPath>`
    : '';
  const clipped = horizontal ? ` clip-path="url(#${prefix}-clip)"` : '';
  return `${clip}${still.join('')}<g${clipped}><g class="tl-moving">${moving.join('')}</g></g>`;
}

/** The overview strip: histogram, year ticks and the current window (`rect.tl-ov-window`). */
export function renderOverview(overview: OverviewLayout): string {
  const bins = overview.bins
    .map(
      (b) =>
        `<rect class="tl-ov-bin" x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${r(b.height)}"/>`,
    )
    .join('');
  const ticks = overview.ticks
    .map(
      (t) =>
        `<line class="tl-tick" x1="${r(t.at)}" x2="${r(t.at)}" y1="0" y2="30"/><text class="tl-tick-label" x="${r(t.at)}" y="${overview.height - 3}">${escapeMarkup(t.label)}</text>`,
    )
    .join('');
  const { from, to } = overview.window;
  const width = Math.max(4, to - from);
  return `${ticks}${bins}<rect class="tl-ov-window" x="${r(from)}" y="1" width="${r(width)}" height="29" rx="2"/><text class="tl-lane-label" x="8" y="20">Overview</text>`;
}
