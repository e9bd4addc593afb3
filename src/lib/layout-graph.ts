/**
 * Actor graph layout: a force layout that is deterministic (seeded, run synchronously, every
 * coordinate rounded), so the same content draws the same picture on every machine; labels
 * placed without overlapping each other or any node; curved edges where two actors share
 * several relations. Pure, and run at build time only: the browser reuses the positions and
 * never runs the simulation (its questions are in graph-queries.ts, which needs no d3-force).
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { linkBend, linkPath } from './graph-queries';
import { boxesOverlap, estimateTextWidth, type Box } from './text-metrics';
import type { ActorKind, Confidence, RelationType } from './vocabulary';

export interface GraphNode {
  id: string;
  name: string;
  /** Drawn label: a short name where there is one. */
  label: string;
  kind: ActorKind;
  /** Number of relations, either direction. */
  degree: number;
}

export interface GraphLink {
  /** `from:type:to`. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  confidence: Confidence;
}

export interface Graph {
  nodes: GraphNode[];
  links: GraphLink[];
}

export interface PlacedGraphNode extends GraphNode {
  x: number;
  y: number;
  r: number;
  /** Absent when no place was free: the name is still in the node's accessible label. */
  labelBox?: Box & { anchor: 'start' | 'middle' | 'end'; tx: number; ty: number };
}

export interface PlacedGraphLink extends GraphLink {
  /** Sideways bend of the curve (0: straight), kept so that a dragged node can redraw it. */
  bend: number;
  /** SVG path from the edge of the source to the edge of the target. */
  d: string;
  /** Where a label of the relation goes: the middle of the curve. */
  mid: { x: number; y: number };
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedGraphNode[];
  links: PlacedGraphLink[];
}

export interface GraphLayoutOptions {
  width?: number;
  height?: number;
  seed?: number;
  ticks?: number;
}

/** A linear congruential generator, the same on every machine (as d3-force's own). */
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

interface SimNode extends SimulationNodeDatum, GraphNode {
  r: number;
}

const LABEL_HEIGHT = 14;

/** Lays out the graph. The default size suits the story's forty actors. */
export function layoutGraph(graph: Graph, options: GraphLayoutOptions = {}): GraphLayout {
  const count = graph.nodes.length;
  const width = options.width ?? Math.max(960, Math.round(Math.sqrt(count) * 150));
  const height = options.height ?? Math.max(640, Math.round(Math.sqrt(count) * 105));
  const ticks = options.ticks ?? 300;
  const pad = 24;

  // Start from a sorted order, so that the input order cannot change the picture.
  const nodes: SimNode[] = [...graph.nodes]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((node) => ({ ...node, r: nodeRadius(node) }));
  const ids = new Set(nodes.map((n) => n.id));
  const links: SimulationLinkDatum<SimNode>[] = graph.links
    .filter((link) => ids.has(link.source) && ids.has(link.target) && link.source !== link.target)
    .map((link) => ({ source: link.source, target: link.target }));

  const simulation = forceSimulation(nodes)
    .randomSource(lcg(options.seed ?? 558))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((node) => node.id)
        .distance(90),
    )
    .force('charge', forceManyBody<SimNode>().strength(-260).distanceMax(420))
    .force('collide', forceCollide<SimNode>((node) => node.r + 16).iterations(2))
    .force('x', forceX<SimNode>(width / 2).strength(0.05))
    .force('y', forceY<SimNode>(height / 2).strength(0.07))
    .stop();
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    for (const node of nodes) {
      node.x = Math.min(width - pad - node.r, Math.max(pad + node.r, node.x ?? 0));
      node.y = Math.min(height - pad - node.r, Math.max(pad + node.r, node.y ?? 0));
    }
  }

  const placed: PlacedGraphNode[] = nodes.map((node) => ({
    id: node.id,
    name: node.name,
    label: node.label,
    kind: node.kind,
    degree: node.degree,
    x: round(node.x ?? 0),
    y: round(node.y ?? 0),
    r: node.r,
  }));
  placeLabels(placed, width, height);
  return { width, height, nodes: placed, links: placeLinks(graph.links, placed) };
}

/** Labels beside their nodes, the most connected first, never over another label or node. */
function placeLabels(nodes: PlacedGraphNode[], width: number, height: number): void {
  const nodeBoxes = nodes.map((n) => ({
    x: n.x - n.r,
    y: n.y - n.r,
    width: n.r * 2,
    height: n.r * 2,
  }));
  const taken: Box[] = [];
  const order = [...nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  for (const node of order) {
    const w = estimateTextWidth(node.label);
    const h = LABEL_HEIGHT;
    const gap = 4;
    const candidates = [
      {
        x: node.x + node.r + gap,
        y: node.y - h / 2,
        anchor: 'start' as const,
        tx: node.x + node.r + gap,
        ty: node.y + 4,
      },
      {
        x: node.x - node.r - gap - w,
        y: node.y - h / 2,
        anchor: 'end' as const,
        tx: node.x - node.r - gap,
        ty: node.y + 4,
      },
      {
        x: node.x - w / 2,
        y: node.y + node.r + 2,
        anchor: 'middle' as const,
        tx: node.x,
        ty: node.y + node.r + 12,
      },
      {
        x: node.x - w / 2,
        y: node.y - node.r - 2 - h,
        anchor: 'middle' as const,
        tx: node.x,
        ty: node.y - node.r - 5,
      },
    ];
    for (const c of candidates) {
      const box = { x: round(c.x), y: round(c.y), width: w, height: h };
      const inside = box.x >= 0 && box.y >= 0 && box.x + w <= width && box.y + h <= height;
      if (!inside) continue;
      if (taken.some((t) => boxesOverlap(t, box)) || nodeBoxes.some((b) => boxesOverlap(b, box)))
        continue;
      node.labelBox = { ...box, anchor: c.anchor, tx: round(c.tx), ty: round(c.ty) };
      taken.push(box);
      break;
    }
  }
}

/** Paths from node edge to node edge; relations sharing a pair of actors curve apart. */
function placeLinks(
  links: readonly GraphLink[],
  nodes: readonly PlacedGraphNode[],
): PlacedGraphLink[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const pairs = new Map<string, GraphLink[]>();
  for (const link of links) {
    const key = pairKey(link.source, link.target);
    pairs.set(key, [...(pairs.get(key) ?? []), link]);
  }
  const placed: PlacedGraphLink[] = [];
  for (const link of links) {
    const s = byId.get(link.source);
    const t = byId.get(link.target);
    if (!s || !t || s === t) continue;
    const siblings = pairs.get(pairKey(link.source, link.target)) ?? [link];
    const k = siblings.indexOf(link);
    const bend = linkBend(k, siblings.length, link.source, link.target);
    placed.push({ ...link, bend, ...linkPath(s, t, bend) });
  }
  return placed;
}
