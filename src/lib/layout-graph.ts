/**
 * Actor graph layout: the sides of the story as bands (columns on a wide screen, stacked on a
 * phone), each titled; inside a band, actors in a grid ordered by affiliation, so that a
 * department is followed by its people. Every actor has a cell of its own, its mark above its
 * label, so no label can overlap another label or another actor's mark; label widths come from
 * the real font's metrics (`measure`) at build time. Edges bend around labels where a bend
 * helps. Deterministic (input order does not matter, coordinates are rounded) and pure: the
 * browser reuses the positions.
 */
import { linkBend, linkCurve, linkPath, linkPolyline, segmentCrossesBox } from './graph-queries';
import { wrapText, type Measure as CardMeasure } from './share-card';
import { estimateTextWidth, type Box } from './text-metrics';
import type { ActorKind, Confidence, RelationType } from './vocabulary';

export interface GraphNode {
  id: string;
  name: string;
  /** Drawn label: a short name where there is one. */
  label: string;
  kind: ActorKind;
  /** Number of relations, either direction. */
  degree: number;
  /** The band the actor is drawn in (an id of `Graph.bands`); the last band when absent. */
  band?: string;
  /** Sort key inside the band; the id breaks ties. */
  rank?: string;
}

export interface GraphLink {
  /** `from:type:to`. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  confidence: Confidence;
}

export interface GraphBand {
  id: string;
  label: string;
}

export interface Graph {
  nodes: GraphNode[];
  links: GraphLink[];
  /** The bands in drawing order. Without any, every actor is in one untitled band. */
  bands?: GraphBand[];
}

/** A node's label: lines centred under the mark; `ty` is the first baseline. */
export interface PlacedLabel extends Box {
  lines: string[];
  tx: number;
  ty: number;
}

export interface PlacedGraphNode extends GraphNode {
  x: number;
  y: number;
  r: number;
  labelBox: PlacedLabel;
}

export interface PlacedGraphLink extends GraphLink {
  /** Sideways bend of the curve (0: straight), kept so that a dragged node can redraw it. */
  bend: number;
  /** SVG path from the edge of the source to the edge of the target. */
  d: string;
  /** The middle of the curve. */
  mid: { x: number; y: number };
}

export interface PlacedBand extends GraphBand, Box {
  /** The title's baseline, left-aligned at `x + BAND_PAD`. */
  tx: number;
  ty: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedGraphNode[];
  links: PlacedGraphLink[];
  bands: PlacedBand[];
}

/** Advance width of `text` at `size` px in the labels' face. */
export type Measure = (text: string, size: number, weight?: 'regular' | 'bold') => number;

export interface GraphLayoutOptions {
  /** Columns side by side (wide screens) or bands stacked (phones). */
  mode?: 'columns' | 'stacked';
  width?: number;
  /** Widest a label may be before it wraps. */
  labelWidth?: number;
  measure?: Measure;
  /** How far the labels' face reaches above and below the baseline, in ems (from the font). */
  extent?: { ascent: number; descent: number };
}

/** Label and band title sizes, in drawing units (CSS px when the drawing is not scaled). */
export const LABEL_SIZE = 12;
export const LABEL_LINE = 14;
export const BAND_TITLE_SIZE = 12;
const BAND_HEADER = 30;
const BAND_PAD = 8;
const CELL_GAP_X = 12;
const CELL_GAP_Y = 10;

/** A linear congruential generator, the same on every machine. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Node radius: larger for actors with more relations. */
export function nodeRadius(node: Pick<GraphNode, 'degree' | 'kind'>): number {
  const base = node.kind === 'state' ? 11 : 7;
  return round(base + Math.min(9, Math.sqrt(node.degree) * 2));
}

/** How far a node's shape reaches from its centre (see `nodeShape` in render-graph). */
export function markExtent(
  kind: ActorKind,
  r: number,
): { left: number; top: number; bottom: number } {
  switch (kind) {
    case 'company':
      return { left: r * 1.2, top: r * 1.2, bottom: r * 1.2 };
    case 'threat-actor':
      return { left: r * 1.15, top: r * 1.25, bottom: r * 0.85 };
    case 'media':
      return { left: r * 1.3, top: r * 0.8, bottom: r * 0.8 };
    default:
      return { left: r, top: r, bottom: r };
  }
}

/** A node's mark as a box. */
export function markBox(node: Pick<PlacedGraphNode, 'kind' | 'r' | 'x' | 'y'>): Box {
  const e = markExtent(node.kind, node.r);
  return {
    x: node.x - e.left,
    y: node.y - e.top,
    width: 2 * e.left,
    height: e.top + e.bottom,
  };
}

