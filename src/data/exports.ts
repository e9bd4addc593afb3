/**
 * The open data: the view models as flat, documented records with absolute links, and the same
 * events as CSV and as TimelineJS3 JSON. Every /data/ file is built from these functions.
 */
import { formatDateRange } from '../lib/calendar-date';
import { escapeMarkup } from '../lib/escape';
import { toCsv, toTimelineJs } from '../lib/export-formats';
import { CATEGORY_LABELS, CONFIDENCE_LABELS } from '../lib/vocabulary';
import type { Actor, ContentModel, NewsEvent, Relation, Source } from './model';

/** Absolute URL of a site path, for links that leave the page (data files, embeds). */
export type AbsoluteUrl = (path: string) => string;

export function eventRecord(event: NewsEvent, url: AbsoluteUrl) {
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    precision: event.precision,
    end: event.end ?? null,
    category: event.category,
    confidence: event.confidence,
    summary: event.summary,
    note: event.note ?? null,
    actors: event.actors.map((a) => a.id),
    sources: event.sources.map((s) => s.id),
    url: url(`/events/${event.id}/`),
  };
}

export function actorRecord(actor: Actor, url: AbsoluteUrl) {
  return {
    id: actor.id,
    name: actor.name,
    shortName: actor.shortName,
    kind: actor.kind,
    role: actor.role,
    affiliation: actor.affiliation?.id ?? null,
    country: actor.country,
    sources: actor.sources.map((s) => s.id),
    events: actor.eventIds,
    url: url(`/actors/${actor.id}/`),
  };
}

export function relationRecord(relation: Relation) {
  return {
    id: relation.id,
    from: relation.from.id,
    type: relation.type,
    to: relation.to.id,
    confidence: relation.confidence,
    note: relation.note ?? null,
    sources: relation.sources.map((s) => s.id),
  };
}

export function sourceRecord(source: Source, url: AbsoluteUrl) {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    url: source.url,
    republication: source.copy,
    readVia: source.readVia ?? null,
    published: source.published ?? null,
    updated: source.updated ?? null,
    kind: source.kind,
    byline: source.byline ?? null,
    note: source.note ?? null,
    bibliography: url(`/sources/#${source.id}`),
  };
}

export const EVENT_CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'precision',
  'end',
  'category',
  'confidence',
  'summary',
  'note',
  'actors',
  'sources',
  'url',
] as const;

/** The events as RFC 4180 CSV; lists of ids are joined with semicolons. */
export function eventsCsv(events: readonly NewsEvent[], url: AbsoluteUrl): string {
  return toCsv(
    EVENT_CSV_COLUMNS,
    events.map((event) => {
      const record = eventRecord(event, url);
      return [
        record.id,
        record.title,
        record.date,
        record.precision,
        record.end ?? '',
        record.category,
        record.confidence,
        record.summary,
        record.note ?? '',
        record.actors.join(';'),
        record.sources.join(';'),
        record.url,
      ];
    }),
  );
}

/** The events in TimelineJS3's format, each with its confidence and a link back. */
export function eventsTimelineJs(content: Pick<ContentModel, 'events' | 'eras'>, url: AbsoluteUrl) {
  return toTimelineJs(
    {
      headline: 'Storm-0558: the email hack and the diplomacy around it',
      text: 'Events from the Storm-0558 explainer, with their confidence and sources.',
    },
    content.events.map((event) => ({
      id: event.id,
      title: event.title,
      date: event.date,
      ...(event.end ? { end: event.end } : {}),
      dateText: formatDateRange(event.date, event.end),
      summary: event.summary,
      group: CATEGORY_LABELS[event.category],
      footer: `<p>${CONFIDENCE_LABELS[event.confidence]}. <a href="${escapeMarkup(url(`/events/${event.id}/`))}">Sources and details</a></p>`,
    })),
    content.eras,
  );
}
