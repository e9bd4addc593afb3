/**
 * View models: plain, serialisable objects that pages, charts and data exports share.
 * Every reference is resolved; every list is in its reading order.
 */
import type { ActorGroup } from '../lib/graph-bands';
import type { Precision } from '../lib/calendar-date';
import type { ActorKind, Category, Confidence, RelationType, SourceKind } from '../lib/vocabulary';

/** What a page needs to cite a source. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  /** The original publisher's URL (or a republication, when `copy`). */
  url: string;
  /** YYYY-MM-DD, when known. */
  published?: string;
  kind: SourceKind;
  /** True when `url` is a republication because the original was not found. */
  copy: boolean;
  /** The copy we read, when it is not `url` (which is then the original). */
  readVia?: string;
}

/** What a page needs to name and link an actor. */
export interface ActorRef {
  id: string;
  name: string;
  /** Name for tight spaces; the full name when there is no shorter one. */
  shortName: string;
  kind: ActorKind;
}

export interface NewsEvent {
  id: string;
  title: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  precision: Precision;
  /** Last day of a ranged event. */
  end?: string;
  category: Category;
  confidence: Confidence;
  summary: string;
  note?: string;
  actors: ActorRef[];
  sources: SourceRef[];
}

export interface Actor extends ActorRef {
  role: string;
  country: string;
  affiliation?: ActorRef;
  /** The graph band, where the content names one (else derived: see lib/graph-bands). */
  group?: ActorGroup;
  sources: SourceRef[];
  /** Ids of the events the actor takes part in, in time order. */
  eventIds: string[];
}

export interface Relation {
  /** `from:type:to`, also the `data-relation` hook. */
  id: string;
  from: ActorRef;
  type: RelationType;
  to: ActorRef;
  confidence: Confidence;
  sources: SourceRef[];
  note?: string;
}

/** A chapter that cites a source, for the bibliography's back-links. */
export interface StoryRef {
  id: string;
  title: string;
  label: string;
}

export interface Source extends SourceRef {
  updated?: string;
  byline?: string;
  note?: string;
  /** Ids of events that cite the source, in time order. */
  citedByEvents: string[];
  /** Chapters that cite the source, in reading order. */
  citedByStories: StoryRef[];
}

export interface Quote {
  id: string;
  speaker: ActorRef;
  date: string;
  text: string;
  source: SourceRef;
  context: string;
}

export interface Correction {
  id: string;
  /** correction (the article is wrong) or clarification (right, but needs context). */
  kind: 'correction' | 'clarification';
  error: string;
  correction: string;
  sources: SourceRef[];
}

export interface OpenQuestion {
  id: string;
  question: string;
  status: string;
  sources: SourceRef[];
}

export interface SiteUpdate {
  id: string;
  date: string;
  kind: 'published' | 'update' | 'correction';
  text: string;
  events: { id: string; title: string }[];
}

/** A shaded window on the timeline. */
export interface Era {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD */
  end: string;
  sources: SourceRef[];
}

/** A key number for the front page. */
export interface KeyFigure {
  id: string;
  value: string;
  label: string;
  attribution: string;
  confidence: Confidence;
  sources: SourceRef[];
}

/** A "what we know / what we don't" bullet. */
export interface Highlight {
  id: string;
  kind: 'known' | 'unknown';
  text: string;
  sources: SourceRef[];
}

export interface Story extends StoryRef {
  description: string;
  order: number;
  published: string;
  updated: string;
  /** Source ids cited in the chapter, in order of first citation. */
  citations: string[];
}

export interface ContentModel {
  events: NewsEvent[];
  actors: Actor[];
  relations: Relation[];
  sources: Source[];
  quotes: Quote[];
  corrections: Correction[];
  questions: OpenQuestion[];
  updates: SiteUpdate[];
  eras: Era[];
  figures: KeyFigure[];
  highlights: Highlight[];
  stories: Story[];
}
