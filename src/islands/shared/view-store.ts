/**
 * The one state that the timeline and the graph on a page share: the URL's query string.
 * Views read it, change it with `update`, and hear every change, including Back and Forward.
 * There is one store per page, so linked views can never disagree.
 */
import {
  parseViewState,
  sameViewState,
  serializeViewState,
  type IgnoredParam,
  type KnownIds,
  type ViewState,
} from '../../lib/url-state';

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface ViewStore {
  readonly state: ViewState;
  /** Parameters dropped from the URL the page was opened with. */
  readonly ignored: readonly IgnoredParam[];
  /**
   * Changes the state and the URL. `push` adds a history entry (a selection, a filter);
   * `replace` does not (zooming, typing). Embedded pages always replace, so they never fill the
   * host page's history.
   */
  update(patch: Partial<ViewState>, mode: 'push' | 'replace'): void;
  subscribe(listener: Listener): () => void;
}

class UrlViewStore implements ViewStore {
  #known: { events: Set<string>; actors: Set<string> };
  #state: ViewState;
  #ignored: IgnoredParam[];
  #touched = false;
  #listeners = new Set<Listener>();

  constructor(
    known: KnownIds,
    private readonly embedded: boolean,
  ) {
    this.#known = { events: new Set(known.events), actors: new Set(known.actors) };
    ({ state: this.#state, ignored: this.#ignored } = parseViewState(
      window.location.search,
      this.#known,
    ));
    window.addEventListener('popstate', () => {
      this.#replaceFromUrl();
    });
  }

  get state(): ViewState {
    return this.#state;
  }

  get ignored(): readonly IgnoredParam[] {
    return this.#ignored;
  }

  /** Adds ids a later view knows, and re-reads the URL if nobody has changed the state yet. */
  learn(known: KnownIds): void {
    const before = this.#known.events.size + this.#known.actors.size;
    known.events.forEach((id) => this.#known.events.add(id));
    known.actors.forEach((id) => this.#known.actors.add(id));
    if (this.#touched || this.#known.events.size + this.#known.actors.size === before) return;
    this.#replaceFromUrl();
  }

  update(patch: Partial<ViewState>, mode: 'push' | 'replace'): void {
    this.#touched = true;
    const previous = this.#state;
    this.#state = { ...previous, ...patch };
    if (sameViewState(previous, this.#state)) return;
    const url = `${window.location.pathname}${serializeViewState(this.#state)}${window.location.hash}`;
    if (mode === 'push' && !this.embedded) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    this.#notify(previous);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #replaceFromUrl(): void {
    const previous = this.#state;
    ({ state: this.#state, ignored: this.#ignored } = parseViewState(
      window.location.search,
      this.#known,
    ));
    if (!sameViewState(previous, this.#state)) this.#notify(previous);
  }

  #notify(previous: ViewState): void {
    for (const listener of this.#listeners) listener(this.#state, previous);
  }
}

let store: UrlViewStore | undefined;

/**
 * The page's store. The first view to ask creates it with the ids it knows; views asking later
 * share it and teach it theirs.
 */
export function getViewStore(known: KnownIds, options: { embedded?: boolean } = {}): ViewStore {
  if (store) store.learn(known);
  else store = new UrlViewStore(known, options.embedded ?? false);
  return store;
}
