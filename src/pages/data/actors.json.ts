import type { APIRoute } from 'astro';
import { getActors } from '../../data';
import { actorRecord } from '../../data/exports';
import { absoluteUrl } from '../../lib/url';
import { json } from './_respond';

export const GET: APIRoute = async ({ site }) =>
  json((await getActors()).map((actor) => actorRecord(actor, (path) => absoluteUrl(path, site))));
