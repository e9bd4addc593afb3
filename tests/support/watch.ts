/**
 * What a page does behind the reader's back: console errors and uncaught exceptions, requests to
 * any other origin, and Content Security Policy violations as the page itself reports them.
 */
import { expect, type Page } from '@playwright/test';

export interface PageWatch {
  /** Fails listing every error, foreign request and violation seen so far. */
  expectClean(): Promise<void>;
}

/** Starts watching `page`; call before the first navigation. */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== new URL(origin).origin)
      foreign.push(request.url());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {
    async expectClean() {
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
      );
      expect({ errors, foreign, violations }).toEqual({ errors: [], foreign: [], violations: [] });
    },
  };
}

/**
 * Scrolls to the foot of the page and back, so that everything loaded on approach has loaded,
 * and waits until every chart on the page is ready.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // A headless browser may stop delivering animation frames (a page it counts as hidden, a
    // busy compositor), so each step waits for a frame or 100 ms, whichever comes first, and
    // the walk is bounded: one failed CI run hung here for 30 s.
    const nextFrame = () =>
      new Promise((resolve) => {
        requestAnimationFrame(resolve);
        setTimeout(resolve, 100);
      });
    const step = window.innerHeight;
    for (let y = 0, n = 0; y < document.body.scrollHeight && n < 100; y += step, n += 1) {
      window.scrollTo(0, y);
      await nextFrame();
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('timeline-chart, actor-graph')].every(
        (chart) => chart.dataset.ready === 'true',
      ),
    undefined,
    { polling: 100 },
  );
}
