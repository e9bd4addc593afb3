/**
 * Search results as a reader sees them, from what the Pagefind index returns: one hit per
 * chapter, event or actor page, one per matching document of the bibliography, each with an
 * excerpt that begins where a sentence (or at least a word) begins and marks the words found.
 * Pure: the search page's element does the fetching and the DOM.
 */

/** What a page of the index says about itself (the fields of Pagefind's `data()` used here). */
export interface IndexedPage {
  url: string;
  /** The page's text, its words separated by white space. */
  content: string;
  /** Indexes, in the words of `content`, of the words that match the query. */
  locations: number[];
  meta: { title?: string; type?: string; date?: string };
  /** Elements with an id, and the index of the word where each begins. */
  anchors: { element: string; id: string; text?: string; location: number }[];
}

/** A run of an excerpt's text, marked when it is a word that was searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export type HitKind = 'Chapter' | 'Event' | 'Actor' | 'Source';

export interface SearchHit {
  kind: HitKind;
  title: string;
  url: string;
  /** What the kind line adds: an event's date, the chapter section the words are in. */
  detail?: { text: string; url?: string };
  excerpt: ExcerptPart[];
}

/** The id of a bibliography title's heading is `title-<source id>` (pages/sources.astro). */
export const SOURCE_TITLE_PREFIX = 'title-';

const words = (content: string): string[] => content.split(/\s+/);

// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATIONS =
  /^(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|No|Inc|Co|Corp|Ltd|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$/u;

/** Whether a sentence can end with this word: a full stop, question or exclamation mark. */
export function endsSentence(word: string): boolean {
  const bare = word.replace(/["'”’)\]]+$/u, '');
  return /[.!?]$/.test(bare) && !ABBREVIATIONS.test(bare);
}

/** The word with its leading and trailing punctuation apart, so that only the word is marked. */
function splitPunctuation(word: string): [string, string, string] {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word);
  return match ? [match[1] ?? '', match[2] ?? '', match[3] ?? ''] : ['', word, ''];
}

const MONTH =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/;

/** Whether the word at `at` continues a date begun before it: "June [15]", "15, [2023]". */
function isDatePart(all: readonly string[], at: number): boolean {
  const word = all[at] ?? '';
  const previous = all[at - 1] ?? '';
  return /^\d/.test(word) && (MONTH.test(previous) || /^\d{1,2},$/.test(previous));
}

export interface ExcerptOptions {
  /** About how many words to show. */
  length?: number;
  /** The words of `content` to keep to, [from, to): a section of the page. */
  range?: [number, number];
}

/**
 * An excerpt of `content` around the densest cluster of `locations`. It starts where the sentence
 * holding the first word found starts, when that lies within `length - 10` words before it;
 * otherwise after an ellipsis, at the nearest clause or a few words before, never inside a date.
 * It runs to the end of a sentence when one ends soon after `length` words, otherwise to an
 * ellipsis. Found words are marked, and neighbouring found words are marked as one run.
 */
export function formatExcerpt(
  content: string,
  locations: readonly number[],
  { length = 30, range }: ExcerptOptions = {},
): ExcerptPart[] {
  const all = words(content);
  const [from, to] = range ?? [0, all.length];
  const hits = [...new Set(locations)].filter((at) => at >= from && at < to).sort((a, b) => a - b);
  // The window of `length` words that holds the most hits; the earliest of equals.
  let first = hits[0] ?? from;
  let best = 0;
  for (const start of hits) {
    const count = hits.filter((at) => at >= start && at < start + length).length;
    if (count > best) [first, best] = [start, count];
  }

  // How far back a sentence may begin: far enough for most sentences, near enough to leave
  // room after the found word.
  const back = Math.max(4, length - 10);
  const lowest = Math.max(from, first - back);
  const starts = (test: (at: number) => boolean): number | undefined => {
    for (let at = first; at >= lowest; at--) if (test(at)) return at;
    return undefined;
  };
  const sentence = starts((at) => at === from || endsSentence(all[at - 1] ?? ''));
  // Otherwise the nearest clause (after a comma, colon, semicolon or dash), never inside a date;
  // otherwise a few words before, moved back off a number so as not to begin mid-date.
  const clause = starts((at) => /[,;:—–]$/.test(all[at - 1] ?? '') && !isDatePart(all, at));
  let start = sentence ?? clause ?? Math.max(from, first - 4);
  if (sentence === undefined && clause === undefined) {
    for (let step = 0; step < 3 && start > from && isDatePart(all, start); step++) start--;
  }
  const lead = sentence === undefined && start > from;
  let end = Math.min(to, start + length);
  let trail = end < to;
  for (let at = end; at < Math.min(to, end + 12); at++) {
    if (endsSentence(all[at - 1] ?? '')) {
      [end, trail] = [at, false];
      break;
    }
  }

  const marked = new Set(hits);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (lead) push('… ', false);
  for (let at = start; at < end; at++) {
    const word = all[at] ?? '';
    if (at > start) {
      // The space between two found words joins them in one mark: "signing key".
      const previous = all[at - 1] ?? '';
      const bridge =
        marked.has(at) &&
        marked.has(at - 1) &&
        !/[^\p{L}\p{N}]$/u.test(previous) &&
        !/^[^\p{L}\p{N}]/u.test(word);
      push(' ', bridge);
    }
    if (!marked.has(at)) {
      push(word, false);
      continue;
    }
    const [before, core, after] = splitPunctuation(word);
    push(before, false);
    push(core, true);
    push(after, false);
  }
  if (trail) push(' …', false);
  return parts;
}

/** The index of the word after the first appearance of `title` among the first words. */
export function afterTitle(all: readonly string[], title: string): number {
  const wanted = words(title.trim()).map((word) => word.replace(/[.:]$/, ''));
  if (!wanted[0]) return 0;
  for (let at = 0; at < Math.min(all.length, 40); at++) {
    if (wanted.every((word, i) => (all[at + i] ?? '').replace(/[.:]$/, '') === word)) {
      return at + wanted.length;
    }
  }
  return 0;
}

const KINDS: readonly HitKind[] = ['Chapter', 'Event', 'Actor', 'Source'];
const isKind = (type: string | undefined): type is HitKind => KINDS.includes(type as HitKind);

/** Where the anchor after `location` begins: the end of the section that starts there. */
const sectionEnd = (page: IndexedPage, location: number, limit: number): number =>
  Math.min(limit, ...page.anchors.map((anchor) => anchor.location).filter((at) => at > location));

/**
 * The hits of one page: the page itself, or for the bibliography one hit per document whose
 * entry holds a found word, linked to the document's anchor.
 */
export function toSearchHits(page: IndexedPage): SearchHit[] {
  const kind = isKind(page.meta.type) ? page.meta.type : 'Chapter';
  if (kind === 'Source') {
    const all = words(page.content);
    const byId = new Map(page.anchors.map((anchor) => [anchor.id, anchor]));
    return page.anchors
      .filter((anchor) => anchor.id.startsWith(SOURCE_TITLE_PREFIX))
      .flatMap((title) => {
        const id = title.id.slice(SOURCE_TITLE_PREFIX.length);
        // An entry runs from its own element, which opens with the publisher's line, to the
        // next element with an id after its title: the next entry or group.
        const from = Math.min(byId.get(id)?.location ?? title.location, title.location);
        const end = sectionEnd(page, title.location, all.length);
        const found = page.locations.filter((at) => at >= from && at < end);
        if (found.length === 0) return [];
        const text = title.text?.trim() ?? '';
        // The excerpt is what follows the title (the note, if any): the title is the link.
        const rest = title.location + words(text).filter(Boolean).length;
        const publisher = all.slice(from, title.location).join(' ').replace(/\.$/, '');
        return [
          {
            kind,
            title: text || id,
            url: `${page.url.split('#')[0] ?? ''}#${id}`,
            ...(publisher ? { detail: { text: publisher } } : {}),
            excerpt: rest < end ? formatExcerpt(page.content, found, { range: [rest, end] }) : [],
          },
        ];
      });
  }
  // The title is the hit's link: the excerpt starts after it where the page repeats it.
  const all = words(page.content);
  const from = afterTitle(all, page.meta.title ?? '');
  const inBody = page.locations.filter((at) => at >= from);
  const excerpt = formatExcerpt(page.content, inBody, { range: [from, all.length] });
  let detail: SearchHit['detail'];
  if (kind === 'Event' && page.meta.date) detail = { text: page.meta.date };
  if (kind === 'Chapter') {
    // The section the first marked word sits in, when the chapter has sections.
    const at = page.locations.length > 0 ? Math.min(...page.locations) : 0;
    const section = page.anchors
      .filter((anchor) => anchor.element === 'h2' && anchor.location <= at && anchor.text)
      .at(-1);
    if (section?.text) {
      detail = { text: section.text.trim(), url: `${page.url}#${section.id}` };
    }
  }
  return [
    {
      kind,
      title: page.meta.title ?? page.url,
      url: page.url,
      ...(detail ? { detail } : {}),
      excerpt,
    },
  ];
}
