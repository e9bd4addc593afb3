/**
 * An Astro content loader for one data collection: a folder of YAML files, each a list of
 * entries. Unlike `file()`, it reads many files, rejects duplicate ids across them, and fails
 * the build on unreadable YAML instead of logging and carrying on.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { DataCollectionName } from '../schemas';
import { formatProblems } from './integrity';
import { readCollection } from './read';

export function yamlCollection(collection: DataCollectionName, contentDir: string): Loader {
  const dir = join(contentDir, collection);
  return {
    name: 'yaml-collection',
    load: async (context) => {
      const { config, store, watcher, logger } = context;
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { entries, problems } = readCollection(root, dir, collection);
        if (problems.length > 0) throw new Error(formatProblems(problems));
        store.clear();
        for (const entry of entries) {
          const data = await context.parseData({
            id: entry.id,
            data: entry.data,
            filePath: entry.file,
          });
          store.set({
            id: entry.id,
            data,
            filePath: entry.file,
            digest: context.generateDigest(entry.data),
          });
        }
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (!changed.startsWith(dir)) return;
        sync().catch((error: unknown) => {
          logger.error(String(error));
        });
      });
    },
  };
}
