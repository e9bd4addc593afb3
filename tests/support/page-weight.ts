/**
 * Everything a page loads, weighed the way budgets.config.ts says: opened at a phone's width and
 * at a desktop's, scrolled from top to bottom so that what loads on approach loads, and left
 * until the network is idle. Each response is weighed from its body, gzipped at the budget's
 * level when it is text; stylesheets inlined in a page are weighed as CSS. Used by the budget
 * tests and by `npm run bench` (which runs this file in Node as it is, so its imports carry
 * their extensions).
 */
import type { Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from '../../budgets.config.ts';
import { scrollThrough } from './watch.ts';
import { assetKind, dedupe, isText, splitInlineStyles, type Asset } from '../../src/lib/budget.ts';

/** The widths a route is loaded at: a phone and a desktop. */
export const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/** What a page loaded, and any address it asked for on another origin. */
export interface PageLoad {
  /** Every asset, each address once, over all viewports. */
  assets: Asset[];
  /** Requests to other origins (there should be none). */
  foreign: string[];
}

const gzip = (data: string | Buffer) => gzipSync(data, { level: GZIP_LEVEL }).length;

/** Weighs the page at `url` at each viewport. */
export async function loadPage(browser: Browser, url: string): Promise<PageLoad> {
  const assets: Asset[] = [];
  const foreign: string[] = [];
  const origin = new URL(url).origin;
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    const weighed: Promise<void>[] = [];
    page.on('request', (request) => {
      const address = new URL(request.url());
      if (address.protocol.startsWith('http') && address.origin !== origin)
        foreign.push(request.url());
    });
    page.on('response', (response) => {
      const kind = assetKind(response.request().resourceType());
      weighed.push(
        response.body().then(
          (body) => {
            if (kind === 'html') {
              // Stylesheets inlined in the page count as CSS.
              const { html, css } = splitInlineStyles(body.toString('utf8'));
              assets.push({ url: response.url(), kind, bytes: gzip(html) });
              if (css)
                assets.push({
                  url: `${response.url()}#inline-styles`,
                  kind: 'css',
                  bytes: gzip(css),
                  inline: true,
                });
            } else {
              assets.push({
                url: response.url(),
                kind,
                bytes: isText(kind) ? gzip(body) : body.length,
              });
            }
          },
          () => undefined,
        ),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    await Promise.all(weighed);
    await context.close();
  }
  return { assets: dedupe(assets), foreign };
}
