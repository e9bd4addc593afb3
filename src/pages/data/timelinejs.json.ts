import type { APIRoute } from 'astro';
import { getContent } from '../../data';
import { eventsTimelineJs } from '../../data/exports';
import { absoluteUrl } from '../../lib/url';
import { json } from './_respond';

export const GET: APIRoute = async ({ site }) =>
  json(eventsTimelineJs(await getContent(), (path) => absoluteUrl(path, site)));
