import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsEvents, type NewsEvent } from '../../../data';
import { eventPath } from '../../../data/paths';
import { shareImagePath } from '../../../data/share';
import { oembedResponse } from '../_document';

/**
 * An event embeds as the timeline's story mode, opened on that event: by `?event=` with scripts,
 * by the card's fragment (`#story-<id>`) without them.
 */
export const getStaticPaths = (async () =>
  (await getNewsEvents()).map((event) => ({
    params: { id: event.id },
    props: { event },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: NewsEvent }> = ({ site, props }) =>
  oembedResponse(
    site,
    'story',
    `/embed/timeline/story/?event=${props.event.id}#story-${props.event.id}`,
    props.event.title,
    shareImagePath(eventPath(props.event.id)),
  );
