import type { APIRoute, GetStaticPaths } from 'astro';
import { getActors, type Actor } from '../../../data';
import { actorPath } from '../../../data/paths';
import { shareImagePath } from '../../../data/share';
import { oembedResponse } from '../_document';

export const getStaticPaths = (async () =>
  (await getActors()).map((actor) => ({
    params: { actor: actor.id },
    props: { actor },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ actor: Actor }> = ({ site, props }) =>
  oembedResponse(
    site,
    'timeline',
    `/embed/timeline/${props.actor.id}/`,
    `Events involving ${props.actor.name}`,
    shareImagePath(actorPath(props.actor.id)),
  );
