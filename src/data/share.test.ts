import { describe, expect, it } from 'vitest';
import type { Actor, NewsEvent, Story } from './model';
import { SITE_SHARE_IMAGE, shareImagePath, sharePageFor, sharePages } from './share';

const story = {
  id: 'hack',
  title: 'A stolen key',
  label: 'The hack',
  description: 'How it worked.',
  order: 1,
  published: '2026-11-28',
  updated: '2026-11-28',
  citations: [],
} satisfies Story;

const event = {
  id: 'state-detects',
  title: 'State spots odd mail access',
  date: '2023-06-16',
  precision: 'day',
  category: 'detection',
  confidence: 'confirmed',
  summary: 'An alert fired.',
  actors: [],
  sources: [],
} satisfies NewsEvent;

const actor = {
  id: 'cisa',
  name: 'CISA',
  shortName: 'CISA',
  kind: 'government-body',
  role: 'The US cyber agency.',
  country: 'US',
  sources: [],
  eventIds: [],
} satisfies Actor;

describe('shareImagePath', () => {
  it('maps a page to its image, and the home page to the site card', () => {
    expect(shareImagePath('/hack/')).toBe('/og/hack.png');
    expect(shareImagePath('/events/state-detects/')).toBe('/og/events/state-detects.png');
    expect(shareImagePath('/')).toBe(SITE_SHARE_IMAGE);
  });
});

describe('sharePages', () => {
  const pages = sharePages({ stories: [story], events: [event], actors: [actor] });

  it('gives the home page, each chapter, event and actor a card', () => {
    expect(pages.map((p) => [p.page, p.image])).toEqual([
      ['/', '/og/site.png'],
      ['/hack/', '/og/hack.png'],
      ['/events/state-detects/', '/og/events/state-detects.png'],
      ['/actors/cisa/', '/og/actors/cisa.png'],
    ]);
  });

  it('says what the page is, and carries an event’s confidence', () => {
    expect(pages[1]?.card).toMatchObject({ kicker: 'Chapter 1 · The hack', title: 'A stolen key' });
    expect(pages[2]?.card).toMatchObject({
      kicker: 'June 16, 2023 · Detection',
      badge: 'Confirmed',
    });
    expect(pages[2]?.alt).toBe(
      'June 16, 2023 · Detection · State spots odd mail access · Confirmed',
    );
    expect(pages[3]?.card).toMatchObject({
      kicker: 'Government body · US',
      subtitle: 'The US cyber agency.',
    });
  });
});

describe('sharePageFor', () => {
  const content = { stories: [story], events: [event], actors: [actor] };

  it('finds the card of a page, and nothing for a page without one', () => {
    expect(sharePageFor(content, '/events/state-detects/')?.image).toBe(
      '/og/events/state-detects.png',
    );
    expect(sharePageFor(content, '/sources/')).toBeUndefined();
  });

  it('answers from the same index for the same content', () => {
    expect(sharePageFor(content, '/hack/')).toBe(sharePageFor(content, '/hack/'));
  });
});
