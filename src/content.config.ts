import { glob } from 'astro/loaders';
import { defineCollection, reference } from 'astro:content';
import { contentDir } from './content-layer/content-dir';
import { yamlCollection } from './content-layer/loader';
import {
  actorSchema,
  correctionSchema,
  eraSchema,
  eventSchema,
  figureSchema,
  highlightSchema,
  questionSchema,
  quoteSchema,
  relationSchema,
  sourceSchema,
  storySchema,
  updateSchema,
  type RefFactory,
} from './schemas';

// Astro types `reference()` against the generated collection map, which does not exist until
// the first sync; at run time it fulfils the `RefFactory` contract.
const ref = reference as unknown as RefFactory;
const dir = contentDir();

export const collections = {
  sources: defineCollection({ loader: yamlCollection('sources', dir), schema: sourceSchema() }),
  actors: defineCollection({ loader: yamlCollection('actors', dir), schema: actorSchema(ref) }),
  events: defineCollection({ loader: yamlCollection('events', dir), schema: eventSchema(ref) }),
  relations: defineCollection({
    loader: yamlCollection('relations', dir),
    schema: relationSchema(ref),
  }),
  quotes: defineCollection({ loader: yamlCollection('quotes', dir), schema: quoteSchema(ref) }),
  corrections: defineCollection({
    loader: yamlCollection('corrections', dir),
    schema: correctionSchema(ref),
  }),
  questions: defineCollection({
    loader: yamlCollection('questions', dir),
    schema: questionSchema(ref),
  }),
  updates: defineCollection({ loader: yamlCollection('updates', dir), schema: updateSchema(ref) }),
  eras: defineCollection({ loader: yamlCollection('eras', dir), schema: eraSchema(ref) }),
  figures: defineCollection({ loader: yamlCollection('figures', dir), schema: figureSchema(ref) }),
  highlights: defineCollection({
    loader: yamlCollection('highlights', dir),
    schema: highlightSchema(ref),
  }),
  // Chapters sit directly in stories/ (the integrity pass refuses any deeper); names starting
  // with _ are drafts.
  stories: defineCollection({
    loader: glob({ pattern: '[^_.]*.mdx', base: `${dir}/stories` }),
    schema: storySchema(),
  }),
};
