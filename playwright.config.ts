import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

const PORT = 4321;
const HOST_PORT = 4322;
const base = (process.env.BASE_PATH ?? '/').replace(/\/*$/, '/');
const baseURL = `http://127.0.0.1:${PORT}${base}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: [
    {
      // The built site; `npm test` builds first, a lone `npm run test:e2e` builds if needed.
      command: `[ -d dist ] || npx astro build; npx astro preview --host 127.0.0.1 --port ${PORT}`,
      url: baseURL,
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
