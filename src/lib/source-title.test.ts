import { describe, expect, it } from 'vitest';
import {
  readSourceTitle,
  sourceTitleProblem,
  sourceTitleText,
  SUPPLIED_NOTE,
} from './source-title';

describe('readSourceTitle', () => {
  it('keeps a headline as it is', () => {
    expect(readSourceTitle('Chinese Spies Hack U.S. Commerce, State Department Emails')).toEqual({
      text: 'Chinese Spies Hack U.S. Commerce, State Department Emails',
      supplied: false,
    });
  });
  it('reads a bracketed title as our description, without its brackets', () => {
    expect(readSourceTitle('[Report on a meeting in Beijing]')).toEqual({
      text: 'Report on a meeting in Beijing',
      supplied: true,
    });
  });
});

describe('sourceTitleText', () => {
  it('says in words that a description is not the headline', () => {
    expect(sourceTitleText('[Report on a meeting]')).toBe(`Report on a meeting (${SUPPLIED_NOTE})`);
    expect(sourceTitleText('A headline')).toBe('A headline');
  });
});

describe('sourceTitleProblem', () => {
  it('accepts headlines and whole bracketed descriptions', () => {
    expect(sourceTitleProblem('A headline')).toBeUndefined();
    expect(sourceTitleProblem('[A description]')).toBeUndefined();
  });
  it('rejects brackets that do not wrap the whole title', () => {
    expect(sourceTitleProblem('[A description; more] and text')).toMatch(/brackets/);
    expect(sourceTitleProblem('[An unclosed description')).toMatch(/brackets/);
    expect(sourceTitleProblem('[Nested [brackets]]')).toMatch(/brackets/);
  });
});
