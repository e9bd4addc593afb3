/**
 * The data collections of content/, each a folder of YAML files holding lists of entries.
 * One table drives Astro's content config, the integrity pass and the fixtures.
 */
import { actorSchema } from './actor';
import { eventSchema } from './event';
import type { RefFactory } from './fields';
import { relationSchema } from './relation';
import { sourceSchema } from './source';
import {
  correctionSchema,
  eraSchema,
  figureSchema,
  highlightSchema,
  questionSchema,
  quoteSchema,
  updateSchema,
} from './supporting';

export interface DataCollectionSpec {
  /** Singular noun for messages: "event". */
  readonly noun: string;
  /** Builds the entry schema around a reference implementation. */
  readonly schema: (ref: RefFactory) => import('astro/zod').ZodType;
  /** Derives the id of entries that have no `id` field (relations: `from:type:to`). */
  readonly deriveId?: (data: Record<string, unknown>) => string | undefined;
}

export const DATA_COLLECTIONS = {
  sources: { noun: 'source', schema: sourceSchema },
  actors: { noun: 'actor', schema: actorSchema },
  events: { noun: 'event', schema: eventSchema },
  relations: {
    noun: 'relation',
    schema: relationSchema,
    deriveId: (data) =>
      [data.from, data.type, data.to].every((part) => typeof part === 'string')
        ? `${String(data.from)}:${String(data.type)}:${String(data.to)}`
        : undefined,
  },
  quotes: { noun: 'quote', schema: quoteSchema },
  corrections: { noun: 'correction', schema: correctionSchema },
  questions: { noun: 'open question', schema: questionSchema },
  updates: { noun: 'update', schema: updateSchema },
  eras: { noun: 'era', schema: eraSchema },
  figures: { noun: 'figure', schema: figureSchema },
  highlights: { noun: 'highlight', schema: highlightSchema },
} as const satisfies Record<string, DataCollectionSpec>;

export type DataCollectionName = keyof typeof DATA_COLLECTIONS;

export const DATA_COLLECTION_NAMES = Object.keys(DATA_COLLECTIONS) as DataCollectionName[];

export { actorSchema, eventSchema, relationSchema, sourceSchema };
export {
  correctionSchema,
  eraSchema,
  figureSchema,
  highlightSchema,
  questionSchema,
  quoteSchema,
  updateSchema,
} from './supporting';
export { storySchema } from './story';
export type { EntryRef, RefFactory, RefTarget } from './fields';
