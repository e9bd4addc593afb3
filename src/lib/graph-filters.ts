/**
 * What the graph's filters show: relations by kind and confidence, actors inside the ego view
 * (`?focus=`), and the actors left without a shown relation. Pure.
 */
import { toggleChosen } from './url-state';
import {
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  RELATION_LABELS,
  type Confidence,
  type RelationType,
} from './vocabulary';

/** The filters a reader has set. */
export interface GraphFilter {
  /** One kind of relation, or every kind when undefined. */
  type: RelationType | undefined;
  /** The confidence levels shown. */
  confidence: ReadonlySet<Confidence>;
  /** The ego view: only these actors and relations, when set. */
  ego: { nodes: ReadonlySet<string>; links: ReadonlySet<string> } | undefined;
}

/** What a filter leaves on the drawing. */
export interface FilteredGraph {
  /** Relations shown. */
  links: Set<string>;
  /** Actors hidden (outside the ego view). */
  hiddenNodes: Set<string>;
  /**
   * Actors shown that have relations, none of them shown, while a kind or confidence filter is
   * set: they fade. Actors with no relation at all never do.
   */
  isolated: Set<string>;
}

/** Applies `filter` to a graph; `levels` is how many confidence levels there are. */
export function filterGraph(
  graph: {
    nodes: readonly { id: string }[];
    links: readonly {
      id: string;
      source: string;
      target: string;
      type: RelationType;
      confidence: Confidence;
    }[];
  },
  filter: GraphFilter,
  levels: number,
): FilteredGraph {
  const links = new Set<string>();
  const touched = new Set<string>();
  const related = new Set<string>();
  for (const link of graph.links) {
    related.add(link.source);
    related.add(link.target);
    const visible =
      (filter.type === undefined || link.type === filter.type) &&
      filter.confidence.has(link.confidence) &&
      (!filter.ego || filter.ego.links.has(link.id));
    if (!visible) continue;
    links.add(link.id);
    touched.add(link.source);
    touched.add(link.target);
  }
  const filtering = filter.type !== undefined || filter.confidence.size < levels;
  const hiddenNodes = new Set<string>();
  const isolated = new Set<string>();
  for (const { id } of graph.nodes) {
    if (filter.ego && !filter.ego.nodes.has(id)) hiddenNodes.add(id);
    else if (filtering && !touched.has(id) && related.has(id)) isolated.add(id);
  }
  return { links, hiddenNodes, isolated };
}

/** The status line under the filters: what is shown, and around whom. */
export function formatGraphStatus(counts: {
  actors: number;
  relations: number;
  total: number;
  focus: string | undefined;
}): string {
  return counts.focus
    ? `Around ${counts.focus}: ${String(counts.actors)} actors and ${String(counts.relations)} relations.`
    : `${String(counts.actors)} actors; ${String(counts.relations)} of ${String(counts.total)} relations shown.`;
}

/** The confidence levels chosen after pressing a level's chip: the rule of every chip. */
export function toggleConfidence(chosen: readonly Confidence[], level: Confidence): Confidence[] {
  return toggleChosen(chosen, level, CONFIDENCE_LEVELS);
}

/** The levels shown, and so the chips pressed: all of them when none is chosen. */
export function shownConfidence(chosen: readonly Confidence[]): Set<Confidence> {
  return new Set(chosen.length === 0 ? CONFIDENCE_LEVELS : chosen);
}

/**
 * The active filters in words, for the summary beside the Filter button (as the timeline's):
 * "All relations", or the kind of relation, the confidence levels chosen and the ego view joined
 * by " · " ("“met” · Confirmed and Reported · Around Gina Raimondo, two steps"). More than two
 * levels are counted. `actorName` turns the focused actor's id into its name.
 */
export function formatGraphFilterSummary(
  filter: {
    type: RelationType | undefined;
    /** The levels chosen with the chips; none chosen shows every level. */
    confidence: readonly Confidence[];
    focus: string | undefined;
    hops: 1 | 2;
  },
  actorName: (id: string) => string,
): string {
  const levels = CONFIDENCE_LEVELS.filter((level) => filter.confidence.includes(level));
  const parts = [
    ...(filter.type ? [`“${RELATION_LABELS[filter.type]}”`] : []),
    ...(levels.length > 0 && levels.length < CONFIDENCE_LEVELS.length
      ? [
          levels.length > 2
            ? `${String(levels.length)} confidence levels`
            : levels.map((level) => CONFIDENCE_LABELS[level]).join(' and '),
        ]
      : []),
    ...(filter.focus
      ? [`Around ${actorName(filter.focus)}${filter.hops === 2 ? ', two steps' : ''}`]
      : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : 'All relations';
}
