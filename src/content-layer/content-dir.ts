import { resolve } from 'node:path';

/**
 * The folder that holds the editorial content: `content/` unless `CONTENT_DIR` names another
 * (the fixture tests build small trees with one defect each).
 */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}
