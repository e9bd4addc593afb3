import type { APIRoute } from 'astro';
import { oembedResponse } from './_document';

export const GET: APIRoute = ({ site }) =>
  oembedResponse(site, 'graph', '/embed/graph/', 'Who did what to whom in the Storm-0558 affair');
