/**
 * Reads the editorial content tree from disk: every data collection is a folder of YAML files,
 * each file a list of entries. Reading never throws on bad content; it returns problems, each
 * naming the file, the entry, the field and the value.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { DATA_COLLECTION_NAMES, DATA_COLLECTIONS, type DataCollectionName } from '../schemas';
import { ID_PATTERN } from '../schemas/fields';

/** One entry as written in a file, before validation. */
export interface RawEntry {
  readonly collection: DataCollectionName;
  readonly id: string;
  /** Path from the project root, with forward slashes: `content/events/2023.yaml`. */
  readonly file: string;
  /** 1-based line where the entry starts. */
  readonly line: number;
  /** The entry's fields, without `id`. */
  readonly data: Record<string, unknown>;
}

/** An MDX chapter's path and raw text, for checks on what authors cite. */
export interface StoryFile {
  readonly file: string;
  readonly text: string;
}

export interface ContentTree {
  readonly entries: Record<DataCollectionName, RawEntry[]>;
  readonly stories: StoryFile[];
  /** Problems found while reading: unreadable YAML, missing or duplicate ids. */
  readonly problems: string[];
}

const toPosix = (path: string) => path.split(sep).join('/');

function listFiles(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listFiles(path, pattern);
      return pattern.test(name) ? [path] : [];
    })
    .sort();
}

/** Where a value came from, for messages: `content/events/2023.yaml:12`. */
export const locate = (entry: Pick<RawEntry, 'file' | 'line'>) => `${entry.file}:${entry.line}`;

/**
 * Reads one collection folder. `root` is the project root (for relative paths in messages),
 * `dir` the collection's folder.
 */
export function readCollection(
  root: string,
  dir: string,
  collection: DataCollectionName,
): { entries: RawEntry[]; problems: string[] } {
  const spec = DATA_COLLECTIONS[collection];
  const entries: RawEntry[] = [];
  const problems: string[] = [];
  const seen = new Map<string, RawEntry>();

  for (const path of listFiles(dir, /\.ya?ml$/)) {
    const file = toPosix(relative(root, path));
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const { line } = lineCounter.linePos(error.pos[0]);
        problems.push(`${file}:${line}: YAML syntax error: ${error.message.split('\n')[0]}`);
      }
      continue;
    }
    if (doc.contents === null) continue;
    if (!isSeq(doc.contents)) {
      problems.push(`${file}:1: expected a list of ${spec.noun} entries (each starting with "- ")`);
      continue;
    }
    for (const item of doc.contents.items) {
      const line = isMap(item) ? lineCounter.linePos(item.range[0]).line : 1;
      const value: unknown = isMap(item) ? item.toJS(doc) : undefined;
      if (value === undefined || value === null || typeof value !== 'object') {
        problems.push(`${file}:${line}: each ${spec.noun} must be a set of fields`);
        continue;
      }
      const { id: rawId, ...data } = value as Record<string, unknown>;
      const derive = 'deriveId' in spec ? spec.deriveId : undefined;
      if (derive && rawId !== undefined) {
        problems.push(
          `${file}:${line}: ${collection} › field "id": ${spec.noun} ids are made from from:type:to, remove this field (got ${JSON.stringify(rawId)})`,
        );
        continue;
      }
      // A relation lacking from, type or to still goes on to the schema check, which names the field.
      const id = derive ? (derive(data) ?? `(entry at line ${line})`) : rawId;
      if (id === undefined) {
        problems.push(`${file}:${line}: ${collection} › field "id": is required (missing)`);
        continue;
      }
      if (typeof id !== 'string' || (!derive && !ID_PATTERN.test(id))) {
        problems.push(
          `${file}:${line}: ${collection} › field "id": must be lower-case words joined by hyphens (got ${JSON.stringify(id)})`,
        );
        continue;
      }
      const earlier = seen.get(id);
      if (earlier) {
        problems.push(
          `${file}:${line}: ${collection} › field "id": duplicate id (got "${id}"), already used at ${locate(earlier)}`,
        );
        continue;
      }
      const entry: RawEntry = { collection, id, file, line, data };
      seen.set(id, entry);
      entries.push(entry);
    }
  }
  return { entries, problems };
}

/** Reads every data collection and every MDX chapter under `contentDir`. */
export function readContentTree(root: string, contentDir: string): ContentTree {
  const problems: string[] = [];
  const entries = {} as Record<DataCollectionName, RawEntry[]>;
  for (const collection of DATA_COLLECTION_NAMES) {
    const result = readCollection(root, join(contentDir, collection), collection);
    entries[collection] = result.entries;
    problems.push(...result.problems);
  }
  const stories = listFiles(join(contentDir, 'stories'), /\.mdx?$/).map((path) => ({
    file: toPosix(relative(root, path)),
    text: readFileSync(path, 'utf8'),
  }));
  return { entries, stories, problems };
}
