/**
 * What must never happen in a laid-out actor graph, listed: a label over another label, over
 * another actor's mark or over a band's title; a label or mark outside the drawing. An empty
 * list is a readable drawing. Used by the layout's tests on real and synthetic content.
 */
import { markBox, type GraphLayout } from './layout-graph';
import { boxesOverlap, type Box } from './text-metrics';

/** Boxes of the band titles, from the same measure the layout used. */
export function bandTitleBoxes(
  layout: Pick<GraphLayout, 'bands'>,
  measure: (text: string) => number,
): (Box & { id: string })[] {
  return layout.bands.map((b) => ({
    id: b.id,
    x: b.tx,
    y: b.ty - 12,
    width: measure(b.label),
    height: 15,
  }));
}

const inside = (box: Box, layout: GraphLayout) =>
  box.x >= 0 &&
  box.y >= 0 &&
  box.x + box.width <= layout.width &&
  box.y + box.height <= layout.height;

export function layoutCollisions(
  layout: GraphLayout,
  titles: readonly (Box & { id: string })[] = [],
): string[] {
  const problems: string[] = [];
  const marks = layout.nodes.map((n) => ({ id: n.id, box: markBox(n) }));
  layout.nodes.forEach((node, i) => {
    const label = node.labelBox;
    if (!inside(label, layout)) problems.push(`label of ${node.id} leaves the drawing`);
    if (!inside(markBox(node), layout)) problems.push(`mark of ${node.id} leaves the drawing`);
    for (const other of layout.nodes.slice(i + 1))
      if (boxesOverlap(label, other.labelBox))
        problems.push(`label of ${node.id} overlaps label of ${other.id}`);
    for (const mark of marks)
      if (mark.id !== node.id && boxesOverlap(label, mark.box))
        problems.push(`label of ${node.id} overlaps the mark of ${mark.id}`);
    for (const title of titles)
      if (boxesOverlap(label, title) || boxesOverlap(markBox(node), title))
        problems.push(`${node.id} overlaps the title of band ${title.id}`);
  });
  return problems;
}