/** The estimate, for tests and tools without the font files. */
export const estimateMeasure: Measure = (text, size) => estimateTextWidth(text, size);

interface Cell {
  node: GraphNode & { r: number };
  lines: string[];
  labelWidth: number;
  ext: ReturnType<typeof markExtent>;
}

interface BandCells {
  band: GraphBand;
  cells: Cell[];
  cellW: number;
  cellH: number;
  /** Distance from the top of a cell to the centre of its mark. */
  top: number;
  titleWidth: number;
  columns: number;
}

const rowsOf = (b: BandCells) => Math.ceil(b.cells.length / b.columns);
/** Height of a band's grid; odd columns sit half a row lower, so edges pass between labels. */
const gridHeight = (b: BandCells) =>
  rowsOf(b) * b.cellH + (b.columns > 1 && b.cells.length > rowsOf(b) ? b.cellH / 2 : 0);

/** Lays out the graph. */
export function layoutGraph(graph: Graph, options: GraphLayoutOptions = {}): GraphLayout {
  const mode = options.mode ?? 'columns';
  const measure = options.measure ?? estimateMeasure;
  const maxLabel = options.labelWidth ?? 118;
  const cardMeasure: CardMeasure = (text, size, weight) => measure(text, size, weight);
  const extent = options.extent ?? { ascent: 1.05, descent: 0.35 };
  // A label's box is what a browser reports for the text: from the face's ascent above the
  // first baseline to its descent below the last.
  const labelHeight = (lines: number) =>
    Math.ceil(((lines - 1) * LABEL_LINE + (extent.ascent + extent.descent) * LABEL_SIZE) * 10) / 10;

  const declared = graph.bands?.length ? graph.bands : [{ id: '', label: '' }];
  const known = new Set(declared.map((b) => b.id));
  const fallback = declared[declared.length - 1]?.id ?? '';
  const bands: BandCells[] = [];
  for (const band of declared) {
    const members = graph.nodes
      .filter((n) => (n.band !== undefined && known.has(n.band) ? n.band : fallback) === band.id)
      .sort(
        (a, b) =>
          (a.rank ?? '').localeCompare(b.rank ?? '') ||
          a.name.localeCompare(b.name) ||
          a.id.localeCompare(b.id),
      );
    if (members.length === 0) continue;
    const cells = members.map((node) => {
      const r = nodeRadius(node);
      const lines = wrapText(node.label, maxLabel, LABEL_SIZE, 'regular', 3, cardMeasure);
      const labelWidth = Math.ceil(Math.max(...lines.map((l) => measure(l, LABEL_SIZE))));
      return { node: { ...node, r }, lines, labelWidth, ext: markExtent(node.kind, r) };
    });
    const top = Math.max(...cells.map((c) => c.ext.top));
    const below = Math.max(...cells.map((c) => c.ext.bottom + 3 + labelHeight(c.lines.length)));
    bands.push({
      band,
      cells,
      cellW:
        Math.ceil(Math.max(...cells.map((c) => Math.max(2 * c.ext.left, c.labelWidth)))) +
        CELL_GAP_X,
      cellH: Math.ceil(top + below) + CELL_GAP_Y,
      top,
      titleWidth: band.label ? Math.ceil(measure(band.label, BAND_TITLE_SIZE, 'bold')) : 0,
      columns: 1,
    });
  }

  const bandWidth = (b: BandCells) => Math.max(b.columns * b.cellW, b.titleWidth) + 2 * BAND_PAD;
  const count = graph.nodes.length;
  let width =
    options.width ?? (mode === 'columns' ? Math.max(960, Math.round(Math.sqrt(count) * 150)) : 360);

  const placedBands: PlacedBand[] = [];
  const placedNodes: PlacedGraphNode[] = [];
  let height: number;

  const placeCells = (b: BandCells, x0: number, y0: number, innerWidth: number) => {
    const rows = rowsOf(b);
    const colW = innerWidth / b.columns;
    b.cells.forEach((cell, i) => {
      const col = Math.floor(i / rows);
      const row = i % rows;
      const stagger = col % 2 === 1 ? b.cellH / 2 : 0;
      const x = round(x0 + colW * col + colW / 2);
      const y = round(y0 + row * b.cellH + stagger + b.top);
      const labelTop = y + cell.ext.bottom + 3;
      placedNodes.push({
        ...cell.node,
        x,
        y,
        labelBox: {
          x: round(x - cell.labelWidth / 2),
          y: round(labelTop),
          width: cell.labelWidth,
          height: labelHeight(cell.lines.length),
          lines: cell.lines,
          tx: x,
          ty: round(labelTop + extent.ascent * LABEL_SIZE),
        },
      });
    });
  };

  if (mode === 'columns') {
    // One column per band, then more columns for the tallest band while they fit.
    const minimum = bands.reduce((sum, b) => sum + bandWidth(b), 0);
    width = Math.max(width, minimum);
    for (;;) {
      const tallest = [...bands]
        .filter((b) => b.columns < b.cells.length)
        .sort((a, b) => gridHeight(b) - gridHeight(a))[0];
      if (!tallest) break;
      const used = bands.reduce((sum, b) => sum + bandWidth(b), 0);
      const grown =
        used - bandWidth(tallest) + (tallest.columns + 1) * tallest.cellW + 2 * BAND_PAD;
      if (grown > width) break;
      tallest.columns++;
    }
    const used = bands.reduce((sum, b) => sum + bandWidth(b), 0);
    // Room left over goes to the columns, so that wide bands breathe and narrow ones stay tight.
    const spare =
      (width - used) /
      Math.max(
        1,
        bands.reduce((sum, b) => sum + b.columns, 0),
      );
    height = BAND_HEADER + Math.max(0, ...bands.map(gridHeight)) + BAND_PAD;
    let x = 0;
    for (const b of bands) {
      const w = bandWidth(b) + spare * b.columns;
      placedBands.push({
        ...b.band,
        x: round(x),
        y: 0,
        width: round(w),
        height: round(height),
        tx: round(x + BAND_PAD),
        ty: 18,
      });
      placeCells(b, x + BAND_PAD, BAND_HEADER, w - 2 * BAND_PAD);
      x += w;
    }
  } else {
    width = Math.max(width, ...bands.map((b) => b.cellW + 2 * BAND_PAD));
    let y = 0;
    for (const b of bands) {
      b.columns = Math.max(
        1,
        Math.min(b.cells.length, Math.floor((width - 2 * BAND_PAD) / b.cellW)),
      );
      const h = BAND_HEADER + gridHeight(b) + BAND_PAD;
      placedBands.push({
        ...b.band,
        x: 0,
        y: round(y),
        width,
        height: round(h),
        tx: BAND_PAD,
        ty: round(y + 18),
      });
      placeCells(b, BAND_PAD, y + BAND_HEADER, width - 2 * BAND_PAD);
      y += h;
    }
    height = y;
  }

  placedNodes.sort((a, b) => a.id.localeCompare(b.id));
  return {
    width: Math.round(width),
    height: Math.ceil(height),
    nodes: placedNodes,
    links: placeLinks(graph.links, placedNodes, {
      width: Math.round(width),
      height: Math.ceil(height),
    }),
    bands: placedBands,
  };
}

