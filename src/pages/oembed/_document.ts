/**
 * The static oEmbed documents, one per embeddable page, all built the same way: the embed's
 * snippet at its documented height, and the page's share image as the thumbnail.
 */
import { EMBED_HEIGHTS, oembedDocument, type EmbedView } from '../../lib/embed';
import { SITE_SHARE_IMAGE } from '../../data/share';
import { SITE } from '../../data/site';
import { CARD_HEIGHT, CARD_WIDTH } from '../../lib/share-card';
import { absoluteUrl } from '../../lib/url';

export const PROVIDER = SITE.publisher;

export function oembedResponse(
  site: URL | undefined,
  view: EmbedView,
  /** Site path of the embed, with its query: `/embed/timeline/story/?event=x`. */
  path: string,
  title: string,
  /** Site path of the share image of the page the document stands for. */
  image: string = SITE_SHARE_IMAGE,
): Response {
  const document = oembedDocument({
    title,
    src: absoluteUrl(path, site),
    height: EMBED_HEIGHTS[view],
    site: absoluteUrl('/', site),
    providerName: PROVIDER,
    thumbnail: { url: absoluteUrl(image, site), width: CARD_WIDTH, height: CARD_HEIGHT },
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
}
