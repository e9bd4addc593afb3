/**
 * The integrity pass: validates every entry of the content tree against its schema and checks
 * that every reference points at an entry that exists. Astro only logs a broken `reference()`;
 * this pass turns each one into a problem that stops the build.
 *
 * Each problem is one line: `<file>:<line>: <collection> › <id> › <field>: <what is wrong> (got <value>)`.
 */
import { z } from 'astro/zod';
import {
  DATA_COLLECTION_NAMES,
  DATA_COLLECTIONS,
  type DataCollectionName,
  type RefFactory,
  type RefTarget,
} from '../schemas';
import { storySchema } from '../schemas/story';
import type { ContentTree, RawEntry, StoryFile } from './read';
import { formatValue } from './files';
import { locate } from './read';
import {
  checkAffiliations,
  checkActorAddresses,
  checkChapterAddresses,
  checkDrawable,
  checkRequired,
  type UndrawableCharacters,
} from './rules';

const NOUNS: Record<RefTarget, string> = { actors: 'actor', sources: 'source', events: 'event' };

/** A reference that exists only if its target id is among `known`. */
export function checkedRef(known: Record<RefTarget, ReadonlySet<string>>): RefFactory {
  return <C extends RefTarget>(collection: C) =>
    z
      .string({ error: `must be a ${NOUNS[collection]} id` })
      .refine((id) => known[collection].has(id), {
        error: `no ${NOUNS[collection]} has this id`,
      })
      .transform((id) => ({ collection, id }));
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One line per issue, naming the field and the value. */
export function formatIssue(issue: z.core.$ZodIssue): string[] {
  const field = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) =>
        `field "${[field, key].filter(Boolean).join('.')}": is not a field of this collection (got ${formatValue(key)})`,
    );
  }
  const input = 'input' in issue ? issue.input : undefined;
  const where = `field "${field}"`;
  if (issue.code === 'invalid_type' && input === undefined)
    return [`${where}: is required (missing)`];
  return [`${where}: ${issue.message} (got ${formatValue(input)})`];
}

/** Validates one entry; returns its problems. */
export function checkEntry(entry: RawEntry, ref: RefFactory): string[] {
  const schema = DATA_COLLECTIONS[entry.collection].schema(ref);
  return validate(schema, entry.data, `${locate(entry)}: ${entry.collection} › ${entry.id}`);
}

/** Validates a chapter's front matter; returns its problems. */
export function checkStory(story: StoryFile): string[] {
  if (!story.data) return [];
  return validate(storySchema(), story.data, `${story.file}:1: stories › ${story.id}`);
}

function validate(schema: z.ZodType, data: unknown, where: string): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    formatIssue(issue).map((line) => `${where} › ${line}`),
  );
}

const STORY_REF_PATTERN = /<(Cite|Quote)\b[^>]*?\b(?:ids|id)=(["'])(.*?)\2/g;

/** A source cited (`<Cite ids="a b" />`) or a quote used (`<Quote id="q" />`) in a chapter. */
export interface StoryReference {
  kind: 'cite' | 'quote';
  id: string;
  /** 1-based line in the MDX file. */
  line: number;
}

/** The citations and quotes of an MDX chapter, in reading order. */
export function storyReferences(text: string): StoryReference[] {
  const found: StoryReference[] = [];
  for (const match of text.matchAll(STORY_REF_PATTERN)) {
    const line = text.slice(0, match.index).split('\n').length;
    const kind = match[1] === 'Quote' ? 'quote' : 'cite';
    for (const id of (match[3] ?? '').split(/[\s,]+/).filter(Boolean))
      found.push({ kind, id, line });
  }
  return found;
}

/** What the integrity pass needs to know beyond the content itself. */
export interface IntegrityOptions {
  /**
   * First path segments the site's own pages use (`timeline`, `data`): a chapter cannot take
   * one of them as its address.
   */
  readonly reserved?: ReadonlySet<string>;
  /** The characters of a text the share images cannot draw; unchecked when absent. */
  readonly undrawable?: UndrawableCharacters;
}

/**
 * Every problem in the tree: reading problems first, then schema and reference problems, then
 * the rules that look across entries.
 */
export function checkContent(tree: ContentTree, options: IntegrityOptions = {}): string[] {
  const ids = (collection: DataCollectionName) =>
    new Set(tree.entries[collection].map((entry) => entry.id));
  const known = { actors: ids('actors'), sources: ids('sources'), events: ids('events') };
  const ref = checkedRef(known);
  const problems = [...tree.problems];
  for (const collection of DATA_COLLECTION_NAMES) {
    for (const entry of tree.entries[collection]) problems.push(...checkEntry(entry, ref));
  }
  problems.push(...checkAffiliations(tree.entries.actors));
  problems.push(...checkActorAddresses(tree.entries.actors));
  const quotes = ids('quotes');
  for (const story of tree.stories) {
    problems.push(...checkStory(story));
    story.text.split('\n').forEach((text, i) => {
      // MDX reads a tag at the start of a line as a block, which would split the paragraph.
      if (/^\s*<Cite\b/.test(text)) {
        problems.push(
          `${story.file}:${i + 1}: stories › <Cite> › must follow the text it supports on the same line (got ${formatValue(text.trim().slice(0, 60))})`,
        );
      }
    });
    for (const { kind, id, line } of storyReferences(story.text)) {
      const [exists, where, noun] =
        kind === 'cite'
          ? [known.sources.has(id), '<Cite ids>', 'source']
          : [quotes.has(id), '<Quote id>', 'quote'];
      if (!exists) {
        problems.push(
          `${story.file}:${line}: stories › ${where} › no ${noun} has this id (got ${formatValue(id)})`,
        );
      }
    }
  }
  if (options.reserved) problems.push(...checkChapterAddresses(tree, options.reserved));
  if (options.undrawable) problems.push(...checkDrawable(tree, options.undrawable));
  problems.push(...checkRequired(tree));
  return problems;
}

/** The message that stops the build. */
export function formatProblems(problems: readonly string[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content integrity check failed: ${count}.\n${problems.map((p) => `  ${p}`).join('\n')}`;
}
