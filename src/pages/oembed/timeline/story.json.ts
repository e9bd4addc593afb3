import type { APIRoute } from 'astro';
import { oembedResponse } from '../_document';

export const GET: APIRoute = ({ site }) =>
  oembedResponse(site, 'story', '/embed/timeline/story/', 'The Storm-0558 affair, event by event');
