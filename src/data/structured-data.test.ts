import { describe, expect, it } from 'vitest';
import type { Actor, NewsEvent, SourceRef, Story } from './model';
import { actorPageLd, chapterLd, eventPageLd, websiteLd } from './structured-data';

const absolute = (path: string) => new URL(`/storm-0558${path}`, 'https://news.example').href;

const source = {
  id: 'msrc',
  publisher: 'Microsoft',
  title: 'Results of investigation',
  url: 'https://msrc.microsoft.com/blog/x/',
  published: '2023-09-06',
  kind: 'primary-company',
  copy: false,
} satisfies SourceRef;

const blinken = {
  id: 'antony-blinken',
  name: 'Antony Blinken',
  shortName: 'Blinken',
  kind: 'person',
} as const;
const state = {
  id: 'state',
  name: 'State Department',
  shortName: 'State',
  kind: 'government-body',
} as const;

describe('websiteLd', () => {
  it('names the site and offers its search', () => {
    const ld = websiteLd(absolute);
    expect(ld).toMatchObject({ '@type': 'WebSite', url: 'https://news.example/storm-0558/' });
    expect(ld.potentialAction).toMatchObject({
      target: 'https://news.example/storm-0558/search/?q={search_term_string}',
    });
  });
});

const story = {
  id: 'hack',
  title: 'A stolen key',
  label: 'The hack',
  description: 'How it worked.',
  order: 1,
  published: '2026-11-28',
  updated: '2026-11-29',
  citations: ['msrc'],
} satisfies Story;

describe('chapterLd', () => {
  it('is a NewsArticle with dates, image, author, publisher and citations', () => {
    expect(chapterLd(story, [source], '/og/hack.png', absolute)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A stolen key',
      url: 'https://news.example/storm-0558/hack/',
      image: ['https://news.example/storm-0558/og/hack.png'],
      datePublished: '2026-11-28',
      dateModified: '2026-11-29',
      author: { '@type': 'Organization' },
      publisher: { '@type': 'Organization', url: 'https://news.example/storm-0558/' },
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Results of investigation',
          url: 'https://msrc.microsoft.com/blog/x/',
          publisher: { name: 'Microsoft' },
          datePublished: '2023-09-06',
        },
      ],
    });
  });
});

describe('chapterLd citations', () => {
  it('gives a bracketed title, our description, as a description and not as the name', () => {
    const described = { ...source, title: '[Report on the investigation]' };
    const [citation] = chapterLd(story, [described], '/og/hack.png', absolute).citation as Record<
      string,
      unknown
    >[];
    expect(citation).toMatchObject({ description: 'Report on the investigation' });
    expect(citation).not.toHaveProperty('name');
  });
});

describe('eventPageLd', () => {
  const event = {
    id: 'blinken-in-beijing',
    title: 'Blinken visits Beijing',
    date: '2023-06-18',
    end: '2023-06-19',
    precision: 'day',
    category: 'diplomacy',
    confidence: 'confirmed',
    summary: 'The trip.',
    actors: [blinken],
    sources: [source],
  } satisfies NewsEvent;

  it('wraps an Event with its dates, actors and the confidence as a keyword', () => {
    const ld = eventPageLd(event, '/og/events/blinken-in-beijing.png', absolute);
    expect(ld).toMatchObject({
      '@type': 'WebPage',
      keywords: ['Diplomacy', 'Confirmed'],
      mainEntity: {
        '@type': 'Event',
        startDate: '2023-06-18',
        endDate: '2023-06-19',
        about: [
          {
            '@type': 'Person',
            name: 'Antony Blinken',
            url: 'https://news.example/storm-0558/actors/antony-blinken/',
          },
        ],
      },
    });
  });

  it('leaves out an end date the event does not have', () => {
    const { end: _, ...single } = event;
    const main = eventPageLd(single, '/og/x.png', absolute).mainEntity as Record<string, unknown>;
    expect(main).not.toHaveProperty('endDate');
  });
});

describe('actorPageLd', () => {
  const actor = (kind: Actor['kind'], affiliation?: Actor['affiliation']) =>
    ({
      ...blinken,
      kind,
      role: 'Secretary of State.',
      country: 'US',
      sources: [source],
      eventIds: [],
      ...(affiliation ? { affiliation } : {}),
    }) satisfies Actor;

  it('describes a person on a ProfilePage, with the body they belong to', () => {
    expect(actorPageLd(actor('person', state), '/og/a.png', absolute)).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: {
        '@type': 'Person',
        affiliation: { '@type': 'GovernmentOrganization', name: 'State Department' },
      },
    });
  });

  it('describes an organisation with its parent', () => {
    expect(actorPageLd(actor('company', state), '/og/a.png', absolute)).toMatchObject({
      '@type': 'WebPage',
      mainEntity: { '@type': 'Corporation', parentOrganization: { name: 'State Department' } },
    });
    const country = actorPageLd(actor('state', state), '/og/a.png', absolute).mainEntity;
    expect(country).not.toHaveProperty('parentOrganization');
  });
});
