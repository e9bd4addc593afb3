import type { APIRoute, GetStaticPaths } from 'astro';
import { getActors, getRelations, type Actor } from '../../../data';
import { actorRecord, relationRecord } from '../../../data/exports';
import { absoluteUrl } from '../../../lib/url';
import { json } from '../_respond';

export const getStaticPaths = (async () =>
  (await getActors()).map((actor) => ({
    params: { id: actor.id },
    props: { actor },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ actor: Actor }> = async ({ props, site }) =>
  json({
    ...actorRecord(props.actor, (path) => absoluteUrl(path, site)),
    relations: (await getRelations())
      .filter((r) => r.from.id === props.actor.id || r.to.id === props.actor.id)
      .map(relationRecord),
  });
