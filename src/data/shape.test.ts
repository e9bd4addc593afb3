import { describe, expect, it } from 'vitest';
import { shapeContent, type RawCollections } from './shape';

const ref = <C extends 'actors' | 'sources' | 'events'>(collection: C, id: string) => ({
  collection,
  id,
});

function raw(): RawCollections {
  return {
    sources: [
      {
        id: 'ms',
        data: {
          publisher: 'Microsoft',
          title: 'Post',
          url: 'https://example.org/ms',
          published: '2023-07-11',
          kind: 'primary-company',
          copy: false,
        },
      },
      {
        id: 'state',
        data: {
          publisher: 'State',
          title: 'Briefing',
          url: 'https://example.org/state',
          kind: 'primary-government',
          copy: true,
        },
      },
    ],
    actors: [
      {
        id: 'state',
        data: {
          name: 'U.S. Department of State',
          shortName: 'State',
          kind: 'government-body',
          role: 'r',
          country: 'US',
          sources: [ref('sources', 'state')],
        },
      },
      {
        id: 'blinken',
        data: {
          name: 'Antony Blinken',
          kind: 'person',
          role: 'r',
          country: 'US',
          affiliation: ref('actors', 'state'),
          sources: [ref('sources', 'state')],
        },
      },
    ],
    events: [
      {
        id: 'late',
        data: {
          title: 'Late',
          date: '2023-07-11',
          precision: 'day',
          category: 'disclosure',
          confidence: 'confirmed',
          actors: [ref('actors', 'blinken')],
          sources: [ref('sources', 'ms')],
          summary: 's',
        },
      },
      {
        id: 'month',
        data: {
          title: 'Month',
          date: '2023-07',
          precision: 'month',
          category: 'context',
          confidence: 'reported',
          actors: [],
          sources: [ref('sources', 'state')],
          summary: 's',
        },
      },
      {
        id: 'early',
        data: {
          title: 'Early',
          date: '2023-06-16',
          precision: 'day',
          end: '2023-06-19',
          category: 'diplomacy',
          confidence: 'confirmed',
          actors: [ref('actors', 'blinken'), ref('actors', 'state')],
          sources: [ref('sources', 'ms'), ref('sources', 'state')],
          summary: 's',
          note: 'n',
        },
      },
    ],
    relations: [
      {
        id: 'blinken:works-for:state',
        data: {
          from: ref('actors', 'blinken'),
          type: 'works-for',
          to: ref('actors', 'state'),
          confidence: 'confirmed',
          sources: [ref('sources', 'state')],
        },
      },
    ],
    quotes: [],
    corrections: [],
    questions: [],
    updates: [
      {
        id: 'u1',
        data: {
          date: '2026-11-28',
          kind: 'published',
          text: 't',
          events: [ref('events', 'early')],
        },
      },
    ],
    eras: [],
    figures: [],
    highlights: [],
    stories: [
      {
        id: 'detection',
        data: {
          title: 'D',
          label: 'Detection',
          description: 'd',
          order: 2,
          published: '2026-11-28',
          updated: '2026-11-28',
        },
        body: '<Cite ids="state" />',
      },
      {
        id: 'hack',
        data: {
          title: 'H',
          label: 'The hack',
          description: 'h',
          order: 1,
          published: '2026-11-28',
          updated: '2026-11-28',
        },
        body: 'A <Cite ids="ms state" /> and <Cite ids="ms" />',
      },
    ],
  };
}

describe('shapeContent', () => {
  const model = shapeContent(raw());

  it('sorts events in time, months before the days inside them', () => {
    expect(model.events.map((e) => e.id)).toEqual(['early', 'month', 'late']);
  });

  it('resolves actors and sources on events', () => {
    const early = model.events[0];
    expect(early?.actors.map((a) => a.shortName)).toEqual(['Antony Blinken', 'State']);
    expect(early?.sources.map((s) => s.id)).toEqual(['ms', 'state']);
    expect(early?.end).toBe('2023-06-19');
    expect(model.events[1]).not.toHaveProperty('end');
  });

  it('gives actors their events and affiliation', () => {
    const blinken = model.actors.find((a) => a.id === 'blinken');
    expect(blinken?.eventIds).toEqual(['early', 'late']);
    expect(blinken?.affiliation?.name).toBe('U.S. Department of State');
  });

  it('groups actors by kind, people first', () => {
    expect(model.actors.map((a) => a.id)).toEqual(['blinken', 'state']);
  });

  it('back-links sources to events and chapters in order', () => {
    const state = model.sources.find((s) => s.id === 'state');
    expect(state?.citedByEvents).toEqual(['early', 'month']);
    expect(state?.citedByStories.map((s) => s.id)).toEqual(['hack', 'detection']);
    expect(model.stories.find((s) => s.id === 'hack')?.citations).toEqual(['ms', 'state']);
  });

  it('resolves relations and updates', () => {
    expect(model.relations[0]?.from.name).toBe('Antony Blinken');
    expect(model.updates[0]?.events).toEqual([{ id: 'early', title: 'Early' }]);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('throws, naming entry and field, on a dangling reference', () => {
    const broken = raw();
    broken.events = broken.events.map((event) =>
      event.id === 'late'
        ? {
            ...event,
            filePath: 'content/events/2023.yaml',
            data: { ...event.data, actors: [ref('actors', 'ghost')] },
          }
        : event,
    );
    expect(() => shapeContent(broken)).toThrow(
      'content/events/2023.yaml: late › field "actors[0]": no actor has this id (got "ghost")',
    );
  });
});
