import { describe, expect, it } from 'vitest';
import {
  filterGraph,
  formatGraphFilterSummary,
  formatGraphStatus,
  shownConfidence,
  toggleConfidence,
} from './graph-filters';
import { isShown, toggleCategory } from './timeline-filters';
import { CONFIDENCE_LEVELS, type Confidence, type RelationType } from './vocabulary';

const link = (
  id: string,
  source: string,
  target: string,
  type: RelationType,
  confidence: Confidence,
) => ({
  id,
  source,
  target,
  type,
  confidence,
});
const graph = {
  nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'loner' }],
  links: [
    link('a:met-with:b', 'a', 'b', 'met-with', 'confirmed'),
    link('b:works-for:c', 'b', 'c', 'works-for', 'reported'),
    link('c:accused:d', 'c', 'd', 'accused', 'alleged'),
  ],
};
const all = new Set(CONFIDENCE_LEVELS);
const levels = CONFIDENCE_LEVELS.length;

describe('filterGraph', () => {
  it('shows everything, and fades nothing, without a filter', () => {
    const shown = filterGraph(graph, { type: undefined, confidence: all, ego: undefined }, levels);
    expect([...shown.links]).toEqual(graph.links.map((l) => l.id));
    expect(shown.hiddenNodes.size).toBe(0);
    expect(shown.isolated.size).toBe(0);
  });

  it('keeps one kind of relation and fades actors left without one, never an actor without any', () => {
    const shown = filterGraph(
      graph,
      { type: 'works-for', confidence: all, ego: undefined },
      levels,
    );
    expect([...shown.links]).toEqual(['b:works-for:c']);
    expect([...shown.isolated].sort()).toEqual(['a', 'd']);
  });

  it('keeps the confidence levels shown', () => {
    const shown = filterGraph(
      graph,
      {
        type: undefined,
        confidence: new Set<Confidence>(['confirmed', 'alleged']),
        ego: undefined,
      },
      levels,
    );
    expect([...shown.links]).toEqual(['a:met-with:b', 'c:accused:d']);
    expect(shown.isolated.size).toBe(0);
  });

  it('hides actors outside the ego view, and their relations', () => {
    const ego = { nodes: new Set(['a', 'b']), links: new Set(['a:met-with:b']) };
    const shown = filterGraph(graph, { type: undefined, confidence: all, ego }, levels);
    expect([...shown.links]).toEqual(['a:met-with:b']);
    expect([...shown.hiddenNodes].sort()).toEqual(['c', 'd', 'loner']);
  });
});

describe('formatGraphStatus', () => {
  it('says what is shown, and around whom', () => {
    expect(formatGraphStatus({ actors: 40, relations: 12, total: 52, focus: undefined })).toBe(
      '40 actors; 12 of 52 relations shown.',
    );
    expect(formatGraphStatus({ actors: 5, relations: 4, total: 52, focus: 'Wang Yi' })).toBe(
      'Around Wang Yi: 5 actors and 4 relations.',
    );
  });
});

/** The timeline's chip rules, over plain strings: the graph's must agree with them. */
const timelineToggle = toggleCategory as unknown as (
  chosen: readonly string[],
  category: string,
  lanes: readonly string[],
) => string[];
const timelineShown = isShown as unknown as (
  chosen: readonly string[],
  category: string,
) => boolean;

describe('confidence chips', () => {
  it('follow the timeline’s category chips: pressed means shown, and pressing one narrows to it', () => {
    let chosen: Confidence[] = [];
    let categories: string[] = [];
    const presses: Confidence[] = ['reported', 'confirmed', 'reported', 'alleged', 'disputed'];
    for (const level of presses) {
      chosen = toggleConfidence(chosen, level);
      categories = timelineToggle(categories, level, CONFIDENCE_LEVELS);
      expect(chosen).toEqual(categories);
      for (const other of CONFIDENCE_LEVELS)
        expect(shownConfidence(chosen).has(other)).toBe(timelineShown(categories, other));
    }
  });

  it('narrow to one level, add another, and show all again once every level is chosen', () => {
    expect(toggleConfidence([], 'reported')).toEqual(['reported']);
    expect(toggleConfidence(['reported'], 'confirmed')).toEqual(['reported', 'confirmed']);
    expect(toggleConfidence(['reported'], 'reported')).toEqual([]);
    expect(toggleConfidence(['reported', 'confirmed', 'alleged'], 'disputed')).toEqual([]);
    expect([...shownConfidence([])]).toEqual(CONFIDENCE_LEVELS);
    expect([...shownConfidence(['alleged'])]).toEqual(['alleged']);
  });
});

describe('formatGraphFilterSummary', () => {
  const name = (id: string) => `Name of ${id}`;
  const none = { type: undefined, confidence: [], focus: undefined, hops: 1 } as const;

  it('says “All relations” with no filter, or with every level chosen', () => {
    expect(formatGraphFilterSummary(none, name)).toBe('All relations');
    expect(formatGraphFilterSummary({ ...none, confidence: [...CONFIDENCE_LEVELS] }, name)).toBe(
      'All relations',
    );
  });

  it('names the kind of relation, the levels in their order, and the ego view', () => {
    expect(
      formatGraphFilterSummary(
        { type: 'met-with', confidence: ['reported', 'confirmed'], focus: 'ab', hops: 2 },
        name,
      ),
    ).toBe('“met” · Confirmed and Reported · Around Name of ab, two steps');
    expect(formatGraphFilterSummary({ ...none, confidence: ['disputed'] }, name)).toBe('Disputed');
    expect(formatGraphFilterSummary({ ...none, focus: 'x' }, name)).toBe('Around Name of x');
  });

  it('counts more than two levels', () => {
    expect(
      formatGraphFilterSummary({ ...none, confidence: ['confirmed', 'reported', 'alleged'] }, name),
    ).toBe('3 confidence levels');
  });
});
