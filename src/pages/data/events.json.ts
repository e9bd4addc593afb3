import type { APIRoute } from 'astro';
import { getNewsEvents } from '../../data';
import { eventRecord } from '../../data/exports';
import { absoluteUrl } from '../../lib/url';
import { json } from './_respond';

export const GET: APIRoute = async ({ site }) =>
  json(
    (await getNewsEvents()).map((event) => eventRecord(event, (path) => absoluteUrl(path, site))),
  );
