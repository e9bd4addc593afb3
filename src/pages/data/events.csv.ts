import type { APIRoute } from 'astro';
import { getNewsEvents } from '../../data';
import { eventsCsv } from '../../data/exports';
import { absoluteUrl } from '../../lib/url';
import { csv } from './_respond';

export const GET: APIRoute = async ({ site }) =>
  csv(eventsCsv(await getNewsEvents(), (path) => absoluteUrl(path, site)));
