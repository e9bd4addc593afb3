/**
 * The real actor graph, laid out as the build lays it out (the labels' font measured from its
 * file), at each width the site ships: no label on another label, on another actor's mark or on
 * a band's title, and every actor labelled in full. Reads content/ with the build's own reader.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardFontExtent, measureCardText } from '../content-layer/card-font';
import { readContentTree } from '../content-layer/read';
import {
  avoidableEdgeCrossings,
  bandTitleBoxes,
  edgeLabelCrossings,
  layoutCollisions,
} from '../lib/graph-collisions';
import { linkPath } from '../lib/graph-queries';
import { layoutGraph, type Measure } from '../lib/layout-graph';
import { toGraph } from './graph';
import type { Actor, Relation } from './model';

const tree = readContentTree(resolve('.'), resolve('content'));
const field = (data: Record<string, unknown>, key: string) =>
  typeof data[key] === 'string' ? data[key] : undefined;
const actors = tree.entries.actors.map((entry) => {
  const data = entry.data;
  const affiliation = field(data, 'affiliation');
  return {
    id: entry.id,
    name: field(data, 'name') ?? entry.id,
    shortName: field(data, 'shortName') ?? field(data, 'name') ?? entry.id,
    kind: data.kind,
    country: field(data, 'country') ?? '',
    ...(affiliation ? { affiliation: { id: affiliation } } : {}),
    ...(data.group ? { group: data.group } : {}),
  } as unknown as Actor;
});
const byId = new Map(actors.map((a) => [a.id, a]));
const relations = tree.entries.relations.map((entry) => {
  const data = entry.data as Record<string, string>;
  return {
    id: entry.id,
    from: byId.get(data.from ?? ''),
    to: byId.get(data.to ?? ''),
    type: data.type,
    confidence: data.confidence,
  } as unknown as Relation;
});
const graph = toGraph(actors, relations);
const measure: Measure = (text, size, weight = 'regular') => measureCardText(text, size, weight);

describe('the real actor graph', () => {
  it('puts every actor in a band named after a side of the story', () => {
    expect(graph.nodes).toHaveLength(tree.entries.actors.length);
    const bands = new Map(graph.bands?.map((b) => [b.id, b.label]));
    for (const node of graph.nodes) expect(bands.has(node.band ?? '')).toBe(true);
    const band = (id: string) => graph.nodes.find((n) => n.id === id)?.band;
    // Pinned from the content's own kinds, affiliations and groups.
    expect(band('antony-blinken')).toBe('us-government');
    expect(band('ron-wyden')).toBe('us-congress');
    expect(band('brad-smith')).toBe('companies');
    expect(band('wang-wenbin')).toBe('china');
    expect(band('storm-0558')).toBe('threat-actors');
  });

  // The widths the site ships: the wide drawing, and the phone's (ActorGraph.astro).
  for (const [mode, width] of [
    ['columns', undefined],
    ['stacked', 280],
    ['stacked', 360],
  ] as const) {
    it(`labels every actor without an overlap (${mode})`, () => {
      const layout = layoutGraph(graph, {
        measure,
        extent: cardFontExtent(),
        mode,
        ...(width ? { width } : {}),
      });
      const titles = bandTitleBoxes(layout, (t) => measure(t, 12, 'bold'));
      expect(layoutCollisions(layout, titles)).toEqual([]);
      for (const node of layout.nodes) {
        expect(node.labelBox.lines.join(' ')).toBe(node.label);
        expect(node.labelBox.lines.every((line) => !line.endsWith('…'))).toBe(true);
      }
    });
  }

  for (const [mode, width] of [
    ['columns', undefined],
    ['stacked', 280],
  ] as const) {
    it(`routes every edge around the labels it can avoid (${mode})`, () => {
      const layout = layoutGraph(graph, {
        measure,
        extent: cardFontExtent(),
        mode,
        ...(width ? { width } : {}),
      });
      expect(avoidableEdgeCrossings(layout)).toEqual([]);
      // What is left crosses because no bend clears it: fewer crossings than straight lines make.
      const straight = {
        ...layout,
        links: layout.links.map((link) => {
          const [s, t] = [link.source, link.target].map((id) =>
            layout.nodes.find((n) => n.id === id),
          );
          return s && t ? { ...link, d: linkPath(s, t, 0).d } : link;
        }),
      };
      expect(edgeLabelCrossings(layout)).toBeLessThan(edgeLabelCrossings(straight) / 2);
    });
  }
});
