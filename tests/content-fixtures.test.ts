/**
 * The content fixtures: small content trees in tests/fixtures/, each with one defect, and the
 * build-configuration cases. Each asserts the exact message the build stops with, or the safe
 * output it writes.
 *
 * Most cases run the integrity pass in-process: `inspectContent` is the function the build's
 * first hook calls (src/content-layer/integration.ts), and the build prints its problems line for
 * line (`formatProblems`). Full builds, which take seconds each, prove that wiring (a long report
 * through a pipe, a missing content folder, a bad SITE_URL) and cover what only a build shows:
 * the valid tree's output, a hostile but valid tree's output, and two trees built in turn.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { deploymentFromEnv } from '../src/content-layer/deployment';
import { inspectContent } from '../src/content-layer/inspect';
import { formatProblems } from '../src/content-layer/integrity';
import { RELATION_TYPES } from '../src/lib/vocabulary';
import { chromiumLaunchOptions } from './support/browser';
import { headersFor, parseHeaderRules } from './support/header-rules.mjs';

const ROOT = process.cwd();
const fixture = (name: string) => join(ROOT, 'tests/fixtures', name);
const at = (name: string, rest: string) => `tests/fixtures/${name}/${rest}`;

/** The one problem each defective tree has, exactly as the build prints it. */
const EXPECTED: Record<string, string> = {
  // References and vocabularies.
  'unknown-actor-in-event': at(
    'unknown-actor-in-event',
    'events/events.yaml:10: events › microsoft-discloses › field "actors[0]": no actor has this id (got "micro-soft")',
  ),
  'unknown-source-in-event': at(
    'unknown-source-in-event',
    'events/events.yaml:10: events › microsoft-discloses › field "sources[0]": no source has this id (got "ms-otd-2023-07-12")',
  ),
  'unknown-actor-in-relation': at(
    'unknown-actor-in-relation',
    'relations/relations.yaml:1: relations › us-state-department:reported-to:microsfot › field "to": no actor has this id (got "microsfot")',
  ),
  'unknown-source-in-relation': at(
    'unknown-source-in-relation',
    'relations/relations.yaml:1: relations › us-state-department:reported-to:microsoft › field "sources[0]": no source has this id (got "state-briefing-2023-07-13")',
  ),
  'unknown-source-in-actor': at(
    'unknown-source-in-actor',
    'actors/actors.yaml:1: actors › microsoft › field "sources[0]": no source has this id (got "ms-blog")',
  ),
  'unknown-affiliation': at(
    'unknown-affiliation',
    'actors/actors.yaml:1: actors › microsoft › field "affiliation": no actor has this id (got "us-government")',
  ),
  'unknown-category': at(
    'unknown-category',
    'events/events.yaml:10: events › microsoft-discloses › field "category": unknown category; expected one of intrusion, detection, disclosure, diplomacy, response, investigation, context (got "leak")',
  ),
  'unknown-confidence': at(
    'unknown-confidence',
    'events/events.yaml:10: events › microsoft-discloses › field "confidence": unknown confidence; expected one of confirmed, reported, alleged, disputed (got "probable")',
  ),
  'unknown-actor-kind': at(
    'unknown-actor-kind',
    'actors/actors.yaml:1: actors › microsoft › field "kind": unknown actor kind; expected one of person, government-body, company, threat-actor, state, media (got "corporation")',
  ),
  'unknown-relation-type': at(
    'unknown-relation-type',
    `relations/relations.yaml:1: relations › us-state-department:tipped-off:microsoft › field "type": unknown relation type; expected one of ${RELATION_TYPES.join(', ')} (got "tipped-off")`,
  ),
  'unknown-source-kind': at(
    'unknown-source-kind',
    'sources/sources.yaml:1: sources › ms-otd-2023-07-11 › field "kind": unknown source kind; expected one of primary-government, primary-company, news, analysis (got "blog")',
  ),
  'unknown-cite': at(
    'unknown-cite',
    'stories/hack.mdx:12: stories › <Cite ids> › no source has this id (got "nyt-2023-07-12")',
  ),
  // Dates, sources and ids.
  'bad-date-format': at(
    'bad-date-format',
    'events/events.yaml:10: events › microsoft-discloses › field "date": is not a calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY (got "11/07/2023")',
  ),
  'impossible-date': at(
    'impossible-date',
    'events/events.yaml:10: events › microsoft-discloses › field "date": is not a calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY (got "2023-06-31")',
  ),
  'precision-mismatch': at(
    'precision-mismatch',
    'events/events.yaml:10: events › microsoft-discloses › field "precision": does not match the date "2023-07", which has month precision (got "day")',
  ),
  'end-before-start': at(
    'end-before-start',
    'events/events.yaml:1: events › state-reports-to-microsoft › field "end": is before the start date "2023-06-16" (got "2023-06-01")',
  ),
  'event-without-source': at(
    'event-without-source',
    'events/events.yaml:10: events › microsoft-discloses › field "sources": must cite at least one source (got [])',
  ),
  'relation-without-source': at(
    'relation-without-source',
    'relations/relations.yaml:1: relations › us-state-department:reported-to:microsoft › field "sources": is required (missing)',
  ),
  'http-source-url': at(
    'http-source-url',
    'sources/sources.yaml:7: sources › state-briefing-2023-07-12 › field "url": must be an absolute https:// URL (got "http://www.state.gov/briefings/department-press-briefing-july-12-2023/")',
  ),
  'bad-yaml': at('bad-yaml', "events/events.yaml:11: YAML syntax error: Missing closing 'quote"),
  'duplicate-id-across-files': `${at('duplicate-id-across-files', 'actors/more-actors.yaml:1: actors › field "id": duplicate id (got "microsoft"), already used at')} ${at('duplicate-id-across-files', 'actors/actors.yaml:1')}`,
  // 2. An empty site.
  'empty-events': at(
    'empty-events',
    'events/: events › is empty: the site needs at least one event; add a .yaml file listing them (got no entries)',
  ),
  'no-such-folder': at(
    'no-such-folder',
    ': content folder not found; CONTENT_DIR (content/ when unset) names the folder that holds events/, actors/, sources/ and stories/ (got "tests/fixtures/no-such-folder")',
  ),
  // 3. Chapters lost to routes.
  'chapter-on-built-in-route': at(
    'chapter-on-built-in-route',
    'stories/timeline.mdx: stories › timeline › file name: /timeline/ is the address of one of the site\'s own pages, so this chapter would never be published; rename the file (got "timeline.mdx")',
  ),
  // 4. Chapters in sub-folders (its _drafts/ folder is skipped).
  'chapter-in-subfolder': at(
    'chapter-in-subfolder',
    'stories/part/two.mdx: stories › part/two › is in a sub-folder: chapters sit directly in tests/fixtures/chapter-in-subfolder/stories/; move it there, or into a folder whose name starts with _ to keep it as a draft (got "part/two.mdx")',
  ),
  // 5. Silent drops and silent acceptance.
  'markdown-chapter': at(
    'markdown-chapter',
    'stories/extra.md: stories › extra › is a Markdown file: chapters are MDX; rename it to extra.mdx (got "extra.md")',
  ),
  'uppercase-yaml-extension': at(
    'uppercase-yaml-extension',
    'events/more.YAML: events › is not a YAML file: data files end in .yaml or .yml, in lower case; rename it, or start its name with _ to keep it as a draft (got "more.YAML")',
  ),
  'folder-beside-collections': at(
    'folder-beside-collections',
    'relation: is not a collection folder: content lives in the folders sources, actors, events, relations, quotes, corrections, questions, updates, eras, figures, highlights, stories; move it into one, or start its name with _ to keep it aside (got "relation")',
  ),
  'relation-to-itself': at(
    'relation-to-itself',
    'relations/relations.yaml:1: relations › us-state-department:reported-to:us-state-department › field "to": is the same actor as "from"; a relation links two different actors (got "us-state-department")',
  ),
  'self-affiliation': at(
    'self-affiliation',
    'actors/actors.yaml:1: actors › microsoft › field "affiliation": is the actor itself; an actor cannot belong to itself (got "microsoft")',
  ),
  'affiliation-loop': at(
    'affiliation-loop',
    'actors/actors.yaml:1: actors › microsoft › field "affiliation": makes a loop, microsoft → us-state-department → microsoft; affiliations must lead up to an actor that belongs to no other (got "us-state-department")',
  ),
  'actor-listed-twice': at(
    'actor-listed-twice',
    'events/events.yaml:10: events › microsoft-discloses › field "actors[1]": is listed twice (got "microsoft")',
  ),
  // 6. Dates before 1900.
  'date-before-1900': at(
    'date-before-1900',
    'events/events.yaml:10: events › microsoft-discloses › field "date": is before 1900, the earliest year the site accepts (got "0001-01-01")',
  ),
  // 7. A YAML alias bomb.
  'yaml-alias-bomb': at(
    'yaml-alias-bomb',
    'events/bomb.yaml:1: YAML could not be read: Excessive alias count indicates a resource exhaustion attack',
  ),
  // 10. Size limits.
  'title-too-long': at(
    'title-too-long',
    `events/events.yaml:10: events › microsoft-discloses › field "title": is 5279 characters long; the limit for this field is 160 (got "${'Microsoft goes public '.repeat(6).slice(0, 116)}...)`,
  ),
  // 11. Text the share images cannot draw.
  'title-in-another-script': at(
    'title-in-another-script',
    'actors/actors.yaml:1: actors › microsoft › field "name": has characters the share images cannot draw: "微" (U+5FAE), "软" (U+8F6F), "🔑" (U+1F511); the site is written in English (got "Microsoft 微软 🔑")',
  ),
};

