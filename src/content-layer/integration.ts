/**
 * An Astro integration that runs the integrity pass before anything else, so that bad content
 * stops `astro build`, `astro dev`, `astro sync` and `astro check` with one message per problem.
 */
import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from './content-dir';
import { inspectContent } from './inspect';
import { formatProblems } from './integrity';

export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
  constructor(message: string) {
    super(message);
    // The problems name the files; a stack trace into this integration would only add noise.
    this.stack = `${this.name}: ${message}`;
  }
}

/**
 * Writes `text` to standard error before returning. Node writes to a pipe asynchronously, and
 * Astro exits as soon as the build fails, which cut a long report off after 64 KiB when the
 * output went to a pipe (CI logs, `| less`).
 */
export function writeErrorSync(text: string): void {
  const bytes = Buffer.from(text);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(2, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      // The pipe is full until its reader catches up.
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

export function contentIntegrity(options: { siteFromEnv: boolean }): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { tree, problems } = inspectContent(fileURLToPath(config.root), contentDir());
        if (problems.length > 0) {
          writeErrorSync(`${formatProblems(problems)}\n`);
          throw new ContentIntegrityError(
            `Content integrity check failed: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}, listed above.`,
          );
        }
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
