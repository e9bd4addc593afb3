/**
 * The actor graph as data: one node per actor with its number of relations and its band (the
 * side of the story it is on), one link per relation. Shared by the chart, the graph export
 * (/data/graph.json) and the tests.
 */
import { ACTOR_GROUP_LABELS, ACTOR_GROUPS, actorGroup, bandRank } from '../lib/graph-bands';
import type { Graph } from '../lib/layout-graph';
import type { Actor, Relation } from './model';

export function toGraph(actors: readonly Actor[], relations: readonly Relation[]): Graph {
  const degree = new Map<string, number>();
  for (const relation of relations) {
    degree.set(relation.from.id, (degree.get(relation.from.id) ?? 0) + 1);
    degree.set(relation.to.id, (degree.get(relation.to.id) ?? 0) + 1);
  }
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const nodes = actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    label: actor.shortName,
    kind: actor.kind,
    degree: degree.get(actor.id) ?? 0,
    band: actorGroup(actor, byId),
    rank: bandRank(actor, byId),
  }));
  return {
    nodes,
    links: relations.map((relation) => ({
      id: relation.id,
      source: relation.from.id,
      target: relation.to.id,
      type: relation.type,
      confidence: relation.confidence,
    })),
    bands: ACTOR_GROUPS.filter((group) => nodes.some((n) => n.band === group)).map((group) => ({
      id: group,
      label: ACTOR_GROUP_LABELS[group],
    })),
  };
}
