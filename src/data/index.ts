/**
 * The only module that reads the content collections. Everything else asks it for view models.
 */
import { getCollection } from 'astro:content';
import type { ContentModel } from './model';
import { shapeContent } from './shape';

let cached: Promise<ContentModel> | undefined;

/** All content, shaped once per build. */
export function getContent(): Promise<ContentModel> {
  cached ??= (async () =>
    shapeContent({
      sources: await getCollection('sources'),
      actors: await getCollection('actors'),
      events: await getCollection('events'),
      relations: await getCollection('relations'),
      quotes: await getCollection('quotes'),
      corrections: await getCollection('corrections'),
      questions: await getCollection('questions'),
      updates: await getCollection('updates'),
      eras: await getCollection('eras'),
      stories: await getCollection('stories'),
    }))();
  return cached;
}

export async function getNewsEvents() {
  return (await getContent()).events;
}

export async function getActors() {
  return (await getContent()).actors;
}

export async function getRelations() {
  return (await getContent()).relations;
}

export async function getSources() {
  return (await getContent()).sources;
}

export async function getStories() {
  return (await getContent()).stories;
}

export type * from './model';
