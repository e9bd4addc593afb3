// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { EMBED_INIT_SCRIPT, THEME_INIT_SCRIPT } from './src/components/theme.ts';
import { baseLinks } from './src/content-layer/base-links.ts';
import { contentCacheDir } from './src/content-layer/content-dir.ts';
import { deploymentFromEnv } from './src/content-layer/deployment.ts';
import { contentIntegrity } from './src/content-layer/integration.ts';
import { hostHeaders } from './src/content-layer/host-headers.ts';
import { searchIndex } from './src/content-layer/search-index.ts';

/**
 * Deployment settings come from the environment (see README, "Deploying"):
 * SITE_URL is the public origin, BASE_PATH the sub-path the site lives under.
 */
const { site, base, siteFromEnv } = deploymentFromEnv(process.env);

/** Paths under the base whose pages carry `noindex` (the 404 page is never in the sitemap). */
const NOINDEX = ['embed/', 'search/'];

/**
 * The CSP hash of an inline script, over its exact text.
 * @param {string} code
 * @returns {`sha256-${string}`}
 */
const hash = (code) => `sha256-${createHash('sha256').update(code).digest('base64')}`;

export default defineConfig({
  site,
  base,
  // Astro keeps loaded content between builds; one cache per content folder (CONTENT_DIR).
  cacheDir: contentCacheDir(process.cwd()),
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Styles travel in the page: no render-blocking round trip before the first paint (the
    // CSP allows them by hash; host-headers merges every page's hashes).
    inlineStylesheets: 'always',
  },
  integrations: [
    contentIntegrity({ siteFromEnv }),
    mdx(),
    sitemap({
      // Pages marked noindex stay out: embeds (parts of other sites' pages) and search results.
      filter: (page) =>
        !NOINDEX.some((path) => new URL(page).pathname.startsWith(`${base}${path}`)),
    }),
    searchIndex(),
    hostHeaders(),
  ],
  markdown: {
    // Root-relative links written in Markdown and MDX get the base path.
    processor: satteri({ mdastPlugins: [baseLinks(base)] }),
    // No code on this site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [hash(THEME_INIT_SCRIPT), hash(EMBED_INIT_SCRIPT)],
      },
    },
  },
  vite: { plugins: [tailwindcss()] },
});
