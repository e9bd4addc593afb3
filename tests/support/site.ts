/**
 * The built site as files: which pages exist, so sweeps cover every page without a list kept
 * by hand. Run after `astro build`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every page of the build as a path relative to the base: '', 'hack/', 'events/x/'. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('No dist/: build the site before the browser tests.');
  return walk(DIST)
    .filter((path) => path.endsWith(`${sep}index.html`) || path === join(DIST, 'index.html'))
    .map((path) => relative(DIST, path).split(sep).slice(0, -1).join('/'))
    .map((path) => (path === '' ? '' : `${path}/`))
    .sort();
}

/** The text of every built HTML file, for checks over the whole site. */
export function builtHtml(): { path: string; html: string }[] {
  return walk(DIST)
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ path: relative(DIST, path), html: readFileSync(path, 'utf8') }));
}
