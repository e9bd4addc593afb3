/**
 * Turns a graph layout into SVG markup: the bands, edges styled by confidence, and nodes shaped by
 * kind, labelled, that are links to the actors' pages. (Relation labels are drawn by the browser,
 * where they fit, when an actor is active: see relation-labels.ts.)
 * Classes and presentation attributes only (no style attributes): themed by CSS, CSP-safe.
 */
import {
  LABEL_LINE,
  type GraphLayout,
  type PlacedBand,
  type PlacedGraphNode,
} from './layout-graph';
import { escapeMarkup } from './escape';
import { ACTOR_KIND_LABELS, type ActorKind, type Confidence } from './vocabulary';

/** How an edge of each confidence is drawn: solid, dashed, shorter dashes, dotted. */
export function edgeStyle(confidence: Confidence): { dasharray: string; width: number } {
  switch (confidence) {
    case 'confirmed':
      return { dasharray: '', width: 1.6 };
    case 'reported':
      return { dasharray: '7 4', width: 1.6 };
    case 'alleged':
      return { dasharray: '3 3', width: 1.6 };
    case 'disputed':
      return { dasharray: '0.5 4', width: 2.4 };
  }
}

/** The shape of a node, centred on the origin: each kind has its own. */
export function nodeShape(kind: ActorKind, r: number): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  switch (kind) {
    case 'person':
      return `<circle class="gr-shape" r="${r}"/>`;
    case 'government-body':
      return `<rect class="gr-shape" x="${-r}" y="${-r}" width="${2 * r}" height="${2 * r}" rx="2"/>`;
    case 'company':
      return `<polygon class="gr-shape" points="0,${-r * 1.2} ${n(r * 1.2)},0 0,${n(r * 1.2)} ${n(-r * 1.2)},0"/>`;
    case 'threat-actor':
      return `<polygon class="gr-shape" points="0,${n(-r * 1.25)} ${n(r * 1.15)},${n(r * 0.85)} ${n(-r * 1.15)},${n(r * 0.85)}"/>`;
    case 'state':
      return `<circle class="gr-shape" r="${r}"/><circle class="gr-ring" r="${n(r * 0.62)}"/>`;
    case 'media':
      return `<rect class="gr-shape" x="${n(-r * 1.3)}" y="${n(-r * 0.8)}" width="${n(r * 2.6)}" height="${n(r * 1.6)}" rx="${n(r * 0.8)}"/>`;
  }
}

/**
 * The accessible name of a node: the actor, its kind and its number of relations. It starts
 * with the visible label when that is a short name, so that what is seen is what is heard.
 */
export function nodeLabel(
  node: Pick<PlacedGraphNode, 'name' | 'label' | 'kind' | 'degree'>,
  band?: string,
): string {
  const relations = node.degree === 1 ? '1 relation' : `${node.degree} relations`;
  const name = node.label === node.name ? node.name : `${node.label}: ${node.name}`;
  const side = band ? `, ${band}` : '';
  return `${name}, ${ACTOR_KIND_LABELS[node.kind].toLowerCase()}${side}, ${relations}`;
}

/** The bands behind the drawing, alternately tinted, each titled at its top left. */
export function renderBands(bands: readonly PlacedBand[]): string {
  return bands
    .map(
      (band, i) =>
        `<rect class="gr-band${i % 2 ? ' is-alt' : ''}" x="${band.x}" y="${band.y}" width="${band.width}" height="${band.height}"/><text class="gr-band-label" x="${band.tx}" y="${band.ty}">${escapeMarkup(band.label)}</text>`,
    )
    .join('');
}

/** A node's label, its lines centred under the mark, relative to the node. */
export function renderNodeLabel(node: Pick<PlacedGraphNode, 'x' | 'y' | 'labelBox'>): string {
  const box = node.labelBox;
  const n = (v: number) => Math.round(v * 10) / 10;
  const lines = box.lines
    .map(
      (line, i) =>
        // A space ends every line but the last, so that the text reads as the name does.
        `<tspan x="${n(box.tx - node.x)}" y="${n(box.ty - node.y + i * LABEL_LINE)}">${escapeMarkup(line)}${i < box.lines.length - 1 ? ' ' : ''}</tspan>`,
    )
    .join('');
  return `<text class="gr-label" text-anchor="middle">${lines}</text>`;
}

export interface GraphRenderOptions {
  hrefFor: (id: string) => string;
  /** With JavaScript: a roving tabindex, so that the graph is one Tab stop. */
  interactive: boolean;
  currentId?: string | undefined;
  /** Inside an embed: actor links open the full site in a new tab. */
  newTab?: boolean;
  /**
   * Carry the public hooks (`data-actor-id`, `data-relation`), true by default. A second
   * drawing of the same graph (the phone's, without JavaScript) leaves them to the first, so
   * that each actor and relation has one element to find.
   */
  hooks?: boolean;
}

/** Arrowheads, drawn once per graph. */
export function renderGraphDefs(prefix: string): string {
  return `<defs><marker id="${prefix}-arrow" class="gr-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>`;
}

export function renderGraph(
  layout: GraphLayout,
  options: GraphRenderOptions,
  prefix = 'gr',
): string {
  const hooks = options.hooks ?? true;
  const edges = layout.links
    .map((link) => {
      const style = edgeStyle(link.confidence);
      const dash = style.dasharray ? ` stroke-dasharray="${style.dasharray}"` : '';
      const data = hooks
        ? ` data-relation="${escapeMarkup(link.id)}" data-source="${escapeMarkup(link.source)}" data-target="${escapeMarkup(link.target)}"`
        : '';
      return `<path class="gr-edge conf-${link.confidence}"${data} d="${link.d}" stroke-width="${style.width}"${dash} marker-end="url(#${prefix}-arrow)"/>`;
    })
    .join('');
  const bandLabel = new Map(layout.bands.map((b) => [b.id, b.label]));
  const nodes = layout.nodes
    .map((node) => {
      const attrs = [
        `href="${escapeMarkup(options.hrefFor(node.id))}"`,
        `class="gr-node kind-${node.kind}"`,
        ...(hooks ? [`data-actor-id="${escapeMarkup(node.id)}"`] : []),
        ...(options.newTab ? ['target="_blank"', 'rel="noopener"'] : []),
        `transform="translate(${node.x} ${node.y})"`,
        `aria-label="${escapeMarkup(nodeLabel(node, bandLabel.get(node.band ?? '')))}"`,
      ];
      if (options.interactive) attrs.push(`tabindex="${options.currentId === node.id ? 0 : -1}"`);
      const label = renderNodeLabel(node);
      return `<a ${attrs.join(' ')}><circle class="gr-hit" r="${Math.max(12, node.r + 4)}"/>${nodeShape(node.kind, node.r)}${label}</a>`;
    })
    .join('');
  return `<g class="gr-viewport"><g class="gr-bands" aria-hidden="true">${renderBands(layout.bands)}</g><g class="gr-edges">${edges}</g><g class="gr-nodes">${nodes}</g></g>`;
}
