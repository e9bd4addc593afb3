/**
 * Which pages the sweep loads in a browser (axe in both themes, the console, CSP and network
 * watch, a load without JavaScript) to see every way the site styles anything. Pages built from
 * one template per record (an event, an actor, a preset) differ only in which styles their
 * content calls for — a confidence badge, a category colour, a quote — so a page per record adds
 * nothing once another page has shown the same styles and the same template. Every other page is
 * always visited, and every family of record pages at least once.
 */

/** A page of the build: its path relative to the base and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Pages made once per content record; all others are one of a kind. */
const RECORD_PAGE = /^(events|actors)\/[^/]+\/$|^embed\/timeline\/(category\/)?(?!story\/)[^/]+\/$/;

/** The template a record page is built from: `events/x/` → `events/`. */
export function recordFamily(path: string): string | undefined {
  return RECORD_PAGE.test(path) ? path.replace(/[^/]+\/$/, '') : undefined;
}

/**
 * What decides how a page looks beyond the shared stylesheet: every class it uses, every inline
 * style and every fill or stroke of its drawings.
 */
export function styleTokens(html: string): Set<string> {
  const tokens = new Set<string>();
  for (const [, value = ''] of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of value.split(/\s+/)) if (name) tokens.add(`class:${name}`);
  for (const [, value = ''] of html.matchAll(/\sstyle="([^"]*)"/g)) tokens.add(`style:${value}`);
  for (const [, attribute = '', value = ''] of html.matchAll(/\s(fill|stroke)="([^"]*)"/g))
    tokens.add(`${attribute}:${value}`);
  return tokens;
}

/**
 * Every one-of-a-kind page, then record pages chosen greedily (most unseen tokens first, ties by
 * path) until every style token of the build appears on a chosen page, then the first page of
 * any family of record pages still without one. Deterministic.
 */
export function styleSample(pages: readonly BuiltPage[]): string[] {
  const tokens = new Map(pages.map((page) => [page.path, styleTokens(page.html)]));
  const chosen = pages.filter((page) => !RECORD_PAGE.test(page.path)).map((page) => page.path);
  const seen = new Set(chosen.flatMap((path) => [...(tokens.get(path) ?? [])]));
  const candidates = pages
    .map((page) => page.path)
    .filter((path) => RECORD_PAGE.test(path))
    .sort();
  for (;;) {
    let best: string | undefined;
    let bestGain = 0;
    for (const path of candidates) {
      let gain = 0;
      for (const token of tokens.get(path) ?? []) if (!seen.has(token)) gain += 1;
      if (gain > bestGain) [best, bestGain] = [path, gain];
    }
    if (best === undefined) break;
    chosen.push(best);
    for (const token of tokens.get(best) ?? []) seen.add(token);
  }
  const families = new Set(chosen.map(recordFamily));
  for (const path of candidates) {
    const family = recordFamily(path);
    if (families.has(family)) continue;
    chosen.push(path);
    families.add(family);
  }
  return chosen.sort();
}

/**
 * What a page without JavaScript must have in its HTML: a main region holding the page's
 * heading, and nothing in it hidden until a script reveals it. Returns the problems found.
 */
export function staticPageProblems(html: string): string[] {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
  if (main === undefined) return ['no <main> element'];
  const problems: string[] = [];
  if (!/<h1\b/.test(main)) problems.push('no <h1> inside <main>');
  if (/<[a-z][\w-]*\b[^>]*\shidden(?=[\s=>/])/i.test(main))
    problems.push('an element inside <main> is hidden until a script runs');
  return problems;
}

/** Every id the page gives to more than one element. */
export function duplicateIds(html: string): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const [, id = ''] of html.matchAll(/<[a-zA-Z][\w-]*\b[^>]*?\sid="([^"]*)"/g)) {
    if (seen.has(id)) twice.add(id);
    seen.add(id);
  }
  return [...twice];
}

/** Link relations that make the browser fetch what they point at. */
const LOADING_RELS =
  /^(?:stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|apple-touch-icon|manifest)$/;

/**
 * Every address on another origin than `origin` that the page's HTML makes a browser load: a
 * src, srcset or poster, a fetching <link>, a url() in a style.
 */
export function foreignResources(html: string, origin: string): string[] {
  const urls: string[] = [];
  for (const [, attribute = '', value = ''] of html.matchAll(/\s(src|srcset|poster)="([^"]*)"/g))
    urls.push(
      ...(attribute === 'srcset'
        ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '')
        : [value]),
    );
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rels = /\srel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
    if (rels.some((rel) => LOADING_RELS.test(rel)))
      urls.push(/\shref="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  for (const [, value = ''] of html.matchAll(/url\(\s*['"]?([^'")\s]+)/g)) urls.push(value);
  return urls
    .map((url) => url.replaceAll('&amp;', '&'))
    .filter((url) => /^(?:[a-z][\w+.-]*:)?\/\//i.test(url))
    .filter((url) => {
      const address = new URL(url, origin);
      return address.protocol.startsWith('http') && address.origin !== new URL(origin).origin;
    });
}
