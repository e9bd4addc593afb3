import { describe, expect, it } from 'vitest';
import { avoidableEdgeCrossings, bandTitleBoxes, layoutCollisions } from './graph-collisions';
import { estimateMeasure, layoutGraph, lcg, nodeRadius, type Graph } from './layout-graph';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, RELATION_TYPES } from './vocabulary';

/** A seeded random graph with about `perNode` relations per actor. */
export function randomGraph(count: number, perNode = 2, seed = 3): Graph {
  const random = lcg(seed);
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    name: `Actor number ${i}`,
    label: `Actor ${i}`,
    kind: ACTOR_KINDS[i % ACTOR_KINDS.length] ?? 'person',
    degree: 0,
    band: `b${String(i % 5)}`,
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
  const bands = Array.from({ length: 5 }, (_, i) => ({
    id: `b${String(i)}`,
    label: `Band ${String(i)}`,
  }));
  return { nodes, links, bands };
}

describe('layoutGraph', () => {
  const graph = randomGraph(40);
  const layout = layoutGraph(graph);

  it('is deterministic: the same input gives the same coordinates', () => {
    expect(layoutGraph(graph)).toEqual(layout);
    const shuffled = { ...graph, nodes: [...graph.nodes].reverse() };
    expect(layoutGraph(shuffled).nodes).toEqual(layout.nodes);
  });

  it('rounds coordinates to a tenth', () => {
    for (const node of layout.nodes) {
      expect(Math.round(node.x * 10) / 10).toBe(node.x);
      expect(Math.round(node.y * 10) / 10).toBe(node.y);
    }
  });

  it('puts each band in its own column, in order, and each actor in its band', () => {
    expect(layout.bands.map((b) => b.id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    for (const [a, b] of layout.bands.slice(1).map((band, i) => [layout.bands[i], band]))
      expect(b?.x).toBeCloseTo((a?.x ?? 0) + (a?.width ?? 0), 0);
    for (const node of layout.nodes) {
      const band = layout.bands.find((b) => b.id === node.band);
      expect(node.x).toBeGreaterThan(band?.x ?? Infinity);
      expect(node.x).toBeLessThan((band?.x ?? 0) + (band?.width ?? 0));
    }
  });

  it('stacks the bands on a phone, within its width', () => {
    const phone = layoutGraph(graph, { mode: 'stacked', width: 360 });
    expect(phone.width).toBe(360);
    for (const [a, b] of phone.bands.slice(1).map((band, i) => [phone.bands[i], band]))
      expect(b?.y).toBeCloseTo((a?.y ?? 0) + (a?.height ?? 0), 0);
    for (const node of phone.nodes) {
      const band = phone.bands.find((b) => b.id === node.band);
      expect(node.y).toBeGreaterThan(band?.y ?? Infinity);
      expect(node.y).toBeLessThan((band?.y ?? 0) + (band?.height ?? 0));
    }
  });

  it('puts actors of an unknown band in the last band', () => {
    const odd = layoutGraph({
      ...graph,
      nodes: graph.nodes.map((n) => ({ ...n, band: 'nowhere' })),
    });
    expect(odd.nodes.every((n) => n.x >= (odd.bands[0]?.x ?? 0))).toBe(true);
    expect(odd.bands.map((b) => b.id)).toEqual(['b4']);
  });

  it('wraps a long label onto lines no wider than asked', () => {
    const long = layoutGraph({
      nodes: [
        { id: 'a', name: 'A', label: 'A very long name for one actor', kind: 'person', degree: 0 },
      ],
      links: [],
    });
    const box = long.nodes[0]?.labelBox;
    expect(box?.lines.length).toBeGreaterThan(1);
    expect(box?.width).toBeLessThanOrEqual(118);
    expect(box?.lines.join(' ')).toBe('A very long name for one actor');
  });

  for (const [count, perNode] of [
    [40, 2],
    [500, 4],
  ] as const) {
    for (const mode of ['columns', 'stacked'] as const) {
      it(`labels every one of ${String(count)} actors (${mode}) with no overlap`, () => {
        const big = layoutGraph(randomGraph(count, perNode), {
          mode,
          ...(mode === 'stacked' ? { width: 360 } : {}),
        });
        expect(big.nodes).toHaveLength(count);
        const titles = bandTitleBoxes(big, (t) => estimateMeasure(t, 12, 'bold'));
        expect(layoutCollisions(big, titles)).toEqual([]);
        for (const node of big.nodes) expect(node.labelBox.lines.join(' ')).toBe(node.label);
        // Checking every bend of every edge of the 500-actor set takes minutes: the 40 only.
        if (count === 40) expect(avoidableEdgeCrossings(big)).toEqual([]);
      }, 30_000);
    }
  }

  it('finds the overlaps it is asked about', () => {
    const [a, b] = layout.nodes;
    if (!a || !b) throw new Error('no nodes');
    const broken = { ...layout, nodes: [a, { ...b, x: a.x, y: a.y, labelBox: a.labelBox }] };
    expect(layoutCollisions(broken).length).toBeGreaterThan(0);
  });

  it('bends an edge around a label in its way', () => {
    const line = layoutGraph(
      {
        nodes: ['a', 'b', 'c'].map((id) => ({
          id,
          name: id,
          label: `Label ${id}`,
          kind: 'person' as const,
          degree: 1,
          band: 'x',
          rank: id,
        })),
        bands: [{ id: 'x', label: 'X' }],
        links: [
          {
            id: 'a:met-with:c',
            source: 'a',
            target: 'c',
            type: 'met-with',
            confidence: 'confirmed',
          },
        ],
        // One column: a, b, c stacked, so the straight line a–c runs through b's label.
      },
      { width: 100 },
    );
    expect(line.links[0]?.bend).not.toBe(0);
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
    expect(one?.bend).not.toBe(two?.bend);
    expect(one?.mid).not.toEqual(two?.mid);
  });

  it('grows the drawing with the number of actors', () => {
    expect(layoutGraph(randomGraph(400, 4)).width).toBeGreaterThan(layout.width);
  }, 30_000);

  it('sizes nodes by how connected they are', () => {
    expect(nodeRadius({ degree: 9, kind: 'person' })).toBeGreaterThan(
      nodeRadius({ degree: 1, kind: 'person' }),
    );
    expect(nodeRadius({ degree: 1, kind: 'state' })).toBeGreaterThan(
      nodeRadius({ degree: 1, kind: 'person' }),
    );
  });
});
