/**
 * The drawing's actors and relations, as the build drew them: each with its data and its
 * element, the relations of each actor, and moving an actor with its relations.
 */
import { linkPath } from '../../lib/graph-queries';
import type { GraphData } from './graph-data';

type NodeData = GraphData['nodes'][number];
type LinkData = GraphData['links'][number];

/** An actor's data, where it is drawn now, and its element. */
export interface NodeView extends NodeData {
  el: SVGAElement;
}

/** A relation's data and its path. */
export interface EdgeView {
  link: LinkData;
  el: SVGPathElement;
}

/** Copies of an actor and its relations drawn elsewhere (the overlay, during a drag). */
export interface MovedCopies {
  node: SVGGElement | undefined;
  edges: Map<string, SVGPathElement>;
}

export class GraphScene {
  readonly nodes = new Map<string, NodeView>();
  readonly edges = new Map<string, EdgeView>();
  /** Each actor's relations, either way. */
  readonly byNode = new Map<string, EdgeView[]>();

  constructor(data: GraphData, svg: SVGSVGElement) {
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    for (const el of svg.querySelectorAll<SVGAElement>('a.gr-node[data-actor-id]')) {
      const node = byId.get(el.dataset.actorId ?? '');
      if (node) this.nodes.set(node.id, { ...node, el });
    }
    const links = new Map(data.links.map((l) => [l.id, l]));
    for (const el of svg.querySelectorAll<SVGPathElement>('path.gr-edge[data-relation]')) {
      const link = links.get(el.dataset.relation ?? '');
      if (!link) continue;
      const view = { link, el };
      this.edges.set(link.id, view);
      for (const end of [link.source, link.target])
        this.byNode.set(end, [...(this.byNode.get(end) ?? []), view]);
    }
  }

  /** An actor's relations that the filters show. */
  shownEdgesOf(id: string): EdgeView[] {
    return (this.byNode.get(id) ?? []).filter((edge) => !edge.el.classList.contains('is-hidden'));
  }

  /** The actors the filters show. */
  shownNodes(): NodeView[] {
    return [...this.nodes.values()].filter((n) => !n.el.classList.contains('is-hidden'));
  }

  /**
   * Moves an actor and redraws its relations; into `copies` instead of the originals when the
   * actor is drawn there (lifted for a drag).
   */
  move(id: string, x: number, y: number, copies?: MovedCopies): void {
    const node = this.nodes.get(id);
    if (!node) return;
    node.x = Math.round(x * 10) / 10;
    node.y = Math.round(y * 10) / 10;
    (copies?.node ?? node.el).setAttribute('transform', `translate(${node.x} ${node.y})`);
    for (const edge of this.byNode.get(id) ?? []) {
      const s = this.nodes.get(edge.link.source);
      const t = this.nodes.get(edge.link.target);
      if (!s || !t) continue;
      const { d } = linkPath(s, t, edge.link.bend);
      if (copies) copies.edges.get(edge.link.id)?.setAttribute('d', d);
      else edge.el.setAttribute('d', d);
    }
  }
}
