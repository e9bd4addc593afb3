/**
 * An Astro integration that runs the integrity pass before anything else, so that bad content
 * stops `astro build`, `astro dev`, `astro sync` and `astro check` with one message per problem.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from './content-dir';
import { checkContent, formatProblems } from './integrity';
import { readContentTree } from './read';

export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
  constructor(message: string) {
    super(message);
    // The problems name the files; a stack trace into this integration would only add noise.
    this.stack = `${this.name}: ${message}`;
  }
}

export function contentIntegrity(options: { siteFromEnv: boolean }): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const tree = readContentTree(root, contentDir());
        const problems = checkContent(tree);
        if (problems.length > 0) throw new ContentIntegrityError(formatProblems(problems));
        const counts = Object.entries(tree.entries)
          .map(([name, entries]) => `${entries.length} ${name}`)
          .join(', ');
        logger.info(`content OK: ${counts}, ${tree.stories.length} stories`);
        if (!options.siteFromEnv && config.site) {
          logger.warn(
            `SITE_URL is not set: canonical URLs, feeds and embed snippets will point at ${config.site}`,
          );
        }
      },
    },
  };
}
