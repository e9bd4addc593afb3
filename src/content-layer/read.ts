/**
 * Reads the editorial content tree from disk: every data collection is a folder of YAML files,
 * each file a list of entries. Reading never throws on bad content; it returns problems, each
 * naming the file, the entry, the field and the value.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { DATA_COLLECTION_NAMES, DATA_COLLECTIONS, type DataCollectionName } from '../schemas';
import { ID_PATTERN, MAX_ID_LENGTH } from '../schemas/fields';
import { firstLine, fromRoot, listFiles, toPosix } from './files';
import { readStories, type StoryFile } from './read-stories';

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

export type { StoryFile } from './read-stories';

export interface ContentTree {
  /** The content folder, from the project root: `content`. */
  readonly dir: string;
  readonly entries: Record<DataCollectionName, RawEntry[]>;
  readonly stories: StoryFile[];
  /** Problems found while reading: unreadable YAML, missing or duplicate ids. */
  readonly problems: string[];
}

/** Data files are YAML, with a lower-case extension the loader recognises on every system. */
const YAML_FILE = /\.ya?ml$/;

/**
 * The entries of one YAML document, each as plain data with its line. Problems name the file
 * and line: syntax errors, a document that is not a list, and values that cannot be converted
 * (such as an alias repeated until it would exhaust memory).
 */
function readYamlList(
  file: string,
  source: string,
  noun: string,
): { items: { line: number; value: unknown }[]; problems: string[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      items: [],
      problems: doc.errors.map((error) => {
        const { line } = lineCounter.linePos(error.pos[0]);
        return `${file}:${line}: YAML syntax error: ${error.message.split('\n')[0]}`;
      }),
    };
  }
  if (doc.contents === null) return { items: [], problems: [] };
  if (!isSeq(doc.contents)) {
    return {
      items: [],
      problems: [`${file}:1: expected a list of ${noun} entries (each starting with "- ")`],
    };
  }
  const items: { line: number; value: unknown }[] = [];
  const problems: string[] = [];
  for (const item of doc.contents.items) {
    const line = isMap(item) ? lineCounter.linePos(item.range[0]).line : 1;
    try {
      items.push({ line, value: isMap(item) ? item.toJS(doc) : undefined });
    } catch (error) {
      problems.push(`${file}:${line}: YAML could not be read: ${firstLine(error)}`);
    }
  }
  return { items, problems };
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

  for (const path of listFiles(dir)) {
    const file = toPosix(relative(root, path));
    if (!YAML_FILE.test(path)) {
      problems.push(
        `${file}: ${collection} › is not a YAML file: data files end in .yaml or .yml, in lower case; rename it, or start its name with _ to keep it as a draft (got ${JSON.stringify(basename(path))})`,
      );
      continue;
    }
    const read = readYamlList(file, readFileSync(path, 'utf8'), spec.noun);
    problems.push(...read.problems);
    for (const { line, value } of read.items) {
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
      if (
        typeof id !== 'string' ||
        (!derive && (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH))
      ) {
        problems.push(
          `${file}:${line}: ${collection} › field "id": must be lower-case words joined by hyphens, at most ${MAX_ID_LENGTH} characters (got ${JSON.stringify(id)})`,
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

/** The folders a content tree may hold: the data collections and the chapters. */
export const CONTENT_FOLDERS: readonly string[] = [...DATA_COLLECTION_NAMES, 'stories'];

/**
 * Reads every data collection and every MDX chapter under `contentDir`. A missing folder, and
 * anything at its top level that is not a collection folder, are problems: content the build
 * would silently leave out.
 */
export function readContentTree(root: string, contentDir: string): ContentTree {
  const entries = Object.fromEntries(
    DATA_COLLECTION_NAMES.map((name) => [name, [] as RawEntry[]]),
  ) as Record<DataCollectionName, RawEntry[]>;
  const where = fromRoot(root, contentDir);
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return {
      dir: where,
      entries,
      stories: [],
      problems: [
        `${where}/: content folder not found; CONTENT_DIR (content/ when unset) names the folder that holds events/, actors/, sources/ and stories/ (got ${JSON.stringify(where)})`,
      ],
    };
  }
  const problems: string[] = [];
  for (const name of readdirSync(contentDir).sort()) {
    if (name.startsWith('_') || name.startsWith('.') || CONTENT_FOLDERS.includes(name)) continue;
    const kind = statSync(join(contentDir, name)).isDirectory() ? 'folder' : 'file';
    problems.push(
      `${where}/${name}: is not a collection ${kind}: content lives in the folders ${CONTENT_FOLDERS.join(', ')}; move it into one, or start its name with _ to keep it aside (got ${JSON.stringify(name)})`,
    );
  }
  for (const collection of DATA_COLLECTION_NAMES) {
    const result = readCollection(root, join(contentDir, collection), collection);
    entries[collection] = result.entries;
    problems.push(...result.problems);
  }
  const stories = readStories(root, join(contentDir, 'stories'));
  problems.push(...stories.problems);
  return { dir: where, entries, stories: stories.stories, problems };
}
