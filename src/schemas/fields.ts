/**
 * Field schemas shared by the collections. Every error message here is written for an editor:
 * the integrity pass prefixes it with the file, entry and field, and appends the bad value.
 */
import { z } from 'astro/zod';
import {
  firstDayIndex,
  isCalendarDate,
  lastDayIndex,
  PRECISIONS,
  precisionOf,
} from '../lib/calendar-date';

/** Collections that other entries may point at. */
export type RefTarget = 'actors' | 'sources' | 'events';

/** A resolved pointer to another entry, the shape Astro's `reference()` produces. */
export interface EntryRef<C extends RefTarget = RefTarget> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference field. Astro's `reference()` is one implementation; the
 * integrity pass passes another that also checks that the target exists.
 */
export type RefFactory = <C extends RefTarget>(collection: C) => z.ZodType<EntryRef<C>, string>;

/** Lower-case words joined by single hyphens: `storm-0558`, `ms-otd-2023-07-11`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text that must say something: trimmed, not empty. */
export const text = () =>
  z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/** A closed vocabulary; the message lists what is allowed. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `unknown ${what}; expected one of ${values.join(', ')}` });

/** A calendar date in one of three shapes: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const calendarDate = () =>
  z
    .string({ error: 'must be a quoted date such as "2023-07-11", "2023-07" or "2023"' })
    .refine(isCalendarDate, {
      error: 'is not a calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY',
    });

/** A date that must be precise to the day. */
export const dayDate = () =>
  calendarDate().refine((value) => !isCalendarDate(value) || precisionOf(value) === 'day', {
    error: 'must be a full date, YYYY-MM-DD',
  });

export const precision = () => oneOf(PRECISIONS, 'precision');

/** An absolute `https://` URL. */
export const httpsUrl = () =>
  z
    .string({ error: 'must be a URL' })
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      error: 'must be an absolute https:// URL',
    });

/** A non-empty list of references: every claim needs at least one source. */
export const atLeastOne = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `must be a list of ${what} ids` }).min(1, {
    error: `must cite at least one ${what}`,
  });

/**
 * Checks that `precision` matches the shape of `date` and that `end`, when present, is not before
 * `date`. Adds the issues to the fields they concern.
 */
export function refineDateRange(
  entry: { date: string; precision: string; end?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (!isCalendarDate(entry.date)) return;
  const shape = precisionOf(entry.date);
  if (shape !== entry.precision) {
    ctx.addIssue({
      code: 'custom',
      path: ['precision'],
      input: entry.precision,
      message: `does not match the date "${entry.date}", which has ${shape} precision`,
    });
  }
  if (
    entry.end !== undefined &&
    isCalendarDate(entry.end) &&
    lastDayIndex(entry.end) < firstDayIndex(entry.date)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      input: entry.end,
      message: `is before the start date "${entry.date}"`,
    });
  }
}

/** Position in an editorial list, from 1: collections come back sorted by id otherwise. */
export const position = () => z.number({ error: 'must be a whole number' }).int().min(1);
