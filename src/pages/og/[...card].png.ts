/**
 * /og/<page>.png: the share image of a chapter, an event, an actor, or the site (`/og/site.png`),
 * drawn at build time.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getContent } from '../../data';
import { sharePages } from '../../data/share';
import { renderShareImage } from './_render';

export async function getStaticPaths() {
  return sharePages(await getContent()).map(({ image, card }) => ({
    params: { card: image.replace(/^\/og\//, '').replace(/\.png$/, '') },
    props: { card },
  }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(renderShareImage(props.card), { headers: { 'Content-Type': 'image/png' } });
