/**
 * Which Chromium Playwright launches: its own when installed, else the one named by
 * CHROMIUM_PATH, else a `chromium` found on PATH. Stops with instructions when there is none.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

function onPath(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
    if (found) return found;
  }
  return undefined;
}

/** Launch options for the browser to use; `{}` means Playwright's own. */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  if (existsSync(chromium.executablePath())) return {};
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && !existsSync(fromEnv)) {
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const executablePath = fromEnv ?? onPath();
  if (executablePath === undefined) {
    throw new Error(
      [
        'No Chromium found for the end-to-end tests. Any one of these will do:',
        '  npx playwright install chromium          (where downloads are allowed)',
        '  sudo apt-get install -y chromium         (Debian/Ubuntu)',
        '  CHROMIUM_PATH=/path/to/chromium npm test (a browser you already have)',
      ].join('\n'),
    );
  }
  return {
    executablePath,
    // Flags for a headless system Chromium on a machine with a closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
