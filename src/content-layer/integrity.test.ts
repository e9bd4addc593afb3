import { describe, expect, it } from 'vitest';
import { DATA_COLLECTION_NAMES, type DataCollectionName } from '../schemas';
import { checkContent, formatProblems, storyReferences } from './integrity';
import type { ContentTree, RawEntry, StoryFile } from './read';

const source = {
  publisher: 'Microsoft',
  title: 'Mitigation for China-based threat actor activity',
  url: 'https://blogs.microsoft.com/on-the-issues/2023/07/11/mitigation-china-based-threat-actor/',
  published: '2023-07-11',
  kind: 'primary-company',
};
const actor = {
  name: 'Microsoft',
  kind: 'company',
  role: 'Cloud provider.',
  country: 'US',
  sources: ['ms'],
};
const event = {
  title: 'Microsoft goes public',
  date: '2023-07-11',
  precision: 'day',
  category: 'disclosure',
  confidence: 'confirmed',
  actors: ['microsoft'],
  sources: ['ms'],
  summary: 'Microsoft described the intrusion.',
};
const relation = {
  from: 'microsoft',
  type: 'investigated',
  to: 'us-state',
  confidence: 'confirmed',
  sources: ['ms'],
};

function entry(collection: DataCollectionName, id: string, data: object, line = 1): RawEntry {
  return {
    collection,
    id,
    file: `content/${collection}/a.yaml`,
    line,
    data: data as Record<string, unknown>,
  };
}

const state = entry('actors', 'us-state', { ...actor, name: 'State Department' }, 8);

const story = {
  title: 'How the break-in worked',
  label: 'The hack',
  description: 'A chapter.',
  order: 1,
  published: '2026-11-28',
  updated: '2026-11-28',
};
const chapter = (id: string, text: string, data?: object): StoryFile => ({
  id,
  file: `content/stories/${id}.mdx`,
  text,
  ...(data ? { data: data as Record<string, unknown> } : {}),
});

function tree(
  overrides: Partial<Record<DataCollectionName, RawEntry[]>> = {},
  stories: ContentTree['stories'] = [chapter('hack', 'Text.', story)],
): ContentTree {
  const entries = Object.fromEntries(
    DATA_COLLECTION_NAMES.map((name) => [name, [] as RawEntry[]]),
  ) as Record<DataCollectionName, RawEntry[]>;
  Object.assign(entries, {
    sources: [entry('sources', 'ms', source)],
    actors: [entry('actors', 'microsoft', actor), state],
    events: [entry('events', 'disclosed', event, 7)],
    relations: [entry('relations', 'microsoft:investigated:us-state', relation)],
    ...overrides,
  });
  return { dir: 'content', entries, stories, problems: [] };
}

const withEvent = (patch: object) =>
  tree({ events: [entry('events', 'disclosed', { ...event, ...patch }, 7)] });

