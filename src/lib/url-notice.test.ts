import { describe, expect, it } from 'vitest';
import { formatIgnoredNotice, pageIgnored } from './url-notice';
import { parseViewState } from './url-state';

const known = { events: new Set(['e1']), actors: new Set(['a1']) };

describe('formatIgnoredNotice', () => {
  it('names each ignored value and why, or says nothing', () => {
    const { ignored } = parseViewState('?actor=nobody&event=e1', known);
    expect(formatIgnoredNotice(ignored)).toBe(
      'Some settings in this link were not recognised and have been ignored: actor “nobody” (no actor has this id).',
    );
    expect(formatIgnoredNotice([])).toBe('');
  });
});

describe('pageIgnored', () => {
  it('keeps odd values, drops parameters a page does not read (utm_source…)', () => {
    const { ignored } = parseViewState(
      '?utm_source=x&category=zzz&from=2023-09-01&to=2023-05-01&event=nope',
      known,
    );
    expect(pageIgnored(ignored).map((i) => i.param)).toEqual(['category', 'event', 'to']);
  });
});
