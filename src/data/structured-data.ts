/**
 * Schema.org descriptions of the site's pages, for search engines and link previews: the site
 * itself, each chapter as a NewsArticle with its citations, each event page around an Event and
 * each actor page around the Person or organisation it describes. Every URL comes from
 * `absolute`, so the base path and the deployed origin are honoured.
 */
import { readSourceTitle } from '../lib/source-title';
import {
  ACTOR_KIND_LABELS,
  CATEGORY_LABELS,
  CONFIDENCE_LABELS,
  type ActorKind,
} from '../lib/vocabulary';
import type { Actor, ActorRef, NewsEvent, SourceRef, Story } from './model';
import { actorPath, eventPath, storyPath } from './paths';
import { SITE } from './site';

/** Turns a site path (`/events/x/`) into an absolute URL on the deployed site. */
export type Absolute = (path: string) => string;

type Thing = Record<string, unknown>;

/** The schema.org type of each kind of actor. */
export const ACTOR_TYPES: Record<ActorKind, string> = {
  person: 'Person',
  'government-body': 'GovernmentOrganization',
  company: 'Corporation',
  'threat-actor': 'Organization',
  state: 'Country',
  media: 'NewsMediaOrganization',
};

/** The publisher and author of everything on the site. */
export function publisherLd(absolute: Absolute): Thing {
  return { '@type': 'Organization', name: SITE.publisher, url: absolute('/') };
}

function citationLd(source: SourceRef): Thing {
  const title = readSourceTitle(source.title);
  return {
    '@type': 'CreativeWork',
    // A description we wrote is not the work's name: it is given as a description.
    ...(title.supplied ? { description: title.text } : { name: title.text }),
    url: source.url,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.published ? { datePublished: source.published } : {}),
  };
}

function actorRefLd(actor: ActorRef, absolute: Absolute): Thing {
  return { '@type': ACTOR_TYPES[actor.kind], name: actor.name, url: absolute(actorPath(actor.id)) };
}

/** The home page: the site, with the search it offers. */
export function websiteLd(absolute: Absolute): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE.name,
    description: SITE.description,
    url: absolute('/'),
    inLanguage: SITE.language,
    publisher: publisherLd(absolute),
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absolute('/search/')}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A chapter: headline, dates, image, and every source it cites. */
export function chapterLd(
  story: Story,
  citations: readonly SourceRef[],
  image: string,
  absolute: Absolute,
): Thing {
  const url = absolute(storyPath(story.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.description,
    url,
    mainEntityOfPage: url,
    image: [absolute(image)],
    datePublished: story.published,
    dateModified: story.updated,
    inLanguage: SITE.language,
    author: publisherLd(absolute),
    publisher: publisherLd(absolute),
    isPartOf: { '@type': 'WebSite', name: SITE.name, url: absolute('/') },
    citation: citations.map(citationLd),
  };
}

/** An event's page: the event, the actors it concerns and its sources. */
export function eventPageLd(event: NewsEvent, image: string, absolute: Absolute): Thing {
  const url = absolute(eventPath(event.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: event.title,
    description: event.summary,
    url,
    image: absolute(image),
    inLanguage: SITE.language,
    publisher: publisherLd(absolute),
    keywords: [CATEGORY_LABELS[event.category], CONFIDENCE_LABELS[event.confidence]],
    citation: event.sources.map(citationLd),
    mainEntity: {
      '@type': 'Event',
      name: event.title,
      description: event.summary,
      startDate: event.date,
      ...(event.end ? { endDate: event.end } : {}),
      url,
      about: event.actors.map((actor) => actorRefLd(actor, absolute)),
    },
  };
}

/** An actor's page: the person or organisation, what they are part of, and the sources. */
export function actorPageLd(actor: Actor, image: string, absolute: Absolute): Thing {
  const url = absolute(actorPath(actor.id));
  const type = ACTOR_TYPES[actor.kind];
  const partOf =
    actor.affiliation &&
    (type === 'Person'
      ? { affiliation: actorRefLd(actor.affiliation, absolute) }
      : type === 'Country'
        ? {}
        : { parentOrganization: actorRefLd(actor.affiliation, absolute) });
  return {
    '@context': 'https://schema.org',
    '@type': type === 'Person' ? 'ProfilePage' : 'WebPage',
    name: actor.name,
    description: actor.role,
    url,
    image: absolute(image),
    inLanguage: SITE.language,
    publisher: publisherLd(absolute),
    keywords: [ACTOR_KIND_LABELS[actor.kind], actor.country],
    citation: actor.sources.map(citationLd),
    mainEntity: { '@type': type, name: actor.name, description: actor.role, url, ...partOf },
  };
}
