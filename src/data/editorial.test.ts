/**
 * The editorial errors an independent fact-check found, each pinned so that it cannot come back:
 * wording beyond the evidence, wrong dates, confidence labels that break the rule written on the
 * About page, and links that send readers to copies under a masthead's name. Reads content/ with
 * the build's own reader, plus the few pages and components that carry editorial text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree, type RawEntry } from '../content-layer/read';
import { CONFIDENCE_MEANINGS } from '../lib/vocabulary';
import { SITE } from './site';
import { checkSourceLinks, type SourceLink } from './source-links';

const tree = readContentTree(resolve('.'), resolve('content'));
const read = (path: string) => readFileSync(resolve(path), 'utf8');
const story = (id: string) => {
  const found = tree.stories.find((s) => s.file.endsWith(`/${id}.mdx`));
  if (!found) throw new Error(`no chapter ${id}`);
  return found.text;
};
const entry = (collection: keyof typeof tree.entries, id: string): RawEntry['data'] => {
  const found = tree.entries[collection].find((e) => e.id === id);
  if (!found) throw new Error(`no ${collection} entry ${id}`);
  return found.data;
};
const has = (collection: keyof typeof tree.entries, id: string) =>
  tree.entries[collection].some((e) => e.id === id);

/** Every piece of editorial text on the site, by where it comes from, whitespace folded. */
const texts: [string, string][] = [
  ...tree.stories.map((s): [string, string] => [s.file, s.text]),
  ...Object.values(tree.entries)
    .flat()
    .map((e): [string, string] => [`${e.file}:${String(e.line)}`, JSON.stringify(e.data)]),
  ...[
    // Every page's own words, not only the ones that were wrong once.
    ...readdirSync(resolve('src/pages'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.astro'))
      .map((name) => `src/pages/${name}`),
    'src/components/mdx/TokenForgeryDiagram.astro',
    'src/components/mdx/StartingArticleCorrections.astro',
    'src/layouts/Embed.astro',
    'src/data/site.ts',
    'README.md',
  ].map((path): [string, string] => [path, read(path)]),
].map(([where, text]) => [where, text.replace(/\s+/g, ' ')]);

/** Where the pattern occurs anywhere in the site's editorial text. */
const occurrences = (pattern: RegExp) =>
  texts.filter(([, text]) => pattern.test(text)).map(([where]) => where);

describe('wording stays within the evidence', () => {
  it.each([
    ['guilt stated as fact', /caught in the act/i],
    [
      'Beijing citing the 2014 Huawei reports',
      /Beijing (still )?cites|Beijing points to|Chinese officials point to such reports/i,
    ],
    [
      'the crash-dump theory "withdrawn"',
      /withdrew|later-withdrawn|was withdrawn|withdrawing the/i,
    ],
    ['other victims "could not" see it', /other victims could not/i],
    ['"most customers" not paying', /most customers (were )?not paying/i],
    ['token theft "since 2021" as fact', /stealing and replaying tokens since/i],
    ['"dwarfed" for Wray\'s words', /dwarfed/i],
    ['"some" Social Security numbers', /some Social Security numbers/i],
    ['the department as "the main target"', /the main target/i],
    ['an unattributed flourish', /without stealing a single password/i],
    ['"led 14 senators"', /led 14 senators/i],
    ['an unhedged "China-based hackers"', /China-based hackers read/i],
    ['Raimondo "confirmed" on July 12', /July 12,? US officials confirmed/i],
    // She said so herself in Shanghai on August 30, four days before Meet the Press.
    [
      'Raimondo first confirming on September 3',
      /confirmed (it|that) herself (only )?on September 3|said so herself on September 3/i,
    ],
    // Microsoft's March 2024 note says it "has not found" such a dump, not that none ever existed.
    [
      'a crash dump "never" or "ever" found',
      /never actually found|had ever been found|was ever found|no crash dump containing the key was ever/i,
    ],
    ['Storm-0558 called Chinese by implication', /another Chinese group/i],
    ['the SFI promises "aimed squarely" at this intrusion', /aimed squarely/i],
    ["Prensa Latina cited for China's account", /Prensa Latina/],
    [
      'sourcing notes in the narrative',
      /We have not read that part|so we mark the event as|That summary is the only source|we found no later formal attribution/i,
    ],
  ])('no %s', (_, pattern) => {
    expect(occurrences(pattern)).toEqual([]);
  });

  it('the site name and description hedge the China link', () => {
    expect(SITE.name).toContain('China-linked');
    expect(SITE.description).not.toMatch(/China-based/);
    expect(read('README.md').split('\n', 1)[0]).toContain('China-linked');
  });

  it('the Diplomacy chapter attributes the China link and reports the denial', () => {
    const description = /^description: (.*)$/m.exec(story('context'))?.[1] ?? '';
    expect(description).toMatch(
      /Microsoft, and later a federal review board, tied the intruders to China/,
    );
    expect(description).toMatch(/denied/);
  });

  it('the figures of September are not cited to the July 12 briefing', () => {
    const figures = story('actors')
      .split('\n\n')
      .filter((paragraph) => paragraph.includes('the figures'));
    expect(figures.length).toBeGreaterThan(0);
    for (const paragraph of figures) expect(paragraph).not.toContain('state-briefing-2023-07-12');
  });

  it('the two relations the sources do not support are gone', () => {
    expect(has('relations', 'us-state-department:briefed:eric-schmitt')).toBe(false);
    expect(has('relations', 'cisa:investigated:storm-0558')).toBe(false);
  });
});

describe('the corrections box describes the article accurately', () => {
  const kind = (id: string) => entry('corrections', id).kind ?? 'correction';

  it.each([
    'snowden-context',
    'attribution-framing',
    'start-date',
    'jakarta-meeting',
    'raimondo-status',
    // The article says Miller spoke "on Wednesday", and that State uncovered the hack.
    'miller-timing',
    'who-reported',
  ])('%s is a clarification, not an error', (id) => {
    expect(kind(id)).toBe('clarification');
  });

  it('does not say CNN presented old news as new, or the hack as Chinese without qualification', () => {
    expect(occurrences(/as if it were (part of the )?2023 news|without qualification/i)).toEqual(
      [],
    );
  });

  it('the About page lists corrections and clarifications under their own headings', () => {
    const box = read('src/components/mdx/StartingArticleCorrections.astro');
    expect(box).toContain("heading: 'Corrections'");
    expect(box).toContain("heading: 'Clarifications'");
  });
});

describe('dates', () => {
  // Easy365Manager dates the first blocking steps to June 26-29; BleepingComputer's report of the
  // same Microsoft post adds July 3 (the key blocked for every customer) and July 4 (the token-replay
  // infrastructure shut down).
  it('the intrusion runs from May 15 until Microsoft shut it out, June 26 to July 4', () => {
    const intrusion = entry('events', 'forged-token-access-begins');
    const era = entry('eras', 'intrusion');
    expect(intrusion.date).toBe('2023-05-15');
    expect(intrusion.end).toBe('2023-07-04');
    expect(era.start).toBe('2023-05-15');
    expect(era.end).toBe(intrusion.end);
    expect(String(intrusion.note)).toMatch(/June 26.*June 29.*July 3.*July 4/s);
    expect(intrusion.sources).toContain('bleepingcomputer-2023-07-14');
    expect(String(entry('actors', 'storm-0558').role)).toMatch(/late June and early July/);
    const diagram = read('src/components/mdx/TokenForgeryDiagram.astro');
    expect(diagram).not.toMatch(/June 16, 2023'/);
    expect(diagram).toMatch(/June 26–July 4/);
    expect(occurrences(/shut out in late June|until late June|to late June 2023/i)).toEqual([]);
  });

  it('Raimondo is first quoted confirming her hack in Shanghai on August 30, 2023', () => {
    expect(entry('quotes', 'raimondo-mentioned').date).toBe('2023-08-30');
    expect(entry('relations', 'storm-0558:compromised-mailbox-of:gina-raimondo').sources).toContain(
      'afp-2023-08-30',
    );
    expect(String(entry('events', 'raimondo-hack-reported').note)).toMatch(/August 30/);
  });

  it('POLITICO’s Big Yellow Taxi story links the original, dated September 15, 2023', () => {
    const politico = entry('sources', 'politico-bigyellowtaxi-2023-09');
    expect(politico.url).toBe(
      'https://www.politico.com/news/2023/09/15/digital-tripwire-helped-state-uncover-chinese-hack-00115973',
    );
    expect(politico.published).toBe('2023-09-15');
    expect(entry('events', 'state-alert-story').date).toBe('2023-09-15');
  });
});

describe('confidence follows the rule on the About page', () => {
  const about = story('about');

  it('the rule is written out, in order, and the legend agrees with it', () => {
    const order = ['**Disputed**', '**Confirmed**', '**Alleged**', '**Reported**'].map((label) =>
      about.indexOf(label),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(CONFIDENCE_MEANINGS.reported).toMatch(/hedges/);
    expect(CONFIDENCE_MEANINGS.confirmed).toMatch(/without a hedge/);
  });

  it.each([
    // Named only by officials speaking anonymously on July 12; she confirmed it on September 3.
    ['events', 'raimondo-hack-reported', 'reported'],
    ['relations', 'storm-0558:compromised-mailbox-of:gina-raimondo', 'confirmed'],
    // Named among the victims by the CSRB, an official inquiry (as MediaNama and the AP report it).
    ['relations', 'storm-0558:compromised-mailbox-of:nicholas-burns', 'confirmed'],
    // Never confirmed on the record by anyone in a position to know.
    ['relations', 'storm-0558:compromised-mailbox-of:daniel-kritenbrink', 'reported'],
    ['events', 'burns-kritenbrink-hacked', 'reported'],
    // Microsoft's belief, as the Board records it, not a finding.
    ['events', 'affirmed-networks-foothold', 'reported'],
    // Hedged assessments: Microsoft's "moderate confidence", its "leading hypothesis".
    ['relations', 'storm-0558:attributed-to:china', 'reported'],
    ['relations', 'storm-0558:compromised:microsoft', 'reported'],
    // The act of publishing is on the record; the theory is disputed.
    ['events', 'msrc-key-acquisition-post', 'confirmed'],
    ['events', 'crash-dump-hypothesis', 'disputed'],
    // Settled by the Board's report.
    ['events', 'microsoft-admits-error-to-csrb', 'confirmed'],
    ['events', 'msa-key-created', 'confirmed'],
    ['figures', 'key-year', 'confirmed'],
  ] as const)('%s %s is %s', (collection, id, level) => {
    expect(entry(collection, id).confidence).toBe(level);
  });

  it('an event headlined as reports is labelled reported', () => {
    const headlined = tree.entries.events.filter((e) => /^Reports?:/.test(String(e.data.title)));
    expect(headlined.length).toBeGreaterThan(0);
    for (const e of headlined) expect(e.data.confidence, e.id).toBe('reported');
  });
});

describe('links go to the original publishers', () => {
  const sources: SourceLink[] = tree.entries.sources.map((e) => ({
    id: e.id,
    publisher: String(e.data.publisher),
    url: String(e.data.url),
    copy: e.data.copy === true,
    ...(typeof e.data.readVia === 'string' ? { readVia: e.data.readVia } : {}),
  }));

  it('every link is https, unique, and on its publisher’s site unless flagged as a republication', () => {
    expect(checkSourceLinks(sources)).toEqual([]);
  });

  it.each([
    'bleepingcomputer-2024-04-03',
    'oodaloop-2024-04-03',
    'csrb-excerpt-cda',
    'state-briefing-2023-07-12',
    'state-briefing-2023-09-28',
    'dailycaller-2023-09-03',
    'politico-bigyellowtaxi-2023-09',
    'ms-sfi-2023-11-02',
    'dhs-2023-08-11',
    'cisa-2024-02-21',
  ])('%s links the original and names the copy we read', (id) => {
    const source = entry('sources', id);
    expect(source.readVia).toMatch(/^https:\/\//);
    expect(source.copy ?? false).toBe(false);
  });

  it('the About page and the Sources page state the same link policy', () => {
    expect(story('about')).toMatch(/links to its original publisher's page/);
    expect(story('about')).not.toMatch(/the link goes to the copy we read\. One/);
    expect(read('src/pages/sources.astro')).toMatch(/links to the original publisher’s page/);
  });
});
