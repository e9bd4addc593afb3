/**
 * How hosts apply a `_headers` file, as Cloudflare Pages documents it: rules in file order, every
 * rule whose path pattern matches the request path adds its headers (a header added twice is
 * joined with a comma), and `! Name` removes a header that earlier rules added. `*` matches
 * anything, the empty string included.
 */

/**
 * The rules of a `_headers` file.
 * @param {string} text
 * @returns {{ test: RegExp, headers: ([string, string] | [string])[] }[]}
 */
export function parseHeaderRules(text) {
  /** @type {{ test: RegExp, headers: ([string, string] | [string])[] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ test: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const header = line.trim();
    const rule = rules.at(-1);
    if (header.startsWith('!')) {
      rule?.headers.push([header.slice(1).trim().toLowerCase()]);
      continue;
    }
    const colon = header.indexOf(':');
    rule?.headers.push([
      header.slice(0, colon).trim().toLowerCase(),
      header.slice(colon + 1).trim(),
    ]);
  }
  return rules;
}

/**
 * The headers a request for `path` gets, by lower-case name.
 * @param {ReturnType<typeof parseHeaderRules>} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Map<string, string>} */
  const merged = new Map();
  for (const rule of rules) {
    if (!rule.test.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const earlier = merged.get(name);
      if (value === undefined) merged.delete(name);
      else merged.set(name, earlier ? `${earlier}, ${value}` : value);
    }
  }
  return Object.fromEntries(merged);
}
