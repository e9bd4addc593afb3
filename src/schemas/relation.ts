import { z } from 'astro/zod';
import { CONFIDENCE_LEVELS, RELATION_TYPES } from '../lib/vocabulary';
import { atLeastOne, oneOf, text, type RefFactory } from './fields';

/**
 * A directed link between two actors: "<from> <type> <to>". Its id is `from:type:to`, so the same
 * link cannot be entered twice.
 */
export const relationSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** The actor who acts, by id. */
      from: ref('actors'),
      /** What kind of link: attributed-to, compromised-mailbox-of, works-for, met-with… */
      type: oneOf(RELATION_TYPES, 'relation type'),
      /** The actor acted upon, by id. */
      to: ref('actors'),
      /** How well established the link is: confirmed, reported, alleged or disputed. */
      confidence: oneOf(CONFIDENCE_LEVELS, 'confidence'),
      /** Sources that support the link, by id; at least one. */
      sources: atLeastOne(ref('sources'), 'source'),
      /** One sentence of context in our own words: when, where, who says so. */
      note: text('paragraph').optional(),
    })
    .superRefine((relation, ctx) => {
      // A link from an actor to itself has no line to draw on the graph.
      if (relation.from.id === relation.to.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          input: relation.to.id,
          message: 'is the same actor as "from"; a relation links two different actors',
        });
      }
    });
