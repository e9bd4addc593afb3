import type { APIRoute } from 'astro';
import { getRelations } from '../../data';
import { relationRecord } from '../../data/exports';
import { json } from './_respond';

export const GET: APIRoute = async () => json((await getRelations()).map(relationRecord));
