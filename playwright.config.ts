import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';
import { SUBPATH } from './tests/support/deploy';

const PORT = 4321;
const HOST_PORT = 4322;
const SUBPATH_PORT = 4323;
const baseURL = `http://127.0.0.1:${PORT}/`;
const subpathURL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH.base}`;
const chromium = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: { trace: 'retain-on-failure' },
  projects: [
    // The site at the root of its origin: every test.
    { name: 'root', use: { ...chromium, baseURL }, testIgnore: ['base-path.spec.ts'] },
    // The same site built under a sub-path: what depends on where the site lives. A test of
    // these files that reads nothing base-dependent is tagged @root-only.
    {
      name: 'subpath',
      use: { ...chromium, baseURL: subpathURL },
      testMatch: ['base-path.spec.ts', 'crawl.spec.ts', 'deploy.spec.ts', 'search.spec.ts'],
      grepInvert: /@root-only/,
    },
  ],
  webServer: [
    {
      // The built site, served the way a static host serves it, with the build's _headers.
      // `npm test` builds first; a lone `npm run test:e2e` builds when there is no build.
      command: `[ -d dist ] || npm run build; node tests/support/static-server.mjs ${PORT} dist /`,
      url: baseURL,
      timeout: 180_000,
      reuseExistingServer: !process.env.CI,
    },
    {
      // The same site built for a sub-path, served under it.
      command: `[ -d ${SUBPATH.dir} ] || npm run build:subpath; node tests/support/static-server.mjs ${SUBPATH_PORT} ${SUBPATH.dir} ${SUBPATH.base}`,
      url: subpathURL,
      timeout: 180_000,
      reuseExistingServer: !process.env.CI,
    },
    {
      // A newsroom's page on another origin, embedding the charts.
      command: `node tests/support/host-server.mjs ${HOST_PORT} ${baseURL}`,
      url: `http://127.0.0.1:${HOST_PORT}/host`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
