/**
 * A source's title as the reader sees it. The data keeps the cataloguer's convention: a title in
 * [brackets] is our description of a document whose headline was not recorded, not its headline.
 * Pages show it without the brackets, followed by a note that says so, so that a description is
 * never passed off as the publisher's words. Pure: the build and the embed's details card use it.
 */

/** Said after a description that stands in for a headline. */
export const SUPPLIED_NOTE = 'our description; headline not recorded';

export interface SourceTitle {
  /** The words to show: the headline, or the description without its brackets. */
  text: string;
  /** True when `text` is our description, not the publisher's headline. */
  supplied: boolean;
}

export function readSourceTitle(title: string): SourceTitle {
  const supplied = /^\[[^[\]]+\]$/.test(title);
  return { text: supplied ? title.slice(1, -1) : title, supplied };
}

/** The title as one line of plain text, for names, tooltips and feeds: the note in parentheses. */
export function sourceTitleText(title: string): string {
  const { text, supplied } = readSourceTitle(title);
  return supplied ? `${text} (${SUPPLIED_NOTE})` : text;
}

/**
 * Why a title is malformed, or undefined: a bracket opened and not closed, or brackets that do
 * not wrap the whole title (the schema rejects both).
 */
export function sourceTitleProblem(title: string): string | undefined {
  if (!/[[\]]/.test(title)) return undefined;
  if (readSourceTitle(title).supplied) return undefined;
  return 'brackets must wrap the whole title ([a description]) or not appear at all';
}
