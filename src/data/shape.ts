/**
 * Turns validated collection entries into the view models of ./model.ts.
 * Pure: no `astro:content`, so it is unit tested with plain objects.
 */
import type { z } from 'astro/zod';
import { storyReferences } from '../content-layer/integrity';
import { compareCalendarDates, firstDayIndex, lastDayIndex } from '../lib/calendar-date';
import { compareChronologically } from '../lib/chronology';
import { ACTOR_KINDS, RELATION_TYPES } from '../lib/vocabulary';
import type {
  actorSchema,
  correctionSchema,
  eraSchema,
  eventSchema,
  figureSchema,
  highlightSchema,
  questionSchema,
  quoteSchema,
  relationSchema,
  sourceSchema,
  storySchema,
  updateSchema,
} from '../schemas';
import type { EntryRef, RefTarget } from '../schemas/fields';
import type {
  Actor,
  ActorRef,
  ContentModel,
  NewsEvent,
  Relation,
  Source,
  SourceRef,
  Story,
} from './model';

type Out<F extends (...args: never[]) => z.ZodType> = z.output<ReturnType<F>>;

/** An entry as `getCollection` returns it. */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
  body?: string | undefined;
}

export interface RawCollections {
  sources: Entry<Out<typeof sourceSchema>>[];
  actors: Entry<Out<typeof actorSchema>>[];
  events: Entry<Out<typeof eventSchema>>[];
  relations: Entry<Out<typeof relationSchema>>[];
  quotes: Entry<Out<typeof quoteSchema>>[];
  corrections: Entry<Out<typeof correctionSchema>>[];
  questions: Entry<Out<typeof questionSchema>>[];
  updates: Entry<Out<typeof updateSchema>>[];
  eras: Entry<Out<typeof eraSchema>>[];
  figures: Entry<Out<typeof figureSchema>>[];
  highlights: Entry<Out<typeof highlightSchema>>[];
  stories: Entry<Out<typeof storySchema>>[];
}

/** Adds `key: value` only when value is defined, as exact optional properties require. */
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** Builds a resolver that fails loudly, naming the entry and field, on a dangling reference. */
function resolver<T>(target: RefTarget, byId: ReadonlyMap<string, T>) {
  return (ref: EntryRef, owner: Entry<unknown>, field: string): T => {
    const found = byId.get(ref.id);
    if (found === undefined) {
      throw new Error(
        `${owner.filePath ?? 'content'}: ${owner.id} › field "${field}": no ${target.slice(0, -1)} has this id (got "${ref.id}")`,
      );
    }
    return found;
  };
}

function toSourceRef(id: string, data: RawCollections['sources'][number]['data']): SourceRef {
  return {
    id,
    publisher: data.publisher,
    title: data.title,
    url: data.url,
    ...optional('published', data.published),
    kind: data.kind,
    copy: data.copy,
    ...optional('readVia', data.readVia),
  };
}

function toActorRef(id: string, data: RawCollections['actors'][number]['data']): ActorRef {
  return { id, name: data.name, shortName: data.shortName ?? data.name, kind: data.kind };
}

/** Entries in their editorial order. */
const byOrder = <T extends { data: { order: number } }>(entries: T[]): T[] =>
  [...entries].sort((a, b) => a.data.order - b.data.order);

const span = (event: NewsEvent) => ({
  start: firstDayIndex(event.date),
  end: lastDayIndex(event.end ?? event.date),
  title: event.title,
  id: event.id,
});
const byStart = (a: NewsEvent, b: NewsEvent) => compareChronologically(span(a), span(b));

