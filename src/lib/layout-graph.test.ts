import { describe, expect, it } from 'vitest';
import { layoutGraph, lcg, nodeRadius, type Graph } from './layout-graph';
import { boxesOverlap } from './text-metrics';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, RELATION_TYPES } from './vocabulary';

/** A seeded random graph with about `perNode` relations per actor. */
function randomGraph(count: number, perNode = 2, seed = 3): Graph {
  const random = lcg(seed);
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    name: `Actor number ${i}`,
    label: `Actor ${i}`,
    kind: ACTOR_KINDS[i % ACTOR_KINDS.length] ?? 'person',
    degree: 0,
  }));
  const links = [];
  for (let i = 0; i < count * perNode; i++) {
    const a = Math.floor(random() * count);
    const b = Math.floor(random() * count);
    if (a === b) continue;
    const type = RELATION_TYPES[i % RELATION_TYPES.length] ?? 'met-with';
    links.push({
      id: `n${a}:${type}:n${b}`,
      source: `n${a}`,
      target: `n${b}`,
      type,
      confidence: CONFIDENCE_LEVELS[i % 4] ?? 'confirmed',
    });
    const [na, nb] = [nodes[a], nodes[b]];
    if (na && nb) {
      na.degree++;
      nb.degree++;
    }
  }
  return { nodes, links };
}

describe('layoutGraph', () => {
  const graph = randomGraph(40);
  const layout = layoutGraph(graph);

  it('is deterministic: the same input gives the same coordinates', () => {
    expect(layoutGraph(graph)).toEqual(layout);
    const shuffled = { nodes: [...graph.nodes].reverse(), links: graph.links };
    expect(layoutGraph(shuffled).nodes).toEqual(layout.nodes);
  });

  it('rounds coordinates to a tenth', () => {
    for (const node of layout.nodes) {
      expect(Math.round(node.x * 10) / 10).toBe(node.x);
      expect(Math.round(node.y * 10) / 10).toBe(node.y);
    }
  });

  it('keeps every node inside the drawing', () => {
    for (const node of layout.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(0);
      expect(node.y + node.r).toBeLessThanOrEqual(layout.height);
    }
  });

  it('does not let nodes overlap', () => {
    for (let i = 0; i < layout.nodes.length; i++) {
      for (let j = i + 1; j < layout.nodes.length; j++) {
        const [a, b] = [layout.nodes[i], layout.nodes[j]];
        if (!a || !b) continue;
        // Collision keeps centres apart by both radii plus room for labels; allow a little give.
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} × ${b.id}`).toBeGreaterThan(a.r + b.r);
      }
    }
  });

  it('places labels without overlapping each other or any node, and most of them', () => {
    const labels = layout.nodes.flatMap((n) => (n.labelBox ? [n.labelBox] : []));
    expect(labels.length).toBeGreaterThan(layout.nodes.length * 0.7);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        if (a && b) expect(boxesOverlap(a, b)).toBe(false);
      }
      for (const node of layout.nodes) {
        const label = labels[i];
        if (label)
          expect(
            boxesOverlap(label, {
              x: node.x - node.r,
              y: node.y - node.r,
              width: 2 * node.r,
              height: 2 * node.r,
            }),
          ).toBe(false);
      }
    }
  });

  it('curves relations that share a pair of actors apart', () => {
    const pair = {
      nodes: [
        { id: 'a', name: 'A', label: 'A', kind: 'person' as const, degree: 2 },
        { id: 'b', name: 'B', label: 'B', kind: 'person' as const, degree: 2 },
      ],
      links: [
        {
          id: 'a:met-with:b',
          source: 'a',
          target: 'b',
          type: 'met-with' as const,
          confidence: 'confirmed' as const,
        },
        {
          id: 'a:raised-hack-with:b',
          source: 'a',
          target: 'b',
          type: 'raised-hack-with' as const,
          confidence: 'confirmed' as const,
        },
      ],
    };
    const [one, two] = layoutGraph(pair).links;
    expect(one?.d).toContain('Q');
    expect(one?.bend).toBe(-(two?.bend ?? 0));
    expect(one?.mid).not.toEqual(two?.mid);
  });

  it('grows the drawing with the number of actors', () => {
    expect(layoutGraph(randomGraph(400, 4)).width).toBeGreaterThan(layout.width);
  });

  it('sizes nodes by how connected they are', () => {
    expect(nodeRadius({ degree: 9, kind: 'person' })).toBeGreaterThan(
      nodeRadius({ degree: 1, kind: 'person' }),
    );
    expect(nodeRadius({ degree: 1, kind: 'state' })).toBeGreaterThan(
      nodeRadius({ degree: 1, kind: 'person' }),
    );
  });
});
