/**
 * The open-data formats: RFC 4180 CSV, and the JSON that TimelineJS3 reads, so that a newsroom
 * can load our events into the tool it already uses. Pure: the build writes the files.
 */
import { parseCalendarDate } from './calendar-date';
import { escapeMarkup } from './escape';

/**
 * Characters that make a spreadsheet read a cell as a formula when they open it: `=`, `+`, `-`,
 * `@`, a tab or a carriage return (OWASP, "CSV Injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). A field that
 * a spreadsheet would run as a formula gets a leading `'`, which spreadsheets read as "this is
 * text", and is quoted (OWASP's advice): a title "=HYPERLINK(…)" opens as that text, never as a
 * link. The JSON files keep the exact text.
 */
export function csvField(value: string): string {
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A CSV document: a header row, then one row per record, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A TimelineJS3 date: year, and month and day only when known. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export function toTimelineJsDate(text: string): TimelineJsDate {
  const parts = parseCalendarDate(text);
  if (!parts) throw new RangeError(`Not a calendar date: "${text}"`);
  return {
    year: parts.year,
    ...(parts.month === undefined ? {} : { month: parts.month }),
    ...(parts.day === undefined ? {} : { day: parts.day }),
  };
}

export interface TimelineJsEventInput {
  id: string;
  title: string;
  date: string;
  end?: string;
  /** The date as readers see it, for TimelineJS's display_date. */
  dateText: string;
  summary: string;
  /** Lane label, used as TimelineJS's group. */
  group: string;
  /** Extra HTML after the summary: confidence and a link back. Already escaped. */
  footer: string;
}

/** The TimelineJS3 document for our events and eras. */
export function toTimelineJs(
  title: { headline: string; text: string },
  events: readonly TimelineJsEventInput[],
  eras: readonly { title: string; start: string; end: string }[],
) {
  return {
    title: {
      text: { headline: escapeMarkup(title.headline), text: `<p>${escapeMarkup(title.text)}</p>` },
    },
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: toTimelineJsDate(event.date),
      ...(event.end ? { end_date: toTimelineJsDate(event.end) } : {}),
      display_date: event.dateText,
      group: event.group,
      text: {
        headline: escapeMarkup(event.title),
        text: `<p>${escapeMarkup(event.summary)}</p>${event.footer}`,
      },
    })),
    eras: eras.map((era) => ({
      start_date: toTimelineJsDate(era.start),
      end_date: toTimelineJsDate(era.end),
      text: { headline: escapeMarkup(era.title) },
    })),
  };
}
