/**
 * The one order of events on the site, used by the data layer, the lists and the timeline's
 * keyboard: by first day, longer first, then by title and id so that ties are stable.
 */

export interface Dated {
  /** First day covered (day index). */
  start: number;
  /** Last day covered (day index). */
  end: number;
  title: string;
  id: string;
}

export function compareChronologically(a: Dated, b: Dated): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    a.title.localeCompare(b.title, 'en') ||
    a.id.localeCompare(b.id, 'en')
  );
}
