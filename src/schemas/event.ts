import { z } from 'astro/zod';
import { CATEGORIES, CONFIDENCE_LEVELS } from '../lib/vocabulary';
import {
  atLeastOne,
  calendarDate,
  idList,
  oneOf,
  precision,
  refineDateRange,
  text,
  type RefFactory,
} from './fields';

/** One dated thing that happened, with who was involved, how sure we are, and who says so. */
export const eventSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Headline of the event, in sentence case, written for this site. */
      title: text('title'),
      /** When it happened (or began): YYYY-MM-DD, YYYY-MM or YYYY. */
      date: calendarDate(),
      /** How precise `date` is; must match its shape (day, month or year). */
      precision: precision(),
      /** Last day of a ranged event, same shapes as `date`; omit for a single date. */
      end: calendarDate().optional(),
      /** Timeline lane. */
      category: oneOf(CATEGORIES, 'category'),
      /** How well established the event is: confirmed, reported, alleged or disputed. */
      confidence: oneOf(CONFIDENCE_LEVELS, 'confidence'),
      /** Actors involved, by id (content/actors). */
      actors: idList(ref('actors'), 'actor').default([]),
      /** Sources that support the event, by id (content/sources); at least one. */
      sources: atLeastOne(ref('sources'), 'source'),
      /** Two or three sentences in our own words, with attribution ("Microsoft said…"). */
      summary: text('paragraph'),
      /** Editor's note on dating or disagreement between sources, shown under the summary. */
      note: text('paragraph').optional(),
    })
    .superRefine(refineDateRange);
