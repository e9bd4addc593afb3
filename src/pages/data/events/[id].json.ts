import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsEvents, type NewsEvent } from '../../../data';
import { eventRecord } from '../../../data/exports';
import { absoluteUrl } from '../../../lib/url';
import { json } from '../_respond';

export const getStaticPaths = (async () =>
  (await getNewsEvents()).map((event) => ({
    params: { id: event.id },
    props: { event },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: NewsEvent }> = ({ props, site }) =>
  json(eventRecord(props.event, (path) => absoluteUrl(path, site)));
