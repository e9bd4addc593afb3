import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  parseViewState,
  sameViewState,
  serializeViewState,
  type ViewState,
  toggleChosen,
} from './url-state';

const known = {
  events: new Set(['microsoft-discloses', 'blinken-wang-jakarta']),
  actors: new Set(['microsoft', 'wang-yi', 'antony-blinken']),
};

describe('parseViewState', () => {
  it('reads every parameter', () => {
    const { state, ignored } = parseViewState(
      '?event=microsoft-discloses&actor=microsoft,wang-yi&category=disclosure,diplomacy&q=%20key%20&from=2023-05-01&to=2023-09-30&focus=wang-yi&hops=2',
      known,
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      event: 'microsoft-discloses',
      actors: ['microsoft', 'wang-yi'],
      categories: ['disclosure', 'diplomacy'],
      q: 'key',
      from: '2023-05-01',
      to: '2023-09-30',
      focus: 'wang-yi',
      hops: 2,
    });
  });

  it('drops unknown ids and bad values, and says why', () => {
    const { state, ignored } = parseViewState(
      '?event=nope&actor=microsoft,<img src=x onerror=alert(1)>&category=leaks&from=2023-13-01&to=July&hops=3&utm_source=x',
      known,
    );
    expect(state).toEqual({ ...EMPTY_STATE, actors: ['microsoft'] });
    expect(ignored.map((i) => `${i.param}:${i.reason}`)).toEqual([
      'event:no event has this id',
      'actor:no actor has this id',
      'category:not a category',
      'from:not a date in the form YYYY-MM-DD',
      'to:not a date in the form YYYY-MM-DD',
      'hops:must be 1 or 2',
      'utm_source:unknown parameter',
    ]);
    expect(ignored[1]?.value).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects very long values and a window that ends before it starts', () => {
    const { state, ignored } = parseViewState(
      `?actor=${'a'.repeat(5000)}&from=2023-09-01&to=2023-05-01`,
      known,
    );
    expect(state.actors).toEqual([]);
    expect(state.to).toBeUndefined();
    expect(ignored.map((i) => i.reason)).toEqual(['too long', 'before from']);
    expect(ignored[0]?.value.length).toBeLessThanOrEqual(60);
  });

  it('keeps every valid id of an actor list longer than 200 characters, and names the others', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `government-body-number-${i}`);
    const many = { ...known, actors: new Set(ids) };
    const { state, ignored } = parseViewState(
      `?actor=${[...ids.slice(0, 20), 'nobody', ...ids.slice(20)].join(',')}`,
      many,
    );
    expect(state.actors).toEqual(ids);
    expect(ignored).toEqual([{ param: 'actor', value: 'nobody', reason: 'no actor has this id' }]);
  });

  it('keeps the whole ids before the cut of a list past 4,000 characters, and reports the rest', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `actor-${String(i).padStart(10, '0')}`);
    const { state, ignored } = parseViewState(`?actor=${ids.join(',')}`, {
      ...known,
      actors: new Set(ids),
    });
    // Each id and its comma take 17 characters: 235 whole ids fit in 4,000.
    expect(state.actors).toEqual(ids.slice(0, 235));
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ param: 'actor', reason: 'too long' });
    expect(ignored[0]?.value.startsWith(ids[235] ?? '')).toBe(true);
    expect(ignored[0]?.value.length).toBeLessThanOrEqual(60);
  });

  it('refuses an id longer than any id can be, and a window before 1900', () => {
    const { state, ignored } = parseViewState(
      `?actor=microsoft,${'x'.repeat(81)}&from=0001-01-01`,
      known,
    );
    expect(state.actors).toEqual(['microsoft']);
    expect(state.from).toBeUndefined();
    expect(ignored.map((i) => `${i.param}:${i.reason}`)).toEqual([
      'actor:too long',
      'from:before the earliest date the site shows',
    ]);
  });

  it('caps the search text', () => {
    expect(parseViewState(`?q=${'x'.repeat(150)}`, known).state.q).toHaveLength(100);
  });

  it('leaves embed presentation and Pym.js parameters alone', () => {
    expect(
      parseViewState(
        '?theme=dark&title=0&childId=x&initialWidth=600&parentTitle=t&parentUrl=u',
        known,
      ).ignored,
    ).toEqual([]);
  });

  it('accepts valid white-label and mode values, and reports the others', () => {
    expect(
      parseViewState('?mode=story&bg=transparent&accent=%23c00&font=sans', known).ignored,
    ).toEqual([]);
    const hostile = new URLSearchParams({
      mode: 'slides',
      bg: 'url(x)',
      accent: 'red;}</style><script>',
      font: 'url(x)',
      theme: 'foo',
      title: 'no',
    });
    expect(
      parseViewState(`?${hostile.toString()}`, known).ignored.map(
        (i) => `${i.param}:${i.value}:${i.reason}`,
      ),
    ).toEqual([
      'mode:slides:must be chart or story',
      'bg:url(x):must be default, white or transparent',
      'accent:red;}</style><script>:not a colour in the form #rgb or #rrggbb',
      'font:url(x):must be serif, sans or system',
      'theme:foo:must be auto, light or dark',
      'title:no:must be 0 or 1',
    ]);
  });
});

describe('serializeViewState', () => {
  it('is empty for the empty state', () => {
    expect(serializeViewState(EMPTY_STATE)).toBe('');
  });

  it('round-trips', () => {
    const states: ViewState[] = [
      { ...EMPTY_STATE, event: 'blinken-wang-jakarta' },
      {
        ...EMPTY_STATE,
        actors: ['wang-yi', 'antony-blinken'],
        categories: ['diplomacy'],
        q: 'Jakarta talks',
      },
      { ...EMPTY_STATE, from: '2023-06-01', to: '2023-07-31' },
      { ...EMPTY_STATE, focus: 'microsoft', hops: 2 },
    ];
    for (const state of states) {
      const text = serializeViewState(state);
      expect(parseViewState(text, known)).toEqual({ state, ignored: [] });
      expect(sameViewState(parseViewState(text, known).state, state)).toBe(true);
    }
  });

  it('keeps commas readable and escapes the rest', () => {
    expect(serializeViewState({ ...EMPTY_STATE, actors: ['wang-yi', 'microsoft'], q: 'a&b' })).toBe(
      '?actor=wang-yi,microsoft&q=a%26b',
    );
  });
});

describe('toggleChosen', () => {
  const all = ['a', 'b', 'c'];
  it('narrows to a value from none chosen, toggles otherwise, and clears when all are chosen', () => {
    expect(toggleChosen([], 'b', all)).toEqual(['b']);
    expect(toggleChosen(['b'], 'a', all)).toEqual(['b', 'a']);
    expect(toggleChosen(['b', 'a'], 'a', all)).toEqual(['b']);
    expect(toggleChosen(['b'], 'b', all)).toEqual([]);
    expect(toggleChosen(['b', 'a'], 'c', all)).toEqual([]);
  });
});
