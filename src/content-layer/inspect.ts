/**
 * The integrity pass as the build runs it: reads the content tree, and checks it against the
 * schemas, the references between entries, the addresses the site's own pages take, and the
 * share images' font. The build and the fixture tests call this same function.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { undrawableCharacters } from './card-font';
import { checkContent } from './integrity';
import { readContentTree, type ContentTree } from './read';

/** Page file extensions: `graph.astro` and `feed.xml.ts` answer at `/graph/` and `/feed.xml`. */
const PAGE_EXTENSION = /\.(?:astro|mdx?|html|[cm]?[jt]s)$/;

/**
 * The first path segments the build writes itself: routes in src/pages/ (not the dynamic ones
 * in brackets, nor helpers starting with _), files in public/, and the search index.
 */
export function builtInPaths(root: string): Set<string> {
  const list = (dir: string) => {
    try {
      return readdirSync(join(root, dir));
    } catch {
      return [];
    }
  };
  const paths = new Set(['pagefind', '_astro']);
  for (const name of list('src/pages')) {
    if (!name.startsWith('[') && !name.startsWith('_')) paths.add(name.replace(PAGE_EXTENSION, ''));
  }
  for (const name of list('public')) paths.add(name);
  return paths;
}

/** Reads the content folder `dir` and returns it with every problem found; `root` is the project. */
export function inspectContent(
  root: string,
  dir: string,
): { tree: ContentTree; problems: string[] } {
  const tree = readContentTree(root, dir);
  const problems = checkContent(tree, {
    reserved: builtInPaths(root),
    undrawable: undrawableCharacters,
  });
  return { tree, problems };
}