/** Shapes every collection into the site's view models. Throws on a dangling reference. */
export function shapeContent(raw: RawCollections): ContentModel {
  const sourceRefs = new Map<string, SourceRef>(
    raw.sources.map(({ id, data }) => [id, toSourceRef(id, data)]),
  );
  const actorRefs = new Map<string, ActorRef>(
    raw.actors.map(({ id, data }) => [id, toActorRef(id, data)]),
  );
  const source = resolver('sources', sourceRefs);
  const actor = resolver('actors', actorRefs);
  const sourcesOf = (refs: EntryRef[], owner: Entry<unknown>) =>
    refs.map((ref, i) => source(ref, owner, `sources[${i}]`));

  const events: NewsEvent[] = raw.events
    .map((entry) => {
      const { data } = entry;
      return {
        id: entry.id,
        title: data.title,
        date: data.date,
        precision: data.precision,
        ...optional('end', data.end),
        category: data.category,
        confidence: data.confidence,
        summary: data.summary,
        ...optional('note', data.note),
        actors: data.actors.map((ref, i) => actor(ref, entry, `actors[${i}]`)),
        sources: sourcesOf(data.sources, entry),
      };
    })
    .sort(byStart);

  const eventRef = resolver('events', new Map(events.map(({ id, title }) => [id, { id, title }])));
  const kindOrder = (ref: ActorRef) => ACTOR_KINDS.indexOf(ref.kind);

  const actors: Actor[] = raw.actors
    .map((entry) => {
      const { data } = entry;
      return {
        ...toActorRef(entry.id, data),
        role: data.role,
        country: data.country,
        ...optional(
          'affiliation',
          data.affiliation ? actor(data.affiliation, entry, 'affiliation') : undefined,
        ),
        ...optional('group', data.group),
        sources: sourcesOf(data.sources, entry),
        eventIds: events
          .filter((event) => event.actors.some((a) => a.id === entry.id))
          .map((event) => event.id),
      };
    })
    .sort((a, b) => kindOrder(a) - kindOrder(b) || a.name.localeCompare(b.name));

  const relations: Relation[] = raw.relations
    .map((entry) => ({
      id: entry.id,
      from: actor(entry.data.from, entry, 'from'),
      type: entry.data.type,
      to: actor(entry.data.to, entry, 'to'),
      confidence: entry.data.confidence,
      sources: sourcesOf(entry.data.sources, entry),
      ...optional('note', entry.data.note),
    }))
    .sort(
      (a, b) =>
        RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type) ||
        a.from.name.localeCompare(b.from.name) ||
        a.to.name.localeCompare(b.to.name),
    );

  const quoteSources = new Map(raw.quotes.map((quote) => [quote.id, quote.data.source.id]));
  const quoteSource = (quoteId: string, storyId: string) => {
    const sourceId = quoteSources.get(quoteId);
    if (sourceId === undefined) {
      throw new Error(`stories › ${storyId} › <Quote id>: no quote has this id (got "${quoteId}")`);
    }
    return sourceId;
  };

  const stories: Story[] = raw.stories
    .map(({ id, data, body }) => ({
      id,
      title: data.title,
      label: data.label,
      description: data.description,
      order: data.order,
      published: data.published,
      updated: data.updated,
      citations: [
        ...new Set(
          storyReferences(body ?? '').map((ref) =>
            ref.kind === 'cite' ? ref.id : quoteSource(ref.id, id),
          ),
        ),
      ],
    }))
    .sort((a, b) => a.order - b.order);

  const sources: Source[] = raw.sources
    .map(({ id, data }) => ({
      ...toSourceRef(id, data),
      ...optional('updated', data.updated),
      ...optional('byline', data.byline),
      ...optional('note', data.note),
      citedByEvents: events
        .filter((event) => event.sources.some((s) => s.id === id))
        .map((event) => event.id),
      citedByStories: stories
        .filter((story) => story.citations.includes(id))
        .map(({ id: storyId, title, label }) => ({ id: storyId, title, label })),
    }))
    .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));

  return {
    events,
    actors,
    relations,
    sources,
    stories,
    quotes: raw.quotes
      .map((entry) => ({
        id: entry.id,
        speaker: actor(entry.data.speaker, entry, 'speaker'),
        date: entry.data.date,
        text: entry.data.text,
        source: source(entry.data.source, entry, 'source'),
        context: entry.data.context,
      }))
      .sort((a, b) => compareCalendarDates(a.date, b.date)),
    corrections: byOrder(raw.corrections).map((entry) => ({
      id: entry.id,
      kind: entry.data.kind,
      error: entry.data.error,
      correction: entry.data.correction,
      sources: sourcesOf(entry.data.sources, entry),
    })),
    questions: byOrder(raw.questions).map((entry) => ({
      id: entry.id,
      question: entry.data.question,
      status: entry.data.status,
      sources: sourcesOf(entry.data.sources, entry),
    })),
    updates: raw.updates
      .map((entry) => ({
        id: entry.id,
        date: entry.data.date,
        kind: entry.data.kind,
        text: entry.data.text,
        events: entry.data.events.map((ref, i) => eventRef(ref, entry, `events[${i}]`)),
      }))
      .sort((a, b) => b.date.localeCompare(a.date)),
    eras: raw.eras
      .map((entry) => ({
        id: entry.id,
        title: entry.data.title,
        start: entry.data.start,
        end: entry.data.end,
        sources: sourcesOf(entry.data.sources, entry),
      }))
      .sort((a, b) => a.start.localeCompare(b.start)),
    figures: byOrder(raw.figures).map((entry) => ({
      id: entry.id,
      value: entry.data.value,
      label: entry.data.label,
      attribution: entry.data.attribution,
      confidence: entry.data.confidence,
      sources: sourcesOf(entry.data.sources, entry),
    })),
    highlights: byOrder(raw.highlights).map((entry) => ({
      id: entry.id,
      kind: entry.data.kind,
      text: entry.data.text,
      sources: sourcesOf(entry.data.sources, entry),
    })),
  };
}
