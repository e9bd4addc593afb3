import type { APIRoute } from 'astro';
import { getGraph } from '../../data';
import { json } from './_respond';

export const GET: APIRoute = async () => json(await getGraph());
