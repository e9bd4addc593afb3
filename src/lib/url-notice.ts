/**
 * The short notice a page shows when its link carried settings it could not use: the embeds
 * for every ignored parameter, the full pages for values they do not know (an unknown actor,
 * category or event, a `to` before `from`), not for the tracking parameters links pick up.
 */
import type { IgnoredParam } from './url-state';

/** The notice for `ignored`, text only (never markup); empty when nothing was ignored. */
export function formatIgnoredNotice(ignored: readonly IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  const items = ignored.map((i) => `${i.param} “${i.value}” (${i.reason})`).join('; ');
  return `Some settings in this link were not recognised and have been ignored: ${items}.`;
}

/** What a full page reports: every dropped value except parameters it does not read at all. */
export function pageIgnored(ignored: readonly IgnoredParam[]): IgnoredParam[] {
  return ignored.filter((i) => i.reason !== 'unknown parameter');
}