const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs `astro build`, as `npm run build` does, on a content folder; output goes to a pipe. */
function build(contentDir: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'fixture-dist-'));
  outDirs.push(outDir);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Every file under `dir` whose text contains `needle`, by path from `dir`. */
function filesContaining(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => {
    const file = join(dir, path);
    return (
      /\.(html|xml|json|csv|txt|js)$/.test(path) && readFileSync(file, 'utf8').includes(needle)
    );
  });
}

describe('content fixtures, through the integrity pass the build runs first', () => {
  it.each(Object.entries(EXPECTED))('%s stops the build with its message', (name, message) => {
    const { problems } = inspectContent(ROOT, fixture(name));
    expect(problems).toEqual([message]);
    expect(formatProblems(problems)).toBe(
      `Content integrity check failed: 1 problem.\n  ${message}`,
    );
  });

  it('every defective tree in tests/fixtures/ has its case here', () => {
    const built = ['valid', 'hostile-output'];
    expect(readdirSync(join(ROOT, 'tests/fixtures')).sort()).toEqual(
      [...Object.keys(EXPECTED).filter((name) => name !== 'no-such-folder'), ...built].sort(),
    );
  });
});

describe('build configuration (13)', () => {
  it.each([
    [{ BASE_PATH: 'storm-0558' }, { base: '/storm-0558/' }],
    [{ BASE_PATH: '/storm-0558' }, { base: '/storm-0558/' }],
    [{ SITE_URL: 'https://news.example/' }, { site: 'https://news.example' }],
  ])('normalises %j', (env, expected) => {
    expect(deploymentFromEnv(env)).toMatchObject(expected);
  });

  it.each([
    [
      { SITE_URL: 'http://news.example' },
      'SITE_URL must start with https:// (http:// is allowed only for 127.0.0.1 and localhost) (got "http://news.example")',
    ],
    [
      { SITE_URL: 'https://news.example/storm-0558/' },
      'SITE_URL must be an origin without a path; give the sub-path as BASE_PATH=/storm-0558/ (got "https://news.example/storm-0558/")',
    ],
    [
      { BASE_PATH: 'storm 0558' },
      'BASE_PATH must be a path such as /storm-0558/: letters, digits, ".", "_", "~" and "-" between slashes (got "storm 0558")',
    ],
  ])('refuses %j', (env, message) => {
    expect(() => deploymentFromEnv(env)).toThrow(message);
  });
});

