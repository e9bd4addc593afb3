import { z } from 'astro/zod';
import { ACTOR_GROUPS } from '../lib/graph-bands';
import { ACTOR_KINDS } from '../lib/vocabulary';
import { atLeastOne, oneOf, text, type RefFactory } from './fields';

/** A person, body, company, group, state or outlet that takes part in the story. */
export const actorSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Name as readers know it: "Antony Blinken", "Cyber Safety Review Board (CSRB)". */
    name: text('title'),
    /** Short name for charts, where the full name is too long: "CSRB". */
    shortName: text('label').optional(),
    /** What kind of actor: person, government-body, company, threat-actor, state or media. */
    kind: oneOf(ACTOR_KINDS, 'actor kind'),
    /** Their part in the story, one sentence in our own words. */
    role: text('paragraph'),
    /** The actor this one belonged to in 2023, by id: a minister's department, a body's parent. */
    affiliation: ref('actors').optional(),
    /**
     * The side of the story the actor is drawn on in the graph, where kind, affiliation and
     * country do not say it (a member of Congress has no affiliation): one of ACTOR_GROUPS.
     */
    group: oneOf(ACTOR_GROUPS, 'actor group').optional(),
    /** Country, as a plain name: "US", "China". */
    country: text('label'),
    /** Sources for the role and affiliation, by id; at least one. */
    sources: atLeastOne(ref('sources'), 'source'),
  });
