/**
 * Field schemas shared by the collections. Every error message here is written for an editor:
 * the integrity pass prefixes it with the file, entry and field, and appends the bad value.
 */
import { z } from 'astro/zod';
import {
  EARLIEST_YEAR,
  firstDayIndex,
  isCalendarDate,
  lastDayIndex,
  parseCalendarDate,
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

/** The longest id: ids are parts of addresses and file names. */
export const MAX_ID_LENGTH = 80;

/**
 * The most characters a text field may hold, by what it is. A few times the longest text the
 * content holds today: room to write, but a pasted page or a runaway value stops the build
 * instead of building a site of hundreds of megabytes or a headline that never ends.
 */
export const MAX_LENGTH = {
  /** Navigation labels, short names, era titles, countries, figures: "The hack", "CSRB". */
  label: 40,
  /** Headlines and names: event and chapter titles, actor names, publishers. */
  title: 160,
  /** One or two sentences: standfirsts, source titles, questions, contexts. */
  sentence: 400,
  /** A paragraph: summaries, actors' roles, notes, quotes, corrections, statuses, updates. */
  paragraph: 1200,
  /** A URL. */
  url: 2000,
} as const;

export type TextKind = keyof typeof MAX_LENGTH;

const lengthOf = (input: unknown) => (typeof input === 'string' ? input.length : 0);

/** Text that must say something: trimmed, not empty, no longer than its kind allows. */
export const text = (kind: TextKind) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(MAX_LENGTH[kind], {
      error: (issue) =>
        `is ${lengthOf(issue.input)} characters long; the limit for this field is ${MAX_LENGTH[kind]}`,
    });

/** A closed vocabulary; the message lists what is allowed. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `unknown ${what}; expected one of ${values.join(', ')}` });

/**
 * A calendar date in one of three shapes: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, in the year
 * `EARLIEST_YEAR` or later (JavaScript reads the years 0–99 as 1900–1999).
 */
export const calendarDate = () =>
  z
    .string({ error: 'must be a quoted date such as "2023-07-11", "2023-07" or "2023"' })
    .superRefine((value, ctx) => {
      const parts = parseCalendarDate(value);
      if (!parts) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: 'is not a calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY',
        });
      } else if (parts.year < EARLIEST_YEAR) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `is before ${EARLIEST_YEAR}, the earliest year the site accepts`,
        });
      }
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
    .max(MAX_LENGTH.url, {
      error: (issue) =>
        `is ${lengthOf(issue.input)} characters long; the limit for a URL is ${MAX_LENGTH.url}`,
    })
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      error: 'must be an absolute https:// URL',
    });

/** The id of a reference as written (`"microsoft"`) or as resolved (`{ id: "microsoft" }`). */
function refId(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? value.id : value;
}

/** Flags every id of a list that an earlier item already names: "Microsoft, Microsoft". */
function refineUnique(items: readonly unknown[], ctx: z.RefinementCtx): void {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const id = refId(item);
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', path: [index], input: id, message: 'is listed twice' });
    }
    seen.add(id);
  });
}

/** A list of references, each id at most once. */
export const idList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `must be a list of ${what} ids` }).superRefine(refineUnique);

/** A non-empty list of references, each id once: every claim needs at least one source. */
export const atLeastOne = <T extends z.ZodType>(item: T, what: string) =>
  idList(item, what).min(1, { error: `must cite at least one ${what}` });

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
export const position = () => z.number({ error: 'must be a whole number from 1' }).int().min(1);
