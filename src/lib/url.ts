/**
 * Links that honour the configured base path. Astro adds the base to its own assets only;
 * every link, fetch and data URL the site writes goes through `withBase`.
 */

/** Prefixes a site path with `base`; leaves absolute URLs, fragments and mailto: alone. */
export function joinBase(base: string, path: string): string {
  if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(path)) return path;
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

/** `withBase('/events/x/')` → `/storm-0558/events/x/` when the site is built under that base. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a site path on `site` (the deployed origin), base path included. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('An absolute URL needs `site` in the Astro config (SITE_URL).');
  return new URL(withBase(path), site).href;
}

/** The host of an absolute URL as readers name a site: `https://www.state.gov/x` → `state.gov`. */
export function formatHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
