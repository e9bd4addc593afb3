import type { APIRoute, GetStaticPaths } from 'astro';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../../../lib/vocabulary';
import { oembedResponse } from '../../_document';

export const getStaticPaths = (() =>
  CATEGORIES.map((category) => ({
    params: { category },
    props: { category },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ category: Category }> = ({ site, props }) =>
  oembedResponse(
    site,
    'timeline',
    `/embed/timeline/category/${props.category}/`,
    `${CATEGORY_LABELS[props.category]}: events of the Storm-0558 affair`,
  );
