import { describe, expect, it } from 'vitest';
import { toGraph } from './graph';
import type { Actor, Relation } from './model';

const actor = (id: string, kind: Actor['kind'] = 'person'): Actor => ({
  id,
  name: `Name ${id}`,
  shortName: id.toUpperCase(),
  kind,
  role: 'r',
  country: 'US',
  sources: [],
  eventIds: [],
});
const relation = (from: Actor, type: Relation['type'], to: Actor): Relation => ({
  id: `${from.id}:${type}:${to.id}`,
  from,
  type,
  to,
  confidence: 'confirmed',
  sources: [],
});

describe('toGraph', () => {
  it('makes a node per actor with its degree and a link per relation', () => {
    const [a, b, c] = [actor('a'), actor('b', 'state'), actor('c')];
    const graph = toGraph(
      [a, b, c],
      [relation(a, 'met-with', b), relation(a, 'accused', b), relation(c, 'works-for', b)],
    );
    expect(graph.nodes.map((n) => [n.id, n.label, n.degree])).toEqual([
      ['a', 'A', 2],
      ['b', 'B', 3],
      ['c', 'C', 1],
    ]);
    expect(graph.links.map((l) => l.id)).toEqual(['a:met-with:b', 'a:accused:b', 'c:works-for:b']);
    expect(graph.links[0]).toMatchObject({
      source: 'a',
      target: 'b',
      type: 'met-with',
      confidence: 'confirmed',
    });
  });
});
