/**
 * The sides of the story, as bands of the actor graph: which band an actor belongs to comes from
 * content — an explicit `group` in the actor's entry, else its kind, its affiliation's chain and
 * its country — never from a list of ids. The order of `ACTOR_GROUPS` is the order of the bands,
 * left to right (stacked top to bottom on a phone).
 */
import type { ActorKind } from './vocabulary';

export const ACTOR_GROUPS = [
  'us-congress',
  'us-government',
  'companies',
  'media',
  'threat-actors',
  'china',
  'other',
] as const;

export type ActorGroup = (typeof ACTOR_GROUPS)[number];

/** Band titles, short enough to sit above one column of actors. */
export const ACTOR_GROUP_LABELS: Record<ActorGroup, string> = {
  'us-congress': 'US Congress',
  'us-government': 'US government',
  companies: 'Companies',
  media: 'Media',
  'threat-actors': 'Hacking groups',
  china: 'China',
  other: 'Others',
};

/** What the band of an actor is derived from. */
export interface GroupedActor {
  id: string;
  kind: ActorKind;
  country: string;
  group?: ActorGroup | undefined;
  affiliation?: { id: string } | undefined;
}

/** The actor an actor ultimately belongs to: its affiliation's affiliation, and so on. */
export function affiliationChain<T extends GroupedActor>(
  actor: T,
  byId: ReadonlyMap<string, T>,
): T[] {
  const chain = [actor];
  let current = actor;
  while (current.affiliation) {
    const next = byId.get(current.affiliation.id);
    if (!next || chain.includes(next)) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/** The band an actor is drawn in. */
export function actorGroup(
  actor: GroupedActor,
  byId: ReadonlyMap<string, GroupedActor>,
): ActorGroup {
  const chain = affiliationChain(actor, byId);
  const explicit = chain.find((a) => a.group !== undefined)?.group;
  if (explicit) return explicit;
  if (actor.kind === 'threat-actor') return 'threat-actors';
  if (actor.kind === 'media') return 'media';
  if (chain.some((a) => a.kind === 'company')) return 'companies';
  const root = chain[chain.length - 1] ?? actor;
  if (root.country === 'US') return 'us-government';
  if (root.country === 'China') return 'china';
  return 'other';
}

/**
 * Where an actor sits inside its band: under its affiliation, so that a department is followed
 * by its people. States and bodies before people, then by name.
 */
export function bandRank<T extends GroupedActor & { name: string }>(
  actor: T,
  byId: ReadonlyMap<string, T>,
): string {
  const kindRank: Record<ActorKind, number> = {
    state: 0,
    'government-body': 1,
    company: 2,
    'threat-actor': 3,
    media: 4,
    person: 5,
  };
  return affiliationChain(actor, byId)
    .reverse()
    .map((a) => `${String(kindRank[a.kind])}${a.name}`)
    .join('/');
}
