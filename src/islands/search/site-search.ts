/**
 * <site-search>: runs the query of /search/?q=… against the Pagefind index built with the site,
 * and lists the chapters, events and actors that match. Excerpts are rebuilt as text with
 * <mark> elements only: nothing is ever inserted as HTML.
 */
import { element, required } from '../shared/dom';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; type?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Text and <mark> from a Pagefind excerpt, as nodes. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return Array.from(body.childNodes, (node) =>
    node.nodeName === 'MARK'
      ? element('mark', { textContent: node.textContent ?? '' })
      : document.createTextNode(node.textContent ?? ''),
  );
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
      status.textContent = 'Type words to look for in the chapters, events and actors.';
      return;
    }
    status.textContent = `Searching for “${query}”…`;
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    const { results } = await pagefind.search(query);
    const found = await Promise.all(results.slice(0, 30).map((r) => r.data()));
    list.replaceChildren(
      ...found.map((item) =>
        element('li', { className: 'search-result' }, [
          element('p', { className: 'search-type', textContent: item.meta.type ?? 'Page' }),
          element('a', {
            href: item.url,
            textContent: item.meta.title ?? item.url,
            className: 'search-title',
          }),
          element('p', { className: 'search-excerpt' }, excerptNodes(item.excerpt)),
        ]),
      ),
    );
    const count = results.length;
    status.textContent =
      count === 0
        ? `Nothing found for “${query}”.`
        : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > 30 ? ', the first 30 shown' : ''}.`;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
