import { describe, expect, it } from 'vitest';
import {
  isFiltering,
  matchesFilter,
  normalizeText,
  searchWords,
  type FilterableEvent,
} from './event-filter';

const event: FilterableEvent = {
  id: 'e',
  category: 'diplomacy',
  actorIds: ['antony-blinken', 'wang-yi'],
  text: normalizeText(
    'Blinken raises the hack with Wang Yi in Jakarta. On the sidelines of ASEAN…',
  ),
};
const none = { categories: [], actors: [], q: '' };

describe('matchesFilter', () => {
  it('keeps everything without filters', () => {
    expect(matchesFilter(event, none)).toBe(true);
    expect(isFiltering(none)).toBe(false);
  });

  it('filters by any of the categories', () => {
    expect(matchesFilter(event, { ...none, categories: ['diplomacy', 'context'] })).toBe(true);
    expect(matchesFilter(event, { ...none, categories: ['intrusion'] })).toBe(false);
  });

  it('filters by any of the actors', () => {
    expect(matchesFilter(event, { ...none, actors: ['microsoft', 'wang-yi'] })).toBe(true);
    expect(matchesFilter(event, { ...none, actors: ['microsoft'] })).toBe(false);
  });

  it('searches every word, ignoring case and accents', () => {
    expect(matchesFilter(event, { ...none, q: 'JAKARTA wang' })).toBe(true);
    expect(matchesFilter(event, { ...none, q: 'jakártá' })).toBe(true);
    expect(matchesFilter(event, { ...none, q: 'jakarta beijing' })).toBe(false);
    expect(isFiltering({ ...none, q: ' x ' })).toBe(true);
  });
});

describe('searchWords', () => {
  it('normalizes the words of a search, and gives none for an empty one', () => {
    expect(searchWords('  Crème   KEY ')).toEqual(['creme', 'key']);
    expect(searchWords('')).toEqual([]);
    expect(searchWords('   ')).toEqual([]);
  });
});
