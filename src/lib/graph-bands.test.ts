import { describe, expect, it } from 'vitest';
import { actorGroup, affiliationChain, bandRank, type GroupedActor } from './graph-bands';

type A = GroupedActor & { name: string };
const actors: A[] = [
  { id: 'us', name: 'United States', kind: 'state', country: 'US' },
  {
    id: 'state',
    name: 'State Department',
    kind: 'government-body',
    country: 'US',
    affiliation: { id: 'us' },
  },
  {
    id: 'blinken',
    name: 'Antony Blinken',
    kind: 'person',
    country: 'US',
    affiliation: { id: 'state' },
  },
  { id: 'wyden', name: 'Ron Wyden', kind: 'person', country: 'US', group: 'us-congress' },
  { id: 'ms', name: 'Microsoft', kind: 'company', country: 'US' },
  { id: 'smith', name: 'Brad Smith', kind: 'person', country: 'US', affiliation: { id: 'ms' } },
  { id: 'cn', name: 'China', kind: 'state', country: 'China' },
  { id: 'wang', name: 'Wang Yi', kind: 'person', country: 'China', affiliation: { id: 'cn' } },
  { id: 'storm', name: 'Storm-0558', kind: 'threat-actor', country: 'China' },
  { id: 'cnn', name: 'CNN', kind: 'media', country: 'US' },
  { id: 'ru', name: 'Someone', kind: 'person', country: 'Russia' },
  { id: 'loop', name: 'Loop', kind: 'person', country: 'US', affiliation: { id: 'loop' } },
];
const byId = new Map(actors.map((a) => [a.id, a]));
const get = (id: string): A => {
  const found = byId.get(id);
  if (!found) throw new Error(id);
  return found;
};
const group = (id: string) => actorGroup(get(id), byId);

describe('actor bands', () => {
  it('derives the band from kind, affiliation and country, or an explicit group', () => {
    expect(group('blinken')).toBe('us-government');
    expect(group('us')).toBe('us-government');
    expect(group('wyden')).toBe('us-congress');
    expect(group('smith')).toBe('companies');
    expect(group('wang')).toBe('china');
    expect(group('storm')).toBe('threat-actors');
    expect(group('cnn')).toBe('media');
    expect(group('ru')).toBe('other');
  });

  it('follows affiliations to the top, and stops at a loop', () => {
    expect(affiliationChain(get('blinken'), byId).map((a) => a.id)).toEqual([
      'blinken',
      'state',
      'us',
    ]);
    expect(affiliationChain(get('loop'), byId)).toHaveLength(1);
  });

  it('ranks a department before its people, and its people together', () => {
    const ranked = ['blinken', 'us', 'state', 'wang']
      .map(get)
      .sort((a, b) => bandRank(a, byId).localeCompare(bandRank(b, byId)))
      .map((a) => a.id);
    expect(ranked.indexOf('us')).toBeLessThan(ranked.indexOf('state'));
    expect(ranked.indexOf('state')).toBeLessThan(ranked.indexOf('blinken'));
  });
});
