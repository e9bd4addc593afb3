import { describe, expect, it } from 'vitest';
import {
  avoidableEdgeCrossings,
  bandTitleBoxes,
  edgeLabelCrossings,
  layoutCollisions,
  parseLinkPath,
} from './graph-collisions';
import { linkPath } from './graph-queries';
import { layoutGraph, type GraphNode } from './layout-graph';

const node = (id: string): GraphNode => ({
  id,
  name: id,
  label: `Label ${id}`,
  kind: 'person',
  degree: 1,
});

describe('layoutCollisions', () => {
  const layout = layoutGraph({
    nodes: [node('a'), node('b')],
    links: [],
    bands: [{ id: 'x', label: 'X' }],
  });

  it('finds nothing wrong in a laid-out graph', () => {
    expect(
      layoutCollisions(
        layout,
        bandTitleBoxes(layout, () => 10),
      ),
    ).toEqual([]);
  });

  it('finds a label on another label, on a mark, on a band title and outside', () => {
    const [a, b] = layout.nodes;
    if (!a || !b) throw new Error('no nodes');
    const moved = { ...layout, nodes: [a, { ...b, x: a.x, y: a.y + 4, labelBox: a.labelBox }] };
    const problems = layoutCollisions(moved);
    expect(problems.some((p) => p.includes('overlaps label'))).toBe(true);
    expect(problems.some((p) => p.includes('overlaps the mark'))).toBe(true);
    const title = [{ id: 'x', x: a.labelBox.x, y: a.labelBox.y, width: 5, height: 5 }];
    expect(layoutCollisions(layout, title)).toContain('a overlaps the title of band x');
    const outside = { ...layout, nodes: [{ ...a, x: -50 }] };
    expect(layoutCollisions(outside)).toContain('mark of a leaves the drawing');
  });
});

describe('avoidableEdgeCrossings', () => {
  // One column: a, b, c stacked, so the straight line from a to c runs through b's label.
  const column = layoutGraph(
    {
      nodes: [node('a'), node('b'), node('c')].map((n) => ({ ...n, band: 'x', rank: n.id })),
      links: [
        { id: 'a:met-with:c', source: 'a', target: 'c', type: 'met-with', confidence: 'confirmed' },
      ],
      bands: [{ id: 'x', label: 'X' }],
    },
    { width: 100 },
  );

  it('reads back the path drawn', () => {
    expect(parseLinkPath('M1 2L3 4')).toEqual({
      start: { x: 1, y: 2 },
      control: { x: 2, y: 3 },
      end: { x: 3, y: 4 },
    });
    expect(parseLinkPath('M1 2Q5 6 3 4').control).toEqual({ x: 5, y: 6 });
  });

  it('finds nothing to fix in a laid-out graph, and a straight edge through a label', () => {
    expect(avoidableEdgeCrossings(column)).toEqual([]);
    expect(edgeLabelCrossings(column)).toBe(0);
    const [a, , c] = column.nodes;
    if (!a || !c) throw new Error('no nodes');
    const straight = {
      ...column,
      links: column.links.map((l) => ({ ...l, bend: 0, d: linkPath(a, c, 0).d })),
    };
    expect(edgeLabelCrossings(straight)).toBe(1);
    expect(avoidableEdgeCrossings(straight)).toHaveLength(1);
    expect(avoidableEdgeCrossings(straight)[0]).toContain('crosses the label of b');
  });
});
