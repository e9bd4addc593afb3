import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * The folder that holds the editorial content: `content/` unless `CONTENT_DIR` names another
 * (the fixture tests build small trees with one defect each).
 */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

/**
 * Astro's cache folder for the content folder being built. Astro keeps the content it loaded
 * (and chapters it rendered) between builds, by entry id and file digest; shared between two
 * content folders, a chapter of one could be published in the other. One cache per folder.
 */
export function contentCacheDir(root: string): string {
  const key = createHash('sha256').update(contentDir()).digest('hex').slice(0, 16);
  return join(root, 'node_modules/.astro', `content-${key}`);
}
