import { describe, expect, it } from 'vitest';
import {
  afterTitle,
  endsSentence,
  formatExcerpt,
  toSearchHits,
  type IndexedPage,
} from './search-results';

const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => p.text).join('');
const marks = (parts: { text: string; mark: boolean }[]) =>
  parts.filter((p) => p.mark).map((p) => p.text);
const at = (content: string, word: string) => content.split(/\s+/).indexOf(word);

describe('endsSentence', () => {
  it('ends at a full stop, question or exclamation mark, even inside quotes', () => {
    expect(endsSentence('2023.')).toBe(true);
    expect(endsSentence('Taxi”.')).toBe(true);
    expect(endsSentence('why?')).toBe(true);
    expect(endsSentence('“approximately.”')).toBe(true);
    expect(endsSentence('key,')).toBe(false);
  });

  it('does not end at an abbreviation', () => {
    expect(endsSentence('U.S.')).toBe(false);
    expect(endsSentence('Sen.')).toBe(false);
    expect(endsSentence('Sept.')).toBe(false);
  });
});

describe('formatExcerpt', () => {
  const content =
    'Reports: Commerce Secretary Gina Raimondo was hacked on July 12, 2023. A custom alert built on audit records, nicknamed "Big Yellow Taxi" inside the department, then went off. Officials said more later.';

  it('begins at the start of the sentence that holds the word found, never mid-date', () => {
    const parts = formatExcerpt(content, [at(content, 'Taxi"')]);
    expect(text(parts)).toMatch(/^A custom alert built/);
    expect(text(parts)).toMatch(/more later\.$/);
    expect(marks(parts)).toEqual(['Taxi']);
  });

  it('falls back to a word boundary after an ellipsis when the sentence began long before', () => {
    const long = `Start ${'word '.repeat(40)}target and more words to follow here.`;
    const parts = formatExcerpt(long, [at(long, 'target')], { length: 20 });
    expect(text(parts)).toMatch(/^… word word word word target/);
    expect(text(parts)).not.toMatch(/^… \S*[^\s\w]/);
  });

  it('begins at a clause rather than inside a date when the sentence began long before', () => {
    const long = `Start ${'word '.repeat(40)}on June 26, began rejecting target tokens.`;
    const parts = formatExcerpt(long, [at(long, 'target')], { length: 20 });
    expect(text(parts)).toMatch(/^… began rejecting target/);
    const dated = `Start ${'word '.repeat(40)}until June 26 2023 target tokens.`;
    expect(text(formatExcerpt(dated, [at(dated, 'target')], { length: 20 }))).toMatch(
      /^… until June 26 2023 target/,
    );
  });

  it('ends with an ellipsis when no sentence ends soon after the length', () => {
    const long = `Target ${'word '.repeat(60)}end.`;
    const parts = formatExcerpt(long, [0], { length: 10 });
    expect(text(parts)).toMatch(/^Target( word){9} …$/);
  });

  it('marks neighbouring found words as one run, without their punctuation', () => {
    const phrase = 'It held a signing key, and the signing key. Then more.';
    const parts = formatExcerpt(phrase, [3, 4, 7, 8]);
    expect(marks(parts)).toEqual(['signing key', 'signing key']);
    expect(text(parts)).toBe(phrase);
  });

  it('keeps to a range of words', () => {
    const parts = formatExcerpt(content, [at(content, 'Taxi"')], {
      range: [at(content, 'A'), at(content, 'Officials')],
    });
    expect(text(parts).split(' ')[0]).toBe('A');
    expect(text(parts)).not.toContain('Officials');
  });

  it('centres on the densest cluster of found words', () => {
    const long = `alpha ${'word '.repeat(50)}Beta. alpha alpha here.`;
    const words = long.split(/\s+/);
    const hits = words.flatMap((w, i) => (w.startsWith('alpha') ? [i] : []));
    expect(marks(formatExcerpt(long, hits, { length: 10 }))).toEqual(['alpha alpha']);
  });
});

describe('afterTitle', () => {
  it('finds where a page repeats its title near the top', () => {
    const all = 'All events. June 15, 2023. Analysts spot access. A summary.'.split(' ');
    expect(all[afterTitle(all, 'Analysts spot access')]).toBe('A');
    expect(afterTitle(all, 'Not there')).toBe(0);
    expect(afterTitle(all, '')).toBe(0);
  });
});

describe('toSearchHits', () => {
  const event: IndexedPage = {
    url: '/events/state-soc-alert/',
    content: 'June 15, 2023. Analysts spot access. A "Big Yellow Taxi" alert went off.',
    locations: [9],
    meta: { title: 'Analysts spot access', type: 'Event', date: 'June 15, 2023' },
    anchors: [],
  };

  it('gives a page one hit with its kind, title, address and excerpt', () => {
    const [hit] = toSearchHits(event);
    expect(hit).toMatchObject({
      kind: 'Event',
      title: 'Analysts spot access',
      url: '/events/state-soc-alert/',
      detail: { text: 'June 15, 2023' },
    });
    // The excerpt leaves out the title, which is the hit's link.
    expect(hit?.excerpt.map((p) => p.text).join('')).toBe('A "Big Yellow Taxi" alert went off.');
  });

  it('shows the text after the title when only the title holds the words', () => {
    const [hit] = toSearchHits({ ...event, locations: [4] });
    expect(hit?.excerpt).toEqual([{ text: 'A "Big Yellow Taxi" alert went off.', mark: false }]);
  });

  it('names the chapter section the found words are in', () => {
    const chapter: IndexedPage = {
      url: '/detection/',
      content: 'Intro here. Rule heading. The alert was called Big Yellow Taxi.',
      locations: [9],
      meta: { title: 'The alert', type: 'Chapter' },
      anchors: [{ element: 'h2', id: 'a-rule', text: 'Rule heading', location: 2 }],
    };
    expect(toSearchHits(chapter)[0]?.detail).toEqual({
      text: 'Rule heading',
      url: '/detection/#a-rule',
    });
  });

  it('splits the bibliography into one hit per document with a found word', () => {
    const sources: IndexedPage = {
      url: '/sources/',
      content:
        'Sources. CISA · 2023. Advisory on cloud mail. Cited in: x. POLITICO · undated. All thanks to Big Yellow Taxi. Cited in: y. CNN · 2023. Another piece. Cited in: z.',
      locations: [],
      meta: { title: 'Sources', type: 'Source' },
      anchors: [],
    };
    const word = (w: string) => at(sources.content, w);
    sources.locations = [word('Taxi.')];
    sources.anchors = [
      { element: 'li', id: 'cisa', location: word('CISA') },
      { element: 'h3', id: 'title-cisa', text: 'Advisory', location: word('Advisory') },
      { element: 'li', id: 'politico', location: word('POLITICO') },
      {
        element: 'h3',
        id: 'title-politico',
        text: 'All thanks to Big Yellow Taxi.',
        location: word('All'),
      },
      { element: 'li', id: 'cnn', location: word('CNN') },
      { element: 'h3', id: 'title-cnn', text: 'Another piece', location: word('Another') },
    ];
    const hits = toSearchHits(sources);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'Source',
      title: 'All thanks to Big Yellow Taxi.',
      url: '/sources/#politico',
      detail: { text: 'POLITICO · undated' },
    });
    // What follows the title, which is the hit's link.
    expect(hits[0]?.excerpt.map((p) => p.text).join('')).toBe('Cited in: y.');
    // The publisher's line, before the title, belongs to its own entry.
    sources.locations = [word('CNN')];
    expect(toSearchHits(sources).map((hit) => hit.url)).toEqual(['/sources/#cnn']);
  });
});
