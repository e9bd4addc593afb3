/**
 * <site-search>: runs the query of /search/?q=… against the Pagefind index built with the site
 * (only `pagefind/pagefind.js` and the index files it fetches), and lists the chapters, events,
 * actors and documents that match, each with its kind and an excerpt in which the words found
 * are marked. Excerpts are built as text and <mark> elements: nothing is inserted as HTML.
 */
import { toSearchHits, type IndexedPage, type SearchHit } from '../../lib/search-results';
import { element, required } from '../shared/dom';

interface Pagefind {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<IndexedPage> }[] }>;
}

/** How many pages are read to list their hits; the rest are counted but not shown. */
const SHOWN = 30;

function hitItem(hit: SearchHit): HTMLLIElement {
  const kind = element('p', { className: 'search-kind' }, [
    element('span', { className: 'search-kind-label', textContent: hit.kind }),
  ]);
  if (hit.detail) {
    kind.append(' · ');
    kind.append(
      hit.detail.url
        ? element('a', { href: hit.detail.url, textContent: hit.detail.text })
        : hit.detail.text,
    );
  }
  const item = element('li', { className: 'search-result' }, [
    kind,
    element('a', { href: hit.url, textContent: hit.title, className: 'search-title' }),
  ]);
  if (hit.excerpt.length > 0) {
    item.append(
      element(
        'p',
        { className: 'search-excerpt' },
        hit.excerpt.map((part) =>
          part.mark
            ? element('mark', { textContent: part.text })
            : document.createTextNode(part.text),
        ),
      ),
    );
  }
  return item;
}

class SiteSearch extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const base = this.dataset.base ?? '/';
    const input = required(this, 'input[name="q"]', HTMLInputElement);
    const status = required(this, '.search-status', HTMLElement);
    const list = required(this, 'ol.search-results', HTMLOListElement);
    const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
    input.value = query;
    if (!query) {
      status.textContent = 'Type words to look for in the chapters, events, actors and sources.';
      return;
    }
    status.textContent = `Searching for “${query}”…`;
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    const { results } = await pagefind.search(query);
    const pages = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
    const hits = pages.flatMap(toSearchHits);
    list.replaceChildren(...hits.map(hitItem));
    const more = results.length > SHOWN ? `, from the first ${String(SHOWN)} pages found` : '';
    status.textContent =
      hits.length === 0
        ? `Nothing found for “${query}”.`
        : `${String(hits.length)} ${hits.length === 1 ? 'result' : 'results'} for “${query}”${more}.`;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