interface Point {
  x: number;
  y: number;
}

/** What an edge's curve runs through, worst first: other actors' labels, their marks, its own ends' labels. */
export interface EdgeCrossings {
  labels: number;
  marks: number;
  own: number;
}

interface IndexedBox {
  box: Box;
  owner: string;
  kind: 'label' | 'mark';
  seen: number;
}

/** Boxes of labels and marks, bucketed on a grid so that a segment meets only its neighbours. */
class BoxIndex {
  #cells = new Map<number, IndexedBox[]>();
  #stamp = 0;
  constructor(private readonly size: number) {}
  #key(i: number, j: number) {
    return i * 65536 + j;
  }
  #range(a: number, b: number): [number, number] {
    return [Math.floor(Math.min(a, b) / this.size), Math.floor(Math.max(a, b) / this.size)];
  }
  add(box: Box, owner: string, kind: IndexedBox['kind']): void {
    const entry = { box, owner, kind, seen: 0 };
    const [i0, i1] = this.#range(box.x, box.x + box.width);
    const [j0, j1] = this.#range(box.y, box.y + box.height);
    for (let i = i0; i <= i1; i++)
      for (let j = j0; j <= j1; j++) {
        const key = this.#key(i, j);
        const list = this.#cells.get(key);
        if (list) list.push(entry);
        else this.#cells.set(key, [entry]);
      }
  }
  /**
   * The boxes the polyline runs through (each once); the marks of `ends` do not count. Gives up
   * as soon as more other actors' labels are crossed than `enough` (the result is then partial).
   */
  crossings(points: readonly Point[], ends: ReadonlySet<string>, enough = Infinity): EdgeCrossings {
    const stamp = ++this.#stamp;
    const found = { labels: 0, marks: 0, own: 0 };
    let p: Point | undefined;
    for (const q of points) {
      if (!p) {
        p = q;
        continue;
      }
      const [i0, i1] = this.#range(p.x, q.x);
      const [j0, j1] = this.#range(p.y, q.y);
      for (let i = i0; i <= i1; i++)
        for (let j = j0; j <= j1; j++) {
          const list = this.#cells.get(this.#key(i, j));
          if (!list) continue;
          for (const entry of list) {
            if (entry.seen === stamp) continue;
            const own = ends.has(entry.owner);
            if (own && entry.kind === 'mark') continue;
            if (!segmentCrossesBox(p, q, entry.box)) continue;
            entry.seen = stamp;
            if (own) found.own++;
            else if (entry.kind === 'label') {
              if (++found.labels > enough) return found;
            } else found.marks++;
          }
        }
      p = q;
    }
    return found;
  }
}