describe('checkContent', () => {
  it('accepts a consistent tree', () => {
    expect(checkContent(tree())).toEqual([]);
  });

  it('names file, line, entry, field and value for an unknown actor', () => {
    expect(checkContent(withEvent({ actors: ['microsoft', 'micrsoft'] }))).toEqual([
      'content/events/a.yaml:7: events › disclosed › field "actors[1]": no actor has this id (got "micrsoft")',
    ]);
  });

  it('catches unknown sources in events, relations and actors', () => {
    const problems = checkContent(
      tree({
        events: [entry('events', 'e', { ...event, sources: ['nope-1'] })],
        relations: [entry('relations', 'r', { ...relation, sources: ['nope-2'] })],
        actors: [entry('actors', 'microsoft', { ...actor, sources: ['nope-3'] }), state],
      }),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(
      /events › e › field "sources\[0\]": no source has this id \(got "nope-1"\)/,
    );
    expect(problems.join('\n')).toMatch(
      /relations › r › field "sources\[0\]": no source has this id \(got "nope-2"\)/,
    );
    expect(problems.join('\n')).toMatch(
      /actors › microsoft › field "sources\[0\]": no source has this id \(got "nope-3"\)/,
    );
  });

  it('catches an unknown actor in a relation and in an affiliation', () => {
    const problems = checkContent(
      tree({
        relations: [entry('relations', 'r', { ...relation, to: 'ghost' })],
        actors: [entry('actors', 'microsoft', { ...actor, affiliation: 'nobody' }), state],
      }),
    );
    expect(problems).toContain(
      'content/relations/a.yaml:1: relations › r › field "to": no actor has this id (got "ghost")',
    );
    expect(problems).toContain(
      'content/actors/a.yaml:1: actors › microsoft › field "affiliation": no actor has this id (got "nobody")',
    );
  });

  it.each([
    [
      { date: '2023-7-11' },
      'field "date": is not a calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY (got "2023-7-11")',
    ],
    [{ date: '2023-02-30' }, 'field "date": is not a calendar date'],
    [{ date: 2023, precision: 'year' }, 'field "date": must be a quoted date'],
    [
      { precision: 'month' },
      'field "precision": does not match the date "2023-07-11", which has day precision (got "month")',
    ],
    [
      { end: '2023-07-01' },
      'field "end": is before the start date "2023-07-11" (got "2023-07-01")',
    ],
    [{ sources: [] }, 'field "sources": must cite at least one source (got [])'],
    [
      { category: 'leaks' },
      'field "category": unknown category; expected one of intrusion, detection',
    ],
    [
      { confidence: 'likely' },
      'field "confidence": unknown confidence; expected one of confirmed, reported, alleged, disputed (got "likely")',
    ],
    [{ summary: undefined }, 'field "summary": is required (missing)'],
    [{ sumary: 'typo' }, 'field "sumary": is not a field of this collection (got "sumary")'],
  ])('rejects event %j', (patch, message) => {
    const problems = checkContent(withEvent(patch));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('accepts a month-precision end after a day start', () => {
    expect(checkContent(withEvent({ end: '2023-07' }))).toEqual([]);
  });

  it('rejects an unknown actor kind and relation type', () => {
    const problems = checkContent(
      tree({
        actors: [entry('actors', 'microsoft', { ...actor, kind: 'vendor' }), state],
        relations: [entry('relations', 'r', { ...relation, type: 'hacked' })],
      }),
    );
    expect(problems.join('\n')).toContain(
      'field "kind": unknown actor kind; expected one of person',
    );
    expect(problems.join('\n')).toContain('(got "vendor")');
    expect(problems.join('\n')).toContain(
      'field "type": unknown relation type; expected one of accused',
    );
    expect(problems.join('\n')).toContain('(got "hacked")');
  });

  it('rejects a source URL that is not https', () => {
    const problems = checkContent(
      tree({ sources: [entry('sources', 'ms', { ...source, url: 'http://example.org/x' })] }),
    );
    expect(problems).toEqual([
      'content/sources/a.yaml:1: sources › ms › field "url": must be an absolute https:// URL (got "http://example.org/x")',
    ]);
  });

  it('rejects a chapter citing an unknown source, with its line', () => {
    const problems = checkContent(
      tree({}, [chapter('hack', '---\ntitle: x\n---\n\nText <Cite ids="ms nope" />.')]),
    );
    expect(problems).toEqual([
      'content/stories/hack.mdx:5: stories › <Cite ids> › no source has this id (got "nope")',
    ]);
  });

  it('rejects a citation at the start of a line, which MDX would turn into its own paragraph', () => {
    const problems = checkContent(
      tree({}, [chapter('x', 'Some claim.\n\n<Cite ids="ms" />. More text.')]),
    );
    expect(problems).toEqual([
      'content/stories/x.mdx:3: stories › <Cite> › must follow the text it supports on the same line (got "<Cite ids=\\"ms\\" />. More text.")',
    ]);
  });

  it('rejects a chapter using an unknown quote', () => {
    const problems = checkContent(tree({}, [chapter('x', '<Quote id="nope" />')]));
    expect(problems).toEqual([
      'content/stories/x.mdx:1: stories › <Quote id> › no quote has this id (got "nope")',
    ]);
  });

  it('rejects an actor listed twice, a date before 1900 and a title past its limit', () => {
    expect(checkContent(withEvent({ actors: ['microsoft', 'us-state', 'microsoft'] }))).toEqual([
      'content/events/a.yaml:7: events › disclosed › field "actors[2]": is listed twice (got "microsoft")',
    ]);
    expect(checkContent(withEvent({ date: '0001-01-01' }))).toEqual([
      'content/events/a.yaml:7: events › disclosed › field "date": is before 1900, the earliest year the site accepts (got "0001-01-01")',
    ]);
    const problems = checkContent(withEvent({ title: 'x'.repeat(5000) }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/events\/a\.yaml:7: events › disclosed › field "title": is 5000 characters long; the limit for this field is 160 \(got "x{116}\.\.\.\)$/,
    );
  });

  it('rejects a source title with brackets that do not wrap all of it', () => {
    const title = '[Report: a meeting; headline not captured] by CNN';
    expect(
      checkContent(tree({ sources: [entry('sources', 'ms', { ...source, title }, 3)] })),
    ).toEqual([
      `content/sources/a.yaml:3: sources › ms › field "title": brackets must wrap the whole title ([a description]) or not appear at all (got "${title}")`,
    ]);
  });

  it('rejects a relation from an actor to itself', () => {
    const problems = checkContent(
      tree({ relations: [entry('relations', 'r', { ...relation, to: 'microsoft' })] }),
    );
    expect(problems).toEqual([
      'content/relations/a.yaml:1: relations › r › field "to": is the same actor as "from"; a relation links two different actors (got "microsoft")',
    ]);
  });

  it('rejects an actor that belongs to itself, and a loop of affiliations once', () => {
    const problems = checkContent(
      tree({
        actors: [
          entry('actors', 'microsoft', { ...actor, affiliation: 'microsoft' }),
          entry('actors', 'us-state', { ...actor, affiliation: 'cabinet' }, 8),
          entry('actors', 'cabinet', { ...actor, affiliation: 'white-house' }, 15),
          entry('actors', 'white-house', { ...actor, affiliation: 'us-state' }, 22),
          entry('actors', 'blinken', { ...actor, affiliation: 'us-state' }, 29),
        ],
      }),
    );
    expect(problems).toEqual([
      'content/actors/a.yaml:1: actors › microsoft › field "affiliation": is the actor itself; an actor cannot belong to itself (got "microsoft")',
      'content/actors/a.yaml:8: actors › us-state › field "affiliation": makes a loop, us-state → cabinet → white-house → us-state; affiliations must lead up to an actor that belongs to no other (got "cabinet")',
    ]);
  });

  it("validates a chapter's front matter", () => {
    const problems = checkContent(
      tree({}, [chapter('hack', 'Text.', { ...story, order: 0, labl: 'x' })]),
    );
    expect(problems).toEqual([
      'content/stories/hack.mdx:1: stories › hack › field "order": must be a whole number from 1 (got 0)',
      'content/stories/hack.mdx:1: stories › hack › field "labl": is not a field of this collection (got "labl")',
    ]);
  });

  it('rejects a chapter whose address a built-in page takes, but not the one that heads /actors/', () => {
    const stories = [
      chapter('timeline', 'Text.', story),
      chapter('actors', 'Text.', story),
      chapter('hack', 'Text.', story),
    ];
    expect(
      checkContent(tree({}, stories), { reserved: new Set(['timeline', 'actors', 'data']) }),
    ).toEqual([
      'content/stories/timeline.mdx: stories › timeline › file name: /timeline/ is the address of one of the site\'s own pages, so this chapter would never be published; rename the file (got "timeline.mdx")',
    ]);
  });

  it("refuses an actor whose id is one of the embed's own routes, naming file, field and value", () => {
    const problems = checkContent(
      tree({
        actors: [
          entry('actors', 'microsoft', actor),
          state,
          entry('actors', 'story', { ...actor, name: 'Story' }, 15),
          entry('actors', 'category', { ...actor, name: 'Category' }, 22),
          entry('actors', 'storyteller', { ...actor, name: 'Storyteller' }, 29),
        ],
      }),
    );
    expect(problems).toEqual([
      'content/actors/a.yaml:15: actors › story › field "id": /embed/timeline/story/ is one of the embed\'s own routes, so this actor\'s timeline could not be embedded; choose another id (got "story")',
      'content/actors/a.yaml:22: actors › category › field "id": /embed/timeline/category/ is one of the embed\'s own routes, so this actor\'s timeline could not be embedded; choose another id (got "category")',
    ]);
  });

  it('stops a site without events, actors, sources or chapters', () => {
    expect(checkContent(tree({ events: [] }, []))).toEqual([
      'content/events/: events › is empty: the site needs at least one event; add a .yaml file listing them (got no entries)',
      'content/stories/: stories › is empty: the site needs at least one chapter; add an .mdx file (got no chapters)',
    ]);
  });

  it('names characters the share images cannot draw, in the fields drawn on them', () => {
    const undrawable = (text: string) => Array.from(text).filter((char) => char > '\u3000');
    const problems = checkContent(
      tree({
        events: [
          entry('events', 'disclosed', { ...event, title: 'Wang Yi (王毅) 😀', summary: '王' }, 7),
        ],
      }),
      { undrawable },
    );
    expect(problems).toEqual([
      'content/events/a.yaml:7: events › disclosed › field "title": has characters the share images cannot draw: "王" (U+738B), "毅" (U+6BC5), "😀" (U+1F600); the site is written in English (got "Wang Yi (王毅) 😀")',
    ]);
  });

  it('keeps reading problems first', () => {
    const bad = { ...tree(), problems: ['content/events/b.yaml:3: YAML syntax error: x'] };
    expect(checkContent(bad)[0]).toBe('content/events/b.yaml:3: YAML syntax error: x');
  });
});

describe('storyReferences', () => {
  it('finds citations and quotes in order with their lines, ids split on spaces or commas', () => {
    expect(
      storyReferences('a\n<Cite ids="x y" />\n<Quote id="q1" /> <Cite   ids=\'z,w\'/>'),
    ).toEqual([
      { kind: 'cite', id: 'x', line: 2 },
      { kind: 'cite', id: 'y', line: 2 },
      { kind: 'quote', id: 'q1', line: 3 },
      { kind: 'cite', id: 'z', line: 3 },
      { kind: 'cite', id: 'w', line: 3 },
    ]);
  });
});

describe('formatProblems', () => {
  it('counts and indents', () => {
    expect(formatProblems(['a', 'b'])).toBe(
      'Content integrity check failed: 2 problems.\n  a\n  b',
    );
  });
});
