/**
 * Calendar dates with a precision: `YYYY-MM-DD` (day), `YYYY-MM` (month) or `YYYY` (year).
 *
 * They are calendar dates, not instants: every computation here works in whole days counted
 * from 1970-01-01 (UTC), so no reader's time zone can move a date to the day before or after.
 */

export const PRECISIONS = ['day', 'month', 'year'] as const;

/**
 * The earliest year content and links may name. JavaScript's `Date.UTC` reads the years 0–99 as
 * 1900–1999, so "0001-01-01" would land in 1901; nothing in this story comes near 1900.
 */
export const EARLIEST_YEAR = 1900;
export type Precision = (typeof PRECISIONS)[number];

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The parts of a valid calendar date. */
export interface DateParts {
  readonly year: number;
  /** 1–12, absent for year precision. */
  readonly month?: number;
  /** 1–31, absent for month and year precision. */
  readonly day?: number;
  readonly precision: Precision;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Returns undefined for any other shape and for dates that do not exist (2023-02-30).
 */
export function parseCalendarDate(text: string): DateParts | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { year, month, precision: 'month' };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/** True when `text` is a valid calendar date in one of the three shapes. */
export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== undefined;
}

function partsOrThrow(text: string): DateParts {
  const parts = parseCalendarDate(text);
  if (!parts) throw new RangeError(`Not a calendar date: "${text}"`);
  return parts;
}

/** The precision implied by the shape of `text`. Throws on an invalid date. */
export function precisionOf(text: string): Precision {
  return partsOrThrow(text).precision;
}

/** Whole days from 1970-01-01 to the first day the date covers. Throws on an invalid date. */
export function firstDayIndex(text: string): number {
  const { year, month = 1, day = 1 } = partsOrThrow(text);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Whole days from 1970-01-01 to the last day the date covers (month end, year end). */
export function lastDayIndex(text: string): number {
  const { year, month, day, precision } = partsOrThrow(text);
  if (precision === 'year') return Date.UTC(year, 11, 31) / MS_PER_DAY;
  if (precision === 'month' && month !== undefined) {
    return Date.UTC(year, month - 1, daysInMonth(year, month)) / MS_PER_DAY;
  }
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a day index. */
export function isoFromDayIndex(index: number): string {
  return new Date(Math.round(index) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Orders dates by the first day they cover, then the coarser precision first. */
export function compareCalendarDates(a: string, b: string): number {
  return firstDayIndex(a) - firstDayIndex(b) || lastDayIndex(b) - lastDayIndex(a);
}

/**
 * Formats a date at its precision, in English, with no time zone involved:
 * `May 15, 2023`, `June 2023`, `2016`. With `short`, month names are abbreviated (`Jun 2023`).
 */
export function formatCalendarDate(text: string, style: 'long' | 'short' = 'long'): string {
  const { year, month, day } = partsOrThrow(text);
  if (month === undefined) return String(year);
  const name = monthName(month, style);
  return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`;
}

function monthName(month: number, style: 'long' | 'short'): string {
  const name = MONTHS[month - 1] ?? '';
  return style === 'short' && name.length > 4 ? name.slice(0, 3) : name;
}

/**
 * Formats a start date and an optional end date as one range, sharing what they share:
 * `July 6–9, 2023`, `May 15 – June 16, 2023`, `May – September 2023`, `2014 – 2016`.
 */
export function formatDateRange(
  start: string,
  end?: string,
  style: 'long' | 'short' = 'long',
): string {
  if (end === undefined || end === start) return formatCalendarDate(start, style);
  const a = partsOrThrow(start);
  const b = partsOrThrow(end);
  if (a.precision === 'day' && b.precision === 'day' && a.year === b.year) {
    if (a.month === b.month) {
      return `${monthName(a.month ?? 1, style)} ${a.day}–${b.day}, ${a.year}`;
    }
    return `${monthName(a.month ?? 1, style)} ${a.day} – ${monthName(b.month ?? 1, style)} ${b.day}, ${b.year}`;
  }
  if (a.precision === 'month' && b.precision === 'month' && a.year === b.year) {
    return `${monthName(a.month ?? 1, style)} – ${monthName(b.month ?? 1, style)} ${b.year}`;
  }
  return `${formatCalendarDate(start, style)} – ${formatCalendarDate(end, style)}`;
}

/** The machine-readable value for `<time datetime>`: the date itself, valid HTML at every precision. */
export function datetimeAttribute(text: string): string {
  partsOrThrow(text);
  return text;
}
