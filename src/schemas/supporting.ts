/**
 * The smaller collections around the story: quotes, corrections to the starting article, open
 * questions, the site's own updates log, and the eras the timeline shades.
 */
import { z } from 'astro/zod';
import { CONFIDENCE_LEVELS } from '../lib/vocabulary';
import {
  atLeastOne,
  calendarDate,
  dayDate,
  idList,
  oneOf,
  position,
  text,
  type RefFactory,
} from './fields';

/** Words a named actor said, reproduced exactly, with where they were reported. */
export const quoteSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Who said it, by actor id. */
    speaker: ref('actors'),
    /** When it was said: YYYY-MM-DD, YYYY-MM or YYYY. */
    date: calendarDate(),
    /** The words, exactly as the source reports them, without quotation marks. */
    text: text('paragraph'),
    /** The source that reports the words, by id. */
    source: ref('sources'),
    /** Where and why it was said, in our own words. */
    context: text('sentence'),
  });

export const CORRECTION_KINDS = ['correction', 'clarification'] as const;

/** A point in the starting article, described without repeating it, and what the sources say. */
export const correctionSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Position in the list, from 1. */
    order: position(),
    /** correction (the article is wrong) or clarification (right, but needs context). */
    kind: oneOf(CORRECTION_KINDS, 'correction kind').default('correction'),
    /** What the article says, in our words (never the garbled text): the error, or what needs context. */
    error: text('sentence'),
    /** What the sources establish instead. */
    correction: text('paragraph'),
    /** Sources for the correction, by id; at least one. */
    sources: atLeastOne(ref('sources'), 'source'),
  });

/** Something the public record does not settle. */
export const questionSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Position in the list, from 1. */
    order: position(),
    /** The question, as a reader would ask it. */
    question: text('sentence'),
    /** What is known so far and who says so. */
    status: text('paragraph'),
    /** Sources for the status, by id; at least one. */
    sources: atLeastOne(ref('sources'), 'source'),
  });

export const UPDATE_KINDS = ['published', 'update', 'correction'] as const;

/** One dated entry in the site's public log of updates and corrections. */
export const updateSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Day the change went live, YYYY-MM-DD. */
    date: dayDate(),
    /** published, update or correction. */
    kind: oneOf(UPDATE_KINDS, 'update kind'),
    /** What changed and why, for readers. */
    text: text('paragraph'),
    /** Events the change concerns, by id. */
    events: idList(ref('events'), 'event').default([]),
  });

/** A window of time the timeline shades behind the events, such as the intrusion itself. */
export const eraSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Label drawn on the band: "Intrusion", "Blinken in Beijing". */
      title: text('label'),
      /** First day, YYYY-MM-DD. */
      start: dayDate(),
      /** Last day, YYYY-MM-DD. */
      end: dayDate(),
      /** Sources for both ends, by id; at least one. */
      sources: atLeastOne(ref('sources'), 'source'),
    })
    .superRefine((era, ctx) => {
      if (era.end < era.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          input: era.end,
          message: `is before the start date "${era.start}"`,
        });
      }
    });

/** A key number for the front page, with who gives it. */
export const figureSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Position in the list, from 1. */
    order: position(),
    /** The number as it should read: "60,000", "about 25". */
    value: text('label'),
    /** What it counts, completing a sentence after the number. */
    label: text('title'),
    /** Who gives the figure, as a short attribution: "State Department". */
    attribution: text('title'),
    /** How well established the figure is. */
    confidence: oneOf(CONFIDENCE_LEVELS, 'confidence'),
    /** Sources for the figure, by id; at least one. */
    sources: atLeastOne(ref('sources'), 'source'),
  });

export const HIGHLIGHT_KINDS = ['known', 'unknown'] as const;

/** One bullet of the front page's "what we know / what we don't". */
export const highlightSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Position in the list, from 1. */
    order: position(),
    /** known or unknown. */
    kind: oneOf(HIGHLIGHT_KINDS, 'highlight kind'),
    /** One sentence, with attribution. */
    text: text('sentence'),
    /** Sources for the sentence, by id; at least one. */
    sources: atLeastOne(ref('sources'), 'source'),
  });
