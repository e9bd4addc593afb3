/**
 * Synthetic content trees for benchmarks: N events spread over 2014–2024, most of them in 2023
 * as in the real story, with actors, sources and relations, written as content/ YAML so that
 * the real build reads them. Seeded: the same N gives the same tree.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTOR_KINDS, CATEGORIES } from '../src/lib/vocabulary.ts';

// Confidence weighted as in the real story: mostly confirmed.
const CONFIDENCE = [
  'confirmed',
  'confirmed',
  'confirmed',
  'reported',
  'reported',
  'alleged',
  'disputed',
];
// The relation types a synthetic actor can hold with any other.
const RELATIONS = [
  'accused',
  'attributed-to',
  'briefed',
  'met-with',
  'notified',
  'investigated',
  'works-for',
  'denied',
];

export function seeded(seed) {
  let s = seed % 2147483647 || 1;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (text) => Date.parse(`${text}T00:00:00Z`) / 86_400_000;

/** Writes a content tree with `events` events and `actors` actors into `dir`. */
export function writeSyntheticContent(
  dir,
  { events, actors = Math.max(20, Math.round(events / 25)), seed = 7 },
) {
  const random = seeded(seed + events);
  const pick = (array) => array[Math.floor(random() * array.length)];
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['sources', 'actors', 'events', 'relations', 'eras', 'stories'])
    mkdirSync(join(dir, folder), { recursive: true });

  const sourceCount = Math.max(10, Math.round(events / 10));
  const sources = Array.from({ length: sourceCount }, (_, i) => `s${i}`);
  writeFileSync(
    join(dir, 'sources', 'sources.yaml'),
    sources
      .map(
        (id, i) =>
          `- id: ${id}\n  publisher: Publisher ${i % 40}\n  title: Synthetic source number ${i}\n  url: https://example.org/source/${i}\n  published: '2023-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}'\n  kind: ${pick(['news', 'primary-government', 'primary-company', 'analysis'])}\n`,
      )
      .join('\n'),
  );

  const actorIds = Array.from({ length: actors }, (_, i) => `actor-${i}`);
  writeFileSync(
    join(dir, 'actors', 'actors.yaml'),
    actorIds
      .map(
        (id, i) =>
          `- id: ${id}\n  name: Actor ${i}\n  kind: ${ACTOR_KINDS[i % ACTOR_KINDS.length]}\n  role: A synthetic actor for benchmarks.\n  country: US\n  sources: [${pick(sources)}]\n`,
      )
      .join('\n'),
  );

  const start = dayOf('2014-01-01');
  const span = dayOf('2024-12-31') - start;
  const dense = dayOf('2023-05-01');
  const lines = [];
  for (let i = 0; i < events; i++) {
    // Seven in ten events fall in May–September 2023, the rest anywhere in the decade.
    const first =
      random() < 0.7 ? dense + Math.floor(random() * 153) : start + Math.floor(random() * span);
    const vague = random();
    const ranged = random() < 0.12;
    const date = vague < 0.05 ? iso(first).slice(0, 7) : iso(first);
    const precision = vague < 0.05 ? 'month' : 'day';
    const end =
      ranged && precision === 'day'
        ? `\n  end: '${iso(first + 1 + Math.floor(random() * 30))}'`
        : '';
    const involved = [...new Set([pick(actorIds), pick(actorIds)])];
    lines.push(
      `- id: e${i}\n  title: Synthetic event ${i}, about ${pick(['talks', 'a disclosure', 'an alert', 'a hearing', 'a report', 'a denial'])}\n  date: '${date}'\n  precision: ${precision}${end}\n  category: ${pick(CATEGORIES)}\n  confidence: ${pick(CONFIDENCE)}\n  actors: [${involved.join(', ')}]\n  sources: [${pick(sources)}]\n  summary: A synthetic summary of event ${i}, long enough to be like a real one, with two clauses and some detail for the search to read.\n`,
    );
  }
  writeFileSync(join(dir, 'events', 'events.yaml'), lines.join('\n'));

  const relations = new Set();
  const relationLines = [];
  for (let i = 0; i < actors * 4; i++) {
    const from = pick(actorIds);
    const to = pick(actorIds);
    const type = pick(RELATIONS);
    const key = `${from}:${type}:${to}`;
    if (from === to || relations.has(key)) continue;
    relations.add(key);
    relationLines.push(
      `- from: ${from}\n  type: ${type}\n  to: ${to}\n  confidence: ${pick(CONFIDENCE)}\n  sources: [${pick(sources)}]\n`,
    );
  }
  writeFileSync(join(dir, 'relations', 'relations.yaml'), relationLines.join('\n'));
  writeFileSync(
    join(dir, 'eras', 'eras.yaml'),
    `- id: intrusion\n  title: Intrusion\n  start: '2023-05-15'\n  end: '2023-06-16'\n  sources: [${sources[0]}]\n`,
  );
  // A site needs at least one chapter (the build refuses an empty stories/ folder).
  writeFileSync(
    join(dir, 'stories', 'overview.mdx'),
    `---\ntitle: A synthetic chapter\nlabel: Overview\ndescription: A chapter for benchmarks.\norder: 1\npublished: '2026-11-28'\nupdated: '2026-11-28'\n---\n\nA synthetic chapter.\n`,
  );
  return { events, actors, sources: sourceCount, relations: relationLines.length };
}
