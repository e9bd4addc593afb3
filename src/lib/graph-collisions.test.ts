import { describe, expect, it } from 'vitest';
import { bandTitleBoxes, layoutCollisions } from './graph-collisions';
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