/** How far an edge may bend to clear labels, in layout units either way. */
export const MAX_BEND = 240;
/** Steps between the bends tried. */
export const BEND_STEP = 12;
/** Sibling relations (one pair of actors) keep at least this far apart in bend. */
export const SIBLING_GAP = 24;

/** Whether every point lies inside the drawing. */
export const insideFrame = (
  points: readonly Point[],
  frame: { width: number; height: number },
): boolean =>
  points.every((p) => p.x >= 0 && p.y >= 0 && p.x <= frame.width && p.y <= frame.height);

const worse = (a: EdgeCrossings, b: EdgeCrossings) =>
  a.labels - b.labels || a.marks - b.marks || a.own - b.own;

/**
 * Paths from node edge to node edge. An edge bends (a quadratic curve, its control point
 * pushed sideways) only to clear what a straight line would run through: of the bends tried,
 * every `BEND_STEP` units up to `MAX_BEND` either way, the one through the fewest other actors'
 * labels, then marks, then its own ends' labels, the smallest on a tie; bends that would take
 * the curve out of the drawing are not tried. Relations sharing a pair
 * of actors start from a fan around the straight line and stay `SIBLING_GAP` apart.
 */
function placeLinks(
  links: readonly GraphLink[],
  nodes: readonly PlacedGraphNode[],
  frame: { width: number; height: number },
): PlacedGraphLink[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const index = new BoxIndex(48);
  for (const node of nodes) {
    index.add(node.labelBox, node.id, 'label');
    index.add(markBox(node), node.id, 'mark');
  }
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const pairs = new Map<string, GraphLink[]>();
  for (const link of links) {
    const key = pairKey(link.source, link.target);
    pairs.set(key, [...(pairs.get(key) ?? []), link]);
  }
  const grid: number[] = [];
  for (let b = -MAX_BEND; b <= MAX_BEND; b += BEND_STEP) grid.push(b);
  const taken = new Map<string, number[]>();
  const placed: PlacedGraphLink[] = [];
  for (const link of links) {
    const s = byId.get(link.source);
    const t = byId.get(link.target);
    if (!s || !t || s === t) continue;
    const key = pairKey(link.source, link.target);
    const siblings = pairs.get(key) ?? [link];
    const fan = linkBend(siblings.indexOf(link), siblings.length, link.source, link.target);
    // Bends of the pair's relations, as seen from the pair's first actor by id.
    const flip = link.source < link.target ? 1 : -1;
    const others = taken.get(key) ?? [];
    const ends = new Set([s.id, t.id]);
    // Nearest the fan first; on a tie, the side the fan leans to.
    const candidates = grid
      .filter((b) => others.every((o) => Math.abs(o - b * flip) >= SIBLING_GAP))
      .sort((a, b) => Math.abs(a - fan) - Math.abs(b - fan) || (b - a) * (fan < 0 ? -1 : 1));
    let best: { bend: number; hits: EdgeCrossings } | undefined;
    for (const bend of candidates) {
      const points = linkPolyline(linkCurve(s, t, bend));
      // A curve that leaves the drawing would be cut off by its frame.
      if (bend !== fan && !insideFrame(points, frame)) continue;
      const hits = index.crossings(points, ends, best?.hits.labels);
      if (!best || worse(hits, best.hits) < 0) best = { bend, hits };
      // Clear of other actors: look no further (an edge often must leave through its own label).
      if (hits.labels + hits.marks === 0) break;
    }
    const bend = best?.bend ?? fan;
    taken.set(key, [...others, bend * flip]);
    placed.push({ ...link, bend, ...linkPath(s, t, bend) });
  }
  return placed;
}
