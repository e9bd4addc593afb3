/**
 * Dates are calendar dates: a reader in Los Angeles and a reader in Shanghai see the same ones.
 */
import { expect, test, type Browser } from '@playwright/test';

async function datesSeenIn(browser: Browser, timezoneId: string, path: string): Promise<string[]> {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const dates = await page.locator('time').allInnerTexts();
  await context.close();
  return dates;
}

for (const path of [
  '',
  'events/state-reports-to-microsoft/',
  'actors/antony-blinken/',
  'sources/',
]) {
  test(`/${path} shows the same dates in Los Angeles and Shanghai`, async ({ browser }) => {
    const west = await datesSeenIn(browser, 'America/Los_Angeles', path);
    const east = await datesSeenIn(browser, 'Asia/Shanghai', path);
    expect(west.length).toBeGreaterThan(0);
    expect(west).toEqual(east);
  });
}

test('an event on June 16 is June 16 everywhere', async ({ browser }) => {
  for (const timezoneId of ['Pacific/Honolulu', 'Asia/Tokyo']) {
    const dates = await datesSeenIn(browser, timezoneId, 'events/state-reports-to-microsoft/');
    expect(dates[0]).toBe('June 16, 2023');
  }
});
