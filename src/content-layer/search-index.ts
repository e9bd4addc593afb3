/**
 * Builds the Pagefind search index into `pagefind/` once the pages are written, keeping only the
 * files the site's search page loads: Pagefind's own search interfaces (about 430 KB of scripts
 * and styles the site never uses, since it draws its own results) stay out of the deploy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** What `pagefind.js` loads: itself, its worker, the entry, and per language its index files. */
const ALWAYS = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']);
const INDEX_FILE = /^(?:fragment|index|filter)\/[^/]+$|^pagefind\.[^/]+\.pf_meta$/;

interface Entry {
  languages: Record<string, { wasm?: string | null }>;
}

/**
 * The paths of an index bundle that the search page loads, and those it never does. Throws if
 * the bundle has no entry file, which `pagefind.js` needs to find everything else.
 */
export function partitionSearchFiles(
  paths: readonly string[],
  entryJson: string | undefined,
): { keep: string[]; drop: string[] } {
  if (entryJson === undefined) throw new Error('Pagefind wrote no pagefind-entry.json');
  const entry = JSON.parse(entryJson) as Entry;
  // A language indexed without its own stemming loads the language-neutral "unknown" module.
  const wasm = new Set(
    Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`),
  );
  const keep: string[] = [];
  const drop: string[] = [];
  for (const path of paths) {
    (ALWAYS.has(path) || wasm.has(path) || INDEX_FILE.test(path) ? keep : drop).push(path);
  }
  return { keep, drop };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const { files } = await index.getFiles();
          const byPath = new Map(files.map((file) => [file.path, file.content]));
          const entry = byPath.get('pagefind-entry.json');
          const { keep, drop } = partitionSearchFiles(
            [...byPath.keys()],
            entry && Buffer.from(entry).toString('utf8'),
          );
          for (const path of keep) {
            const target = join(site, 'pagefind', path);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, byPath.get(path) ?? new Uint8Array());
          }
          logger.info(
            `read ${added.page_count} pages into the search index, pagefind/; left out what no page loads: ${drop.join(', ')}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
