import type { APIRoute } from 'astro';
import { getSources } from '../../data';
import { sourceRecord } from '../../data/exports';
import { absoluteUrl } from '../../lib/url';
import { json } from './_respond';

export const GET: APIRoute = async ({ site }) =>
  json(
    (await getSources()).map((source) => sourceRecord(source, (path) => absoluteUrl(path, site))),
  );
