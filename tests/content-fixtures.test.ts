/**
 * Builds the real site against small content trees in tests/fixtures/, each with one defect,
 * and checks that the build fails with the message for that defect: file, field and value.
 * `valid` is the same tree without a defect; it must build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXPECTED: Record<string, string> = {
  'unknown-actor-in-event':
    'tests/fixtures/unknown-actor-in-event/events/events.yaml:10: events › microsoft-discloses › field "actors[0]": no actor has this id (got "micro-soft")',
  'unknown-source-in-event':
    'events/events.yaml:10: events › microsoft-discloses › field "sources[0]": no source has this id (got "ms-otd-2023-07-12")',
  'unknown-actor-in-relation':
    'relations/relations.yaml:1: relations › us-state-department:reported-to:microsfot › field "to": no actor has this id (got "microsfot")',
  'unknown-source-in-relation':
    'field "sources[0]": no source has this id (got "state-briefing-2023-07-13")',
  'unknown-source-in-actor':
    'actors/actors.yaml:1: actors › microsoft › field "sources[0]": no source has this id (got "ms-blog")',
  'unknown-affiliation':
    'actors/actors.yaml:1: actors › microsoft › field "affiliation": no actor has this id (got "us-government")',
  'bad-date-format':
    'field "date": is not a calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY (got "11/07/2023")',
  'impossible-date':
    'field "date": is not a calendar date; expected YYYY-MM-DD, YYYY-MM or YYYY (got "2023-06-31")',
  'precision-mismatch':
    'field "precision": does not match the date "2023-07", which has month precision (got "day")',
  'end-before-start':
    'events › state-reports-to-microsoft › field "end": is before the start date "2023-06-16" (got "2023-06-01")',
  'event-without-source':
    'events › microsoft-discloses › field "sources": must cite at least one source (got [])',
  'relation-without-source':
    'relations › us-state-department:reported-to:microsoft › field "sources": is required (missing)',
  'http-source-url':
    'sources › state-briefing-2023-07-12 › field "url": must be an absolute https:// URL (got "http://www.state.gov/briefings/department-press-briefing-july-12-2023/")',
  'unknown-category':
    'field "category": unknown category; expected one of intrusion, detection, disclosure, diplomacy, response, investigation, context (got "leak")',
  'unknown-confidence':
    'field "confidence": unknown confidence; expected one of confirmed, reported, alleged, disputed (got "probable")',
  'unknown-actor-kind':
    'actors › microsoft › field "kind": unknown actor kind; expected one of person, government-body, company, threat-actor, state, media (got "corporation")',
  'unknown-relation-type': 'field "type": unknown relation type; expected one of accused,',
  'unknown-source-kind':
    'field "kind": unknown source kind; expected one of primary-government, primary-company, news, analysis (got "blog")',
  'unknown-cite':
    'stories/hack.mdx:12: stories › <Cite ids> › no source has this id (got "nyt-2023-07-12")',
  'bad-yaml': "events/events.yaml:11: YAML syntax error: Missing closing 'quote",
  'duplicate-id-across-files':
    'actors/more-actors.yaml:1: actors › field "id": duplicate id (got "microsoft"), already used at tests/fixtures/duplicate-id-across-files/actors/actors.yaml:1',
};

function build(fixture: string) {
  const result = spawnSync(
    'npx',
    ['astro', 'build', '--outDir', mkdtempSync(join(tmpdir(), 'fixture-dist-'))],
    {
      env: {
        ...process.env,
        CONTENT_DIR: join('tests/fixtures', fixture),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('content fixtures', () => {
  it.each(Object.entries(EXPECTED))('%s fails the build with its message', (fixture, message) => {
    const { status, output } = build(fixture);
    expect(status, output).not.toBe(0);
    expect(output).toContain('Content integrity check failed: 1 problem.');
    expect(output).toContain(message);
  });

  it('the valid tree builds clean', () => {
    const { status, output } = build('valid');
    expect(status, output).toBe(0);
    expect(output).toContain('content OK: 2 sources, 2 actors, 2 events, 1 relations');
    expect(output).not.toMatch(/Invalid content reference|\[ERROR\]/);
  });
});
