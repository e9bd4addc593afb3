/**
 * Questions the graph's reader asks in the browser, answered from laid-out positions: which
 * actors are near one actor (its ego network), and where an arrow key leads.
 */
import type { GraphLink } from './layout-graph';
import type { Box } from './text-metrics';

/** Actors within `hops` relations of `focus` (either direction), and the relations between them. */
export function egoNetwork(
  graph: { links: readonly Pick<GraphLink, 'id' | 'source' | 'target'>[] },
  focus: string,
  hops: 1 | 2,
): { nodes: Set<string>; links: Set<string> } {
  const nodes = new Set([focus]);
  let frontier = new Set([focus]);
  for (let hop = 0; hop < hops; hop++) {
    const next = new Set<string>();
    for (const link of graph.links) {
      if (frontier.has(link.source) && !nodes.has(link.target)) next.add(link.target);
      if (frontier.has(link.target) && !nodes.has(link.source)) next.add(link.source);
    }
    next.forEach((id) => nodes.add(id));
    frontier = next;
  }
  const links = new Set(
    graph.links.filter((l) => nodes.has(l.source) && nodes.has(l.target)).map((l) => l.id),
  );
  return { nodes, links };
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The node an arrow key should move to: the closest one lying in that direction, favouring
 * nodes straight ahead over nodes off to the side. Undefined when there is none.
 */
export function nearestInDirection(
  nodes: readonly { id: string; x: number; y: number }[],
  fromId: string,
  direction: Direction,
): string | undefined {
  const from = nodes.find((n) => n.id === fromId);
  if (!from) return undefined;
  const [vx, vy] = VECTORS[direction];
  let best: { id: string; score: number } | undefined;
  for (const node of nodes) {
    if (node.id === fromId) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const ahead = dx * vx + dy * vy;
    if (ahead <= 0) continue;
    const aside = Math.abs(dx * vy - dy * vx);
    // Within about 50° either side of the arrow; distance sideways counts double.
    if (aside > ahead * 1.2) continue;
    const score = ahead + aside * 2;
    if (!best || score < best.score || (score === best.score && node.id < best.id))
      best = { id: node.id, score };
  }
  return best?.id;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A node's centre and radius. */
export interface NodeDisc {
  x: number;
  y: number;
  r: number;
}

/** An edge's curve as drawn: from the rim of the source to the rim of the target, bent. */
export interface LinkCurve {
  start: { x: number; y: number };
  /** The quadratic curve's control point (for a straight edge, unused). */
  control: { x: number; y: number };
  end: { x: number; y: number };
  /** The middle of the curve between the centres, for a label. */
  mid: { x: number; y: number };
}

/**
 * The curve of an edge from the rim of `s` to the rim of `t`, bent sideways by `bend` units
 * (0: a straight line). The end stops short of the target's rim so that the arrowhead shows.
 */
export function linkCurve(s: NodeDisc, t: NodeDisc, bend: number): LinkCurve {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = -dy / length;
  const ny = dx / length;
  const cx = (s.x + t.x) / 2 + nx * bend;
  const cy = (s.y + t.y) / 2 + ny * bend;
  const rim = (from: NodeDisc, extra: number) => {
    const vx = cx - from.x;
    const vy = cy - from.y;
    const v = Math.hypot(vx, vy) || 1;
    return {
      x: round(from.x + (vx / v) * (from.r + extra)),
      y: round(from.y + (vy / v) * (from.r + extra)),
    };
  };
  const start = rim(s, 1);
  const end = rim(t, 3);
  return {
    start,
    // A straight edge's control point is the middle of the line drawn, so that it lies on it.
    control:
      bend === 0
        ? { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }
        : { x: round(cx), y: round(cy) },
    end,
    mid: {
      x: round((s.x + t.x) / 2 + (nx * bend) / 2),
      y: round((s.y + t.y) / 2 + (ny * bend) / 2),
    },
  };
}

/**
 * The SVG path of an edge (see `linkCurve`): a line when `bend` is 0, otherwise a quadratic
 * curve; and the middle of the curve for its label.
 */
export function linkPath(
  s: NodeDisc,
  t: NodeDisc,
  bend: number,
): { d: string; mid: { x: number; y: number } } {
  const { start, control, end, mid } = linkCurve(s, t, bend);
  const d =
    bend === 0
      ? `M${start.x} ${start.y}L${end.x} ${end.y}`
      : `M${start.x} ${start.y}Q${control.x} ${control.y} ${end.x} ${end.y}`;
  return { d, mid };
}

/** `steps` + 1 points along a quadratic curve (a line when the control point is on it). */
export function curvePoints(
  start: { x: number; y: number },
  control: { x: number; y: number },
  end: { x: number; y: number },
  steps: number,
): { x: number; y: number }[] {
  const points = [];
  for (let i = 0; i <= steps; i++) {
    const u = i / steps;
    const a = (1 - u) * (1 - u);
    const b = 2 * u * (1 - u);
    const c = u * u;
    points.push({
      x: a * start.x + b * control.x + c * end.x,
      y: a * start.y + b * control.y + c * end.y,
    });
  }
  return points;
}

/** How far an edge bends: relations sharing a pair of actors fan out around the straight line. */
export function linkBend(index: number, siblings: number, source: string, target: string): number {
  const flip = source < target ? 1 : -1;
  return (index - (siblings - 1) / 2) * 30 * flip;
}

/**
 * An edge's drawn curve as a polyline to test against labels: segments of about 24 units, which
 * follow the gentle curves of edges closely (a tight loop less so).
 */
export function linkPolyline(
  curve: Pick<LinkCurve, 'start' | 'control' | 'end'>,
): { x: number; y: number }[] {
  const { start, control, end } = curve;
  const length =
    Math.hypot(control.x - start.x, control.y - start.y) +
    Math.hypot(end.x - control.x, end.y - control.y);
  return curvePoints(start, control, end, Math.max(8, Math.ceil(length / 24)));
}

/** Whether the segment from `p` to `q` runs through the inside of `box` (Liang–Barsky clipping). */
export function segmentCrossesBox(
  p: { x: number; y: number },
  q: { x: number; y: number },
  box: Box,
): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  if (Math.max(p.x, q.x) <= box.x || Math.min(p.x, q.x) >= right) return false;
  if (Math.max(p.y, q.y) <= box.y || Math.min(p.y, q.y) >= bottom) return false;
  // Each side in turn narrows the part of the segment inside the box, [t0, t1].
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  for (let side = 0; side < 4; side++) {
    const step = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const room =
      side === 0 ? p.x - box.x : side === 1 ? right - p.x : side === 2 ? p.y - box.y : bottom - p.y;
    if (step === 0) {
      if (room <= 0) return false;
      continue;
    }
    const t = room / step;
    if (step < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}
