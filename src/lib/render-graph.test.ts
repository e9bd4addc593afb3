import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layout-graph';
import { edgeStyle, nodeLabel, renderGraph, renderGraphDefs } from './render-graph';

const graph = {
  nodes: [
    {
      id: 'storm-0558',
      name: 'Storm-0558',
      label: 'Storm-0558',
      kind: 'threat-actor' as const,
      degree: 2,
    },
    {
      id: 'china',
      name: "People's Republic of China",
      label: 'China',
      kind: 'state' as const,
      degree: 1,
    },
    {
      id: 'state',
      name: 'U.S. Department of State',
      label: 'State Department',
      kind: 'government-body' as const,
      degree: 1,
    },
  ],
  links: [
    {
      id: 'storm-0558:attributed-to:china',
      source: 'storm-0558',
      target: 'china',
      type: 'attributed-to' as const,
      confidence: 'reported' as const,
    },
    {
      id: 'storm-0558:compromised-mailbox-of:state',
      source: 'storm-0558',
      target: 'state',
      type: 'compromised-mailbox-of' as const,
      confidence: 'confirmed' as const,
    },
  ],
};
const hrefFor = (id: string) => `/actors/${id}/`;

describe('edgeStyle', () => {
  it('draws confirmed solid, reported and alleged dashed differently, disputed dotted', () => {
    expect(edgeStyle('confirmed').dasharray).toBe('');
    expect(edgeStyle('reported').dasharray).toBe('7 4');
    expect(edgeStyle('alleged').dasharray).toBe('3 3');
    expect(edgeStyle('disputed').dasharray).toBe('0.5 4');
    expect(
      new Set(
        ['confirmed', 'reported', 'alleged', 'disputed'].map(
          (c) => edgeStyle(c as 'confirmed').dasharray,
        ),
      ).size,
    ).toBe(4);
  });
});

describe('renderGraph', () => {
  const layout = layoutGraph(graph, { width: 480 });

  it('matches the golden SVG (open the file to look at it)', async () => {
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" font-family="serif" font-size="12">`,
      '<style>.gr-edge{fill:none;stroke:#666}.gr-shape{fill:#446}.gr-ring{fill:none;stroke:#fff}.gr-hit{fill:transparent}.gr-edge-label{display:none}.gr-band{fill:#fff}.gr-band.is-alt{fill:#f3f1ec}.gr-band-label{font-weight:700;fill:#555}.gr-arrow path{fill:#666}</style>',
      renderGraphDefs('gr'),
      renderGraph(layout, { hrefFor, interactive: false }),
      '</svg>\n',
    ].join('\n');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/graph.svg');
  });

  it('gives nodes and edges their hooks, and nodes a name with kind and count', () => {
    const svg = renderGraph(layout, { hrefFor, interactive: false });
    expect(svg).toContain('data-actor-id="storm-0558"');
    expect(svg).toContain('href="/actors/storm-0558/"');
    expect(svg).toContain('data-relation="storm-0558:attributed-to:china"');
    expect(svg).toContain('aria-label="Storm-0558, threat actor, 2 relations"');
    expect(svg).toContain('aria-label="China: People&#39;s Republic of China, state, 1 relation"');
    expect(nodeLabel({ name: 'X', label: 'X', kind: 'person', degree: 1 })).toBe(
      'X, person, 1 relation',
    );
    expect(nodeLabel({ name: 'X', label: 'X', kind: 'person', degree: 1 }, 'Media')).toBe(
      'X, person, Media, 1 relation',
    );
    expect(svg).toContain('stroke-dasharray="7 4"');
    expect(svg).not.toContain('style=');
  });

  it('escapes names', () => {
    const tricky = layoutGraph({
      nodes: [{ id: 'x', name: '<b>"X"</b>', label: '<b>', kind: 'person', degree: 0 }],
      links: [],
    });
    const svg = renderGraph(tricky, { hrefFor, interactive: false });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;');
  });

  it('leaves the public hooks to the first drawing when asked, keeping the links', () => {
    const svg = renderGraph(layout, { hrefFor, interactive: false, hooks: false });
    expect(svg).not.toMatch(/data-(actor-id|relation|source|target)=/);
    expect(svg.match(/<a /g)).toHaveLength(layout.nodes.length);
    expect(svg.match(/<path class="gr-edge/g)).toHaveLength(layout.links.length);
    expect(svg).toContain(`href="${hrefFor('china')}"`);
  });

  it('with JavaScript: exactly one tab stop', () => {
    const svg = renderGraph(layout, { hrefFor, interactive: true, currentId: 'china' });
    expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    expect(svg).toMatch(/data-actor-id="china"[^>]*tabindex="0"/);
  });
});
