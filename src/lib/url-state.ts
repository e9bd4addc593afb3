/**
 * The state that a link to the timeline or the graph carries in its query string:
 * `?event=ID&actor=ID[,ID]&category=C[,C]&q=text&from=YYYY-MM-DD&to=YYYY-MM-DD&focus=ID&hops=1|2`.
 * Parsing never trusts the query: unknown ids and malformed values are dropped and reported, so
 * a page can tell the reader what it ignored. Serialising writes only what differs from empty.
 */
import { isCalendarDate, precisionOf } from './calendar-date';
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

/** A parameter that was dropped, with why, for a polite notice. Never contains raw HTML use. */
export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
}

const MAX_VALUE = 200;
const MAX_QUERY = 100;

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
  const ignore = (param: string, value: string, reason: string) => {
    ignored.push({ param, value: value.length > 60 ? `${value.slice(0, 57)}…` : value, reason });
  };
  const state: ViewState = { actors: [], categories: [], q: '', hops: 1 };

  for (const [param, raw] of params) {
    if (raw.length > MAX_VALUE && param !== 'q') {
      ignore(param, raw, 'too long');
      continue;
    }
    switch (param) {
      case 'event':
        if (known.events.has(raw)) state.event = raw;
        else ignore(param, raw, 'no event has this id');
        break;
      case 'actor':
        for (const id of list(raw)) {
          if (known.actors.has(id)) {
            if (!state.actors.includes(id)) state.actors.push(id);
          } else ignore(param, id, 'no actor has this id');
        }
        break;
      case 'category':
        for (const value of list(raw)) {
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
        if (isCalendarDate(raw) && precisionOf(raw) === 'day') state[param] = raw;
        else ignore(param, raw, 'not a date in the form YYYY-MM-DD');
        break;
      case 'focus':
        if (known.actors.has(raw)) state.focus = raw;
        else ignore(param, raw, 'no actor has this id');
        break;
      case 'hops':
        if (raw === '1' || raw === '2') state.hops = raw === '2' ? 2 : 1;
        else ignore(param, raw, 'must be 1 or 2');
        break;
      // Embed presentation, read by the embed page; and what Pym.js adds to a child's URL.
      case 'theme':
      case 'title':
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
