import type { APIRoute } from 'astro';
import { oembedResponse } from './_document';

export const GET: APIRoute = ({ site }) =>
  oembedResponse(site, 'timeline', '/embed/timeline/', 'Timeline of the Storm-0558 affair');
