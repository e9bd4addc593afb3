/**
 * The state that a link to the timeline or the graph carries in its query string:
 * `?event=ID&actor=ID[,ID]&category=C[,C]&q=text&from=YYYY-MM-DD&to=YYYY-MM-DD&focus=ID&hops=1|2`.
 * Parsing never trusts the query: unknown ids and malformed values are dropped and reported, so
 * a page can tell the reader what it ignored. Serialising writes only what differs from empty.
 */
import { EARLIEST_YEAR, isCalendarDate, precisionOf } from './calendar-date';
import { checkEmbedParam, EMBED_STYLE_REASONS } from './embed-style';
import { CATEGORIES, type Category } from './vocabulary';

export interface ViewState {
  /** The selected event. */
  event?: string | undefined;
  /** Actors whose events are shown (any of them). */
  actors: string[];
  /** Categories shown; empty means all. */
  categories: Category[];
  /** Text search over titles and summaries. */
  q: string;
  /** First and last day of the visible window, YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
  /** The graph's ego view: this actor and its neighbours. */
  focus?: string | undefined;
  /** Hops from `focus` in the ego view. */
  hops: 1 | 2;
}

export const EMPTY_STATE: ViewState = { actors: [], categories: [], q: '', hops: 1 };

/** Ids the state may refer to. */
export interface KnownIds {
  events: ReadonlySet<string>;
  actors: ReadonlySet<string>;
}

/** Why a parameter, or one value of a list, was dropped: readable as it is in a notice. */
export const IGNORED_REASONS = [
  'unknown parameter',
  'no event has this id',
  'no actor has this id',
  'not a category',
  'not a date in the form YYYY-MM-DD',
  'before the earliest date the site shows',
  'must be 1 or 2',
  'before from',
  'too long',
  ...EMBED_STYLE_REASONS,
] as const;

export type IgnoredReason = (typeof IGNORED_REASONS)[number];

/**
 * A parameter, or one value of a list parameter, that was dropped, with why, for a notice that
 * names it. `value` is what the link said (cut to 60 characters): text, never markup.
 */
export interface IgnoredParam {
  /** The parameter's name as written: `actor`, `utm_source`. */
  param: string;
  /** The dropped value; for a list, the one dropped id (or the cut-off rest of the list). */
  value: string;
  reason: IgnoredReason;
}

/** The longest value of a single-valued parameter (`event`, `from`, `focus`…). */
const MAX_VALUE = 200;
/**
 * The longest list (`actor=a,b,c`): room for every actor the content could hold; what lies
 * beyond is cut at the last comma, and reported.
 */
const MAX_LIST = 4000;
/** The longest single id in a list. */
const MAX_ID = 80;
const MAX_QUERY = 100;

/** Splits a list value, cutting one longer than `MAX_LIST` after its last whole item. */
function splitList(value: string): { items: string[]; rest: string } {
  const kept =
    value.length > MAX_LIST ? value.slice(0, value.lastIndexOf(',', MAX_LIST) + 1) : value;
  return { items: list(kept), rest: value.slice(kept.length) };
}

const isCategory = (value: string): value is Category =>
  (CATEGORIES as readonly string[]).includes(value);

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Reads the state from a query string, keeping only what is valid. */
export function parseViewState(
  search: string,
  known: KnownIds,
): { state: ViewState; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string, reason: IgnoredReason) => {
    ignored.push({ param, value: value.length > 60 ? `${value.slice(0, 57)}…` : value, reason });
  };
  const state: ViewState = { actors: [], categories: [], q: '', hops: 1 };

  for (const [param, raw] of params) {
    const isList = param === 'actor' || param === 'category';
    if (raw.length > MAX_VALUE && param !== 'q' && !isList) {
      ignore(param, raw, 'too long');
      continue;
    }
    const { items, rest } = isList ? splitList(raw) : { items: [], rest: '' };
    if (rest) ignore(param, rest, 'too long');
    switch (param) {
      case 'event':
        if (known.events.has(raw)) state.event = raw;
        else ignore(param, raw, 'no event has this id');
        break;
      case 'actor':
        for (const id of items) {
          if (id.length > MAX_ID) ignore(param, id, 'too long');
          else if (known.actors.has(id)) {
            if (!state.actors.includes(id)) state.actors.push(id);
          } else ignore(param, id, 'no actor has this id');
        }
        break;
      case 'category':
        for (const value of items) {
          if (isCategory(value)) {
            if (!state.categories.includes(value)) state.categories.push(value);
          } else ignore(param, value, 'not a category');
        }
        break;
      case 'q':
        state.q = raw.trim().slice(0, MAX_QUERY);
        break;
      case 'from':
      case 'to':
        if (!isCalendarDate(raw) || precisionOf(raw) !== 'day') {
          ignore(param, raw, 'not a date in the form YYYY-MM-DD');
        } else if (Number(raw.slice(0, 4)) < EARLIEST_YEAR) {
          ignore(param, raw, 'before the earliest date the site shows');
        } else state[param] = raw;
        break;
      case 'focus':
        if (known.actors.has(raw)) state.focus = raw;
        else ignore(param, raw, 'no actor has this id');
        break;
      case 'hops':
        if (raw === '1' || raw === '2') state.hops = raw === '2' ? 2 : 1;
        else ignore(param, raw, 'must be 1 or 2');
        break;
      // Embed presentation, applied by the embed page before the first paint.
      case 'mode':
      case 'theme':
      case 'title':
      case 'bg':
      case 'accent':
      case 'font': {
        const reason = checkEmbedParam(param, raw);
        if (reason) ignore(param, raw, reason);
        break;
      }
      // What Pym.js adds to a child's URL.
      case 'childId':
      case 'initialWidth':
      case 'parentTitle':
      case 'parentUrl':
        break;
      default:
        ignore(param, raw, 'unknown parameter');
    }
  }
  if (state.from && state.to && state.to < state.from) {
    ignore('to', state.to, 'before from');
    state.to = undefined;
  }
  return { state, ignored };
}

/** Writes the state as a query string (with a leading `?`, or empty when there is nothing). */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.actors.length > 0) params.set('actor', state.actors.join(','));
  if (state.categories.length > 0) params.set('category', state.categories.join(','));
  if (state.q) params.set('q', state.q);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.focus) params.set('focus', state.focus);
  if (state.focus && state.hops === 2) params.set('hops', '2');
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** True when two states would serialise the same. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return serializeViewState(a) === serializeViewState(b);
}

/**
 * The rule by which a chip edits a list of chosen values in the view (the timeline's categories,
 * the graph's confidence levels), so that a pressed chip always means "shown". With none chosen,
 * every value is shown, so pressing a chip narrows to its value; otherwise the chip toggles its
 * value, and choosing every one of `all` means no filter again.
 */
export function toggleChosen<T>(chosen: readonly T[], value: T, all: readonly T[]): T[] {
  if (chosen.length === 0) return [value];
  const next = chosen.includes(value) ? chosen.filter((c) => c !== value) : [...chosen, value];
  return next.length === all.length ? [] : next;
}
