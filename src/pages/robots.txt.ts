/**
 * /robots.txt: every page may be crawled (embeds and the search page carry their own noindex),
 * and the sitemap is where the build wrote it. Crawlers read robots.txt only at the root of an
 * origin, so under a base path this file is a template for the host's own.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/url';

export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${absoluteUrl('/sitemap-index.xml', site)}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
