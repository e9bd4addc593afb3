/**
 * Which pages the sweep's costlier checks (dark-theme colours, a load without JavaScript) must
 * visit to see every way the site styles anything. Pages built from one template per record
 * (an event, an actor, a preset) differ only in which styles their content calls for — a
 * confidence badge, a category colour, a quote — so a page per record adds nothing once another
 * page has shown the same styles. Every other page is always visited.
 */

/** A page of the build: its path relative to the base and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Pages made once per content record; all others are one of a kind. */
const RECORD_PAGE = /^(events|actors)\/[^/]+\/$|^embed\/timeline\/(category\/)?(?!story\/)[^/]+\/$/;

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
 * path) until every style token of the build appears on a chosen page. Deterministic.
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
    if (best === undefined) return chosen.sort();
    chosen.push(best);
    for (const token of tokens.get(best) ?? []) seen.add(token);
  }
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
