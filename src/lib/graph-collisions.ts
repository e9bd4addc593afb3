/**
 * What must never happen in a laid-out actor graph, listed: a label over another label, over
 * another actor's mark or over a band's title; a label or mark outside the drawing; an edge
 * through a label that a bend would clear. An empty list is a readable drawing. Used by the layout's tests on real and synthetic content.
 */
import { linkCurve, linkPolyline, segmentCrossesBox, type LinkCurve } from './graph-queries';
import { insideFrame, markBox, type GraphLayout } from './layout-graph';
import { boxesOverlap, type Box } from './text-metrics';

/** Boxes of the band titles, from the same measure the layout used. */
export function bandTitleBoxes(
  layout: Pick<GraphLayout, 'bands'>,
  measure: (text: string) => number,
): (Box & { id: string })[] {
  return layout.bands.map((b) => ({
    id: b.id,
    x: b.tx,
    y: b.ty - 12,
    width: measure(b.label),
    height: 15,
  }));
}

const inside = (box: Box, layout: GraphLayout) =>
  box.x >= 0 &&
  box.y >= 0 &&
  box.x + box.width <= layout.width &&
  box.y + box.height <= layout.height;

export function layoutCollisions(
  layout: GraphLayout,
  titles: readonly (Box & { id: string })[] = [],
): string[] {
  const problems: string[] = [];
  const marks = layout.nodes.map((n) => ({ id: n.id, box: markBox(n) }));
  layout.nodes.forEach((node, i) => {
    const label = node.labelBox;
    if (!inside(label, layout)) problems.push(`label of ${node.id} leaves the drawing`);
    if (!inside(markBox(node), layout)) problems.push(`mark of ${node.id} leaves the drawing`);
    for (const other of layout.nodes.slice(i + 1))
      if (boxesOverlap(label, other.labelBox))
        problems.push(`label of ${node.id} overlaps label of ${other.id}`);
    for (const mark of marks)
      if (mark.id !== node.id && boxesOverlap(label, mark.box))
        problems.push(`label of ${node.id} overlaps the mark of ${mark.id}`);
    for (const title of titles)
      if (boxesOverlap(label, title) || boxesOverlap(markBox(node), title))
        problems.push(`${node.id} overlaps the title of band ${title.id}`);
  });
  return problems;
}

interface Point {
  x: number;
  y: number;
}

/** The ends and control point of a path drawn by `linkPath`: `M x y L x y` or `M x y Q cx cy x y`. */
export function parseLinkPath(d: string): Pick<LinkCurve, 'start' | 'control' | 'end'> {
  const n = '(-?[\\d.]+)';
  const match = new RegExp(`^M${n} ${n}(?:L${n} ${n}|Q${n} ${n} ${n} ${n})$`).exec(d);
  if (!match) throw new Error(`not an edge's path: ${d}`);
  // Groups that did not take part are undefined, which Number() makes NaN.
  const v = match.slice(1).map((x: string | undefined) => Number(x));
  const start = { x: v[0] ?? NaN, y: v[1] ?? NaN };
  if (!Number.isNaN(v[2] ?? NaN)) {
    const end = { x: v[2] ?? NaN, y: v[3] ?? NaN };
    return { start, control: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }, end };
  }
  return {
    start,
    control: { x: v[4] ?? NaN, y: v[5] ?? NaN },
    end: { x: v[6] ?? NaN, y: v[7] ?? NaN },
  };
}

const boundsOf = (points: readonly Point[]): Box => {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
};

/** The labels of actors other than its ends that a polyline runs through. */
function labelsCrossed(
  points: readonly Point[],
  labels: readonly { id: string; box: Box }[],
  ends: readonly string[],
): string[] {
  const bounds = boundsOf(points);
  return labels
    .filter(
      ({ id, box }) =>
        !ends.includes(id) &&
        boxesOverlap(bounds, box) &&
        points.some((p, i) => {
          const previous = points[i - 1];
          return previous !== undefined && segmentCrossesBox(previous, p, box);
        }),
    )
    .map(({ id }) => id);
}

/**
 * Edges that run through another actor's label where a bend would cross fewer labels: for each
 * edge as drawn (its `d`), the bends every `step` units up to `maxBend` either way are tried,
 * except those within `gap` of a relation between the same two actors and those that would
 * leave the drawing. Each entry names the edge, the labels it crosses, and a bend that crosses
 * fewer. An empty list: no edge crosses a label where it could be routed around.
 */
export function avoidableEdgeCrossings(
  layout: Pick<GraphLayout, 'nodes' | 'links' | 'width' | 'height'>,
  { maxBend = 240, step = 12, gap = 24 } = {},
): string[] {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const labels = layout.nodes.map((n) => ({ id: n.id, box: n.labelBox }));
  const problems: string[] = [];
  for (const link of layout.links) {
    const s = byId.get(link.source);
    const t = byId.get(link.target);
    if (!s || !t) continue;
    const ends = [s.id, t.id];
    const crossed = labelsCrossed(linkPolyline(parseLinkPath(link.d)), labels, ends);
    if (crossed.length === 0) continue;
    const siblings = layout.links
      .filter(
        (other) =>
          other !== link &&
          ends.includes(other.source) &&
          ends.includes(other.target) &&
          other.source !== other.target,
      )
      .map((other) => (other.source === link.source ? other.bend : -other.bend));
    for (let bend = -maxBend; bend <= maxBend; bend += step) {
      if (siblings.some((b) => Math.abs(b - bend) < gap)) continue;
      const points = linkPolyline(linkCurve(s, t, bend));
      if (!insideFrame(points, layout)) continue;
      const fewer = labelsCrossed(points, labels, ends);
      if (fewer.length < crossed.length) {
        problems.push(
          `${link.id} crosses the label of ${crossed.join(', ')}; a bend of ${String(bend)} crosses ${String(fewer.length)}`,
        );
        break;
      }
    }
  }
  return problems;
}

/** How many edges run through the label of an actor other than their ends, as drawn. */
export function edgeLabelCrossings(layout: Pick<GraphLayout, 'nodes' | 'links'>): number {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const labels = layout.nodes.map((n) => ({ id: n.id, box: n.labelBox }));
  return layout.links.reduce((count, link) => {
    const ends = [link.source, link.target];
    if (!byId.has(link.source) || !byId.has(link.target)) return count;
    return count + labelsCrossed(linkPolyline(parseLinkPath(link.d)), labels, ends).length;
  }, 0);
}
