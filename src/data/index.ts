/**
 * The only module that reads the content collections. Everything else asks it for view models.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { ContentModel } from './model';
import { toGraph } from './graph';
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
      figures: await getCollection('figures'),
      highlights: await getCollection('highlights'),
      stories: await getCollection('stories'),
    }))();
  return cached;
}

export const getNewsEvents = async () => (await getContent()).events;
export const getActors = async () => (await getContent()).actors;
export const getRelations = async () => (await getContent()).relations;
export const getSources = async () => (await getContent()).sources;
export const getStories = async () => (await getContent()).stories;
export const getQuotes = async () => (await getContent()).quotes;
export const getCorrections = async () => (await getContent()).corrections;
export const getQuestions = async () => (await getContent()).questions;
export const getUpdates = async () => (await getContent()).updates;
export const getEras = async () => (await getContent()).eras;
export const getFigures = async () => (await getContent()).figures;
export const getHighlights = async () => (await getContent()).highlights;

/** Finds one item by id, or fails the build naming what was missing. */
export function byId<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`No ${what} has the id "${id}".`);
  return found;
}

/** Renders a chapter's MDX: its component, headings and word count. */
export async function renderStory(id: string) {
  const entry = await getEntry('stories', id);
  if (entry === undefined) throw new Error(`No chapter has the id "${id}".`);
  const { Content, headings } = await render(entry);
  return { Content, headings, body: entry.body ?? '' };
}

export type * from './model';

/** The actor graph for export: nodes with degrees, links from relations (the drawing's bands stay out). */
export async function getGraph() {
  const { actors, relations } = await getContent();
  const { nodes, links } = toGraph(actors, relations);
  return {
    nodes: nodes.map(({ id, name, label, kind, degree }) => ({ id, name, label, kind, degree })),
    links,
  };
}