describe('full builds', () => {
  it('a build refused for its SITE_URL says which and why', () => {
    const { status, output } = build(fixture('valid'), { SITE_URL: 'http://news.example' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'SITE_URL must start with https:// (http:// is allowed only for 127.0.0.1 and localhost) (got "http://news.example")',
    );
  });

  it('a missing content folder stops the build instead of publishing an empty site', () => {
    const { status, output } = build(fixture('no-such-folder'));
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      `Content integrity check failed: 1 problem.\n  ${EXPECTED['no-such-folder']}`,
    );
  });

  it('a long report reaches a pipe whole, every line of it', () => {
    const tree = mkdtempSync(join(tmpdir(), 'fixture-long-report-'));
    outDirs.push(tree);
    cpSync(fixture('valid'), tree, { recursive: true });
    const bad = Array.from(
      { length: 400 },
      (_, i) =>
        `- id: bad-event-${i}\n  title: Bad ${i}\n  date: '2023-13-01'\n  precision: day\n  category: detection\n  confidence: confirmed\n  actors: [nobody-${i}]\n  sources: [ms-otd-2023-07-11]\n  summary: x\n`,
    );
    writeFileSync(join(tree, 'events/more.yaml'), bad.join(''));
    const { status, output } = build(tree);
    expect(status).not.toBe(0);
    expect(output).toContain('Content integrity check failed: 800 problems.');
    // 800 lines of about 150 characters: twice what a pipe takes before Node must wait for it.
    for (let i = 0; i < 400; i += 1) {
      expect(output).toContain(
        `events › bad-event-${i} › field "actors[0]": no actor has this id (got "nobody-${i}")`,
      );
    }
  });

  /** A copy of the hostile tree in a fixed place, so that its cache folder is reused run after run. */
  const first = join(tmpdir(), 'storm-0558-fixtures', 'hostile-output');

  it('a hostile but valid tree builds to safe output', async () => {
    rmSync(first, { recursive: true, force: true });
    cpSync(fixture('hostile-output'), first, { recursive: true });
    const { status, output, outDir } = build(first);
    expect(status, output).toBe(0);
    expect(output).toContain('content OK: 2 sources, 2 actors, 4 events, 1 relations');

    // 8. A spreadsheet opens the title as text; the JSON keeps it exact.
    const title = '=HYPERLINK("https://evil.example/","Click for the full story")';
    const csv = readFileSync(join(outDir, 'data/events.csv'), 'utf8');
    expect(csv).toContain('"\'=HYPERLINK(""https://evil.example/"",""Click for the full story"")"');
    const rows = parse<Record<string, string>>(csv, { columns: true });
    const row = rows.find((r) => r.id === 'formula-title');
    expect(row?.title).toBe(`'${title}`);
    expect(row?.summary?.startsWith("'-1+1 starts like a formula")).toBe(true);
    const json = JSON.parse(readFileSync(join(outDir, 'data/events.json'), 'utf8')) as {
      id: string;
      title: string;
    }[];
    expect(json.find((e) => e.id === 'formula-title')?.title).toBe(title);

    // 9. Feed readers read a description as HTML: the update's markup arrives as text.
    const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
    expect(feed).toContain(
      '<description>&lt;p&gt;An update that mentions &amp;lt;img src=x onerror=alert(1)&amp;gt; &amp;amp; &amp;quot;quotes&amp;quot; as plain text.&lt;/p&gt;</description>',
    );
    expect(feed).not.toMatch(/<img|&lt;img/);

    // 4. Drafts, in a _ folder or a _ file, are never published.
    expect(filesContaining(outDir, 'DRAFT-ONLY')).toEqual([]);
    expect(existsSync(join(outDir, 'draft'))).toBe(false);

    // 10. A headline of one unbroken run of characters still gets its share image, and pages
    // that show it wrap it on a phone instead of scrolling sideways. The styles are inlined in
    // each page, so the files open as they are, without a server.
    expect(
      readFileSync(join(outDir, 'og/events/unbroken-title.png')).subarray(1, 4).toString(),
    ).toBe('PNG');
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      for (const path of [
        'events/unbroken-title',
        'events/formula-title',
        'events/microsoft-discloses',
      ]) {
        await page.goto(pathToFileURL(join(outDir, path, 'index.html')).href);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(390);
      }
    } finally {
      await browser.close();
    }
  });

  it('the valid tree builds clean, after another tree, and none of that tree reaches it (1)', () => {
    // The leak this guards against: Astro kept a chapter it had loaded from the first tree, by id
    // and digest, and published that tree's file, edited since, in the second tree's site.
    const chapter = join(first, 'stories/hack.mdx');
    expect(readFileSync(chapter, 'utf8')).toBe(
      readFileSync(fixture('valid/stories/hack.mdx'), 'utf8'),
    );
    writeFileSync(
      chapter,
      readFileSync(chapter, 'utf8').replace('A fixture chapter.\n', 'FIRST-TREE-ONLY paragraph.\n'),
    );
    const { status, output, outDir } = build(fixture('valid'));
    expect(status, output).toBe(0);
    expect(output).toContain('content OK: 2 sources, 2 actors, 2 events, 1 relations');
    expect(output).not.toMatch(/Invalid content reference|\[ERROR\]/);
    for (const text of ['FIRST-TREE-ONLY', 'HYPERLINK', 'Supercalifragilistic', 'Ñúñez']) {
      expect(filesContaining(outDir, text), text).toEqual([]);
    }
    expect(readFileSync(join(outDir, 'hack/index.html'), 'utf8')).toContain('A fixture chapter.');

    // 12. A page that does not exist gets the strict defaults; only the embeds may be framed.
    const rules = parseHeaderRules(readFileSync(join(outDir, '_headers'), 'utf8'));
    for (const path of ['/no-such-page/', '/events/no-such-event/', '/index.html', '/']) {
      const headers = headersFor(rules, path);
      expect(headers['content-security-policy'], path).toMatch(/; frame-ancestors 'self'$/);
      expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
    const embed = headersFor(rules, '/embed/timeline/');
    expect(embed['content-security-policy']).toMatch(/^[^,]*; frame-ancestors \*$/);
    expect(embed['x-frame-options']).toBeUndefined();

    // 16. The search index holds only what the search page loads.
    const search = readdirSync(join(outDir, 'pagefind'));
    expect(search).toContain('pagefind.js');
    expect(search.filter((name) => /-ui\.|highlight|wasm\.unknown/.test(name))).toEqual([]);
  });
});
