/**
 * The static oEmbed documents, one per embed page, all built the same way.
 */
import { EMBED_HEIGHTS, oembedDocument, type EmbedKind } from '../../lib/embed';
import { SITE } from '../../data/site';
import { absoluteUrl } from '../../lib/url';

export const PROVIDER = SITE.publisher;

export function oembedResponse(
  site: URL | undefined,
  kind: EmbedKind,
  path: string,
  title: string,
): Response {
  const document = oembedDocument({
    title,
    src: absoluteUrl(path, site),
    height: EMBED_HEIGHTS[kind],
    site: absoluteUrl('/', site),
    providerName: PROVIDER,
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
}
