/**
 * Questions the graph's reader asks in the browser, answered from laid-out positions: which
 * actors are near one actor (its ego network), and where an arrow key leads.
 */
import type { GraphLink } from './layout-graph';

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

/**
 * The path of an edge from the rim of `s` to the rim of `t`, bent sideways by `bend` units
 * (0: a straight line), and the middle of the curve for its label. The end stops short of the
 * target's rim so that the arrowhead shows.
 */
export function linkPath(
  s: NodeDisc,
  t: NodeDisc,
  bend: number,
): { d: string; mid: { x: number; y: number } } {
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
  const d =
    bend === 0
      ? `M${start.x} ${start.y}L${end.x} ${end.y}`
      : `M${start.x} ${start.y}Q${round(cx)} ${round(cy)} ${end.x} ${end.y}`;
  return {
    d,
    mid: {
      x: round((s.x + t.x) / 2 + (nx * bend) / 2),
      y: round((s.y + t.y) / 2 + (ny * bend) / 2),
    },
  };
}

/** How far an edge bends: relations sharing a pair of actors fan out around the straight line. */
export function linkBend(index: number, siblings: number, source: string, target: string): number {
  const flip = source < target ? 1 : -1;
  return (index - (siblings - 1) / 2) * 30 * flip;
}
