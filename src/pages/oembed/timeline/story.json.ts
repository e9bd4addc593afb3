import type { APIRoute } from 'astro';
import { STORY_TITLE } from '../../../lib/embed';
import { oembedResponse } from '../_document';

export const GET: APIRoute = ({ site }) =>
  oembedResponse(site, 'story', '/embed/timeline/story/', STORY_TITLE);
