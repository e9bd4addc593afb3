/** Walking the content folders, and paths and errors as messages show them. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Every file under `dir`, sorted, skipping names that start with `_` (drafts, files and folders
 * alike) or `.` (hidden). A missing folder has no files.
 */
export function listFiles(dir: string): string[] {
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
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    })
    .sort();
}

/** Path from the project root, with forward slashes, for messages. */
export const fromRoot = (root: string, path: string) => toPosix(relative(root, path)) || '.';

/** The first line of an error's message, without the library's stack. */
export const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** A value as a message quotes it: JSON, cut to 120 characters. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 120 ? `${json.slice(0, 117)}...` : json;
}
