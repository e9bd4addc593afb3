/**
 * Story mode (/embed/timeline/story/): one event at a time, read in a newsroom's 600-px column
 * on another origin, stepped by button, key and swipe, and readable without JavaScript.
 */
import { expect, test, type FrameLocator, type Locator } from '@playwright/test';
import { COLOUR_RULES, expectNoA11yViolations } from '../support/a11y';
import { content } from '../support/content';

const HOST = 'http://127.0.0.1:4322';
const current = (frame: FrameLocator | import('@playwright/test').Page): Locator =>
  frame.locator('story-mode .st-card[aria-current="true"]');

/** True when `inner` lies wholly inside the iframe's box. */
async function insideFrame(page: import('@playwright/test').Page, inner: Locator) {
  const frame = await page.locator('iframe#story').boundingBox();
  const box = await inner.boundingBox();
  if (!frame || !box) return false;
  return box.y >= frame.y && box.y + box.height <= frame.y + frame.height + 0.5;
}

test('in a 600×450 frame without a script, the reader sees one full card at once', async ({
  page,
}) => {
  await page.goto(`${HOST}/column`);
  const story = page.frameLocator('iframe#story');
  await expect(story.locator('story-mode')).toHaveAttribute('data-ready', 'true');
  const card = current(story);
  await expect(card).toHaveAttribute('data-event-id', 'blinken-wang-jakarta');
  await expect(story.locator('.st-card:visible')).toHaveCount(1);
  const title = content.entries.events.find((e) => e.id === 'blinken-wang-jakarta')?.data.title;
  await expect(card.locator('.st-headline')).toHaveText(String(title));
  for (const part of ['.st-meta', '.st-headline', '.st-summary', '.st-facts', '.st-sources']) {
    expect(await insideFrame(page, card.locator(part)), part).toBe(true);
  }
  expect(await insideFrame(page, story.locator('[data-story-next]'))).toBe(true);
});

test('in that frame every card fits, its sources above the credit line', async ({ page }) => {
  await page.goto(`${HOST}/column`);
  const story = page.frameLocator('iframe#story');
  await expect(story.locator('story-mode')).toHaveAttribute('data-ready', 'true');
  const frame = page.frames().find((f) => f.url().includes('/embed/timeline/'));
  if (!frame) throw new Error('no story frame');
  // From the first card to the last by the Next button, measured inside the 600×450 frame.
  const { total, cut } = await frame.evaluate(async () => {
    const next = document.querySelector<HTMLButtonElement>('[data-story-next]');
    const credit = document.querySelector('.embed-credit');
    const range = document.querySelector<HTMLInputElement>('.st-range');
    if (!next || !credit || !range) throw new Error('no story controls');
    range.value = range.min;
    range.dispatchEvent(new Event('input', { bubbles: true }));
    const frameOf = () => new Promise((done) => requestAnimationFrame(done));
    await frameOf();
    const cut: string[] = [];
    let total = 0;
    for (;;) {
      await frameOf();
      const card = document.querySelector('.st-card[aria-current="true"]');
      const sources = card?.querySelector('.st-sources')?.getBoundingClientRect();
      if (!card || !sources) throw new Error('no current card');
      total += 1;
      const bottom = card.getBoundingClientRect().bottom;
      if (sources.bottom > credit.getBoundingClientRect().top + 0.5 || bottom > innerHeight)
        cut.push(card.getAttribute('data-event-id') ?? '');
      if (next.disabled) break;
      next.click();
    }
    return { total, cut };
  });
  expect(total).toBe(content.entries.events.length);
  expect(cut).toEqual([]);
});

test('steps by button, arrow key and swipe, and keeps the event in the URL', async ({ page }) => {
  await page.goto(`${HOST}/column-sized`);
  const story = page.frameLocator('iframe#story');
  await expect(story.locator('story-mode')).toHaveAttribute('data-ready', 'true');
  const ids = await story
    .locator('.st-card')
    .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.eventId ?? ''));
  const at = ids.indexOf('blinken-wang-jakarta');
  const frameUrl = () =>
    page
      .frames()
      .find((f) => f.url().includes('/embed/timeline/story/'))
      ?.url() ?? '';

  await story.getByRole('button', { name: 'Next event' }).click();
  await expect(current(story)).toHaveAttribute('data-event-id', ids[at + 1] ?? '');
  await expect.poll(frameUrl).toContain(`event=${ids[at + 1] ?? ''}`);
  await expect(story.locator('[data-story-live]')).toContainText(`${at + 2} of ${ids.length}`);

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(current(story)).toHaveAttribute('data-event-id', ids[at - 1] ?? '');
  await expect.poll(frameUrl).toContain(`event=${ids[at - 1] ?? ''}`);

  // A finger moving left over the card: the next event.
  await current(story).evaluate((card) => {
    const box = card.getBoundingClientRect();
    const y = box.top + 40;
    const init = { pointerType: 'touch', isPrimary: true, bubbles: true, clientY: y };
    card.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: box.left + 250 }));
    card.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: box.left + 100 }));
  });
  await expect(current(story)).toHaveAttribute('data-event-id', 'blinken-wang-jakarta');

  // With embed.js, the frame fits its card and stays within the documented maximum.
  const height = () =>
    page.locator('iframe#story').evaluate((f) => Math.round(f.getBoundingClientRect().height));
  await expect.poll(height).not.toBe(450);
  await current(story).locator('.st-sources summary').click();
  await expect.poll(height).toBeGreaterThan(200);
});

test('the strip is one Tab stop that reaches any event; Home and End go to the ends', async ({
  page,
}) => {
  await page.goto('embed/timeline/story/');
  await expect(page.locator('story-mode')).toHaveAttribute('data-ready', 'true');
  const count = content.entries.events.length;
  const strip = page.getByRole('slider', { name: 'Event in the chronology' });
  await page.getByRole('button', { name: 'Previous event' }).focus();
  await page.keyboard.press('Tab');
  await expect(strip).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next event' })).toBeFocused();
  await strip.focus();
  await page.keyboard.press('End');
  await expect(strip).toHaveAttribute('aria-valuetext', new RegExp(`^${count} of ${count}: `));
  await expect(page.locator('.st-card').last()).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('button', { name: 'Next event' })).toBeDisabled();
  await strip.fill('1');
  await expect(page.locator('.st-card').first()).toHaveAttribute('aria-current', 'true');
  const first = (await page.locator('.st-card').first().getAttribute('data-event-id')) ?? '';
  await expect(page).toHaveURL(new RegExp(`\\?event=${first}$`));
});

test('?mode=story on the timeline embed opens story mode with the rest of the link', async ({
  page,
}) => {
  await page.goto('embed/timeline/?mode=story&event=microsoft-discloses&theme=dark');
  await expect(page).toHaveURL(/\/embed\/timeline\/story\/\?event=microsoft-discloses&theme=dark$/);
  await expect(current(page)).toHaveAttribute('data-event-id', 'microsoft-discloses');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('embed/timeline/story/?mode=chart');
  await expect(page).toHaveURL(/\/embed\/timeline\/$/);
  await expect(page.locator('timeline-chart')).toBeAttached();
});

test('axe-clean in both themes; no motion when the reader asks for none', async ({ page }) => {
  test.slow(); // axe reads all the cards, the hidden ones included
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const theme of ['light', 'dark']) {
    await page.goto(`embed/timeline/story/?theme=${theme}`);
    await expect(page.locator('story-mode')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // The dark theme changes colours only: its pass runs the rules colours decide.
    await expectNoA11yViolations(page, theme === 'dark' ? COLOUR_RULES : undefined);
  }
  await page.getByRole('button', { name: 'Next event' }).click();
  const animation = await current(page).evaluate((card) => getComputedStyle(card).animationName);
  expect(animation).toBe('none');
});

test('the opening card is painted at once; a card stepped to fades in', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('embed/timeline/story/');
  await expect(page.locator('story-mode')).toHaveAttribute('data-ready', 'true');
  const animationOf = () => current(page).evaluate((card) => getComputedStyle(card).animationName);
  // A card that starts transparent is no content to paint: the page's LCP would wait for it.
  expect(await animationOf()).toBe('none');
  await page.getByRole('button', { name: 'Next event' }).click();
  expect(await animationOf()).toBe('st-in');
});

test('without JavaScript: every event as a card, in order, linked to the next', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL ?? ''}embed/timeline/story/`);
  const cards = page.locator('.st-card');
  await expect(cards).toHaveCount(content.entries.events.length);
  await expect(page.locator('.st-card:visible')).toHaveCount(content.entries.events.length);
  await expect(page.locator('[data-story-controls]')).toBeHidden();
  const second = (await cards.nth(1).getAttribute('id')) ?? '';
  await cards
    .first()
    .getByRole('link', { name: /^Later:/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`#${second}$`));
  await expect(cards.nth(1).locator('.st-sources li').first()).toBeAttached();
  await context.close();
});

test('an actor preset in story mode tells only that actor’s events', async ({ page }) => {
  const blinken = content.entries.events.filter((e) =>
    (e.data.actors as string[]).includes('antony-blinken'),
  );
  await page.goto('embed/timeline/antony-blinken/?mode=story');
  await expect(page).toHaveURL(/\/embed\/timeline\/story\/\?(.+&)?actor=antony-blinken(&|$)/);
  const strip = page.getByRole('slider', { name: 'Event in the chronology' });
  await expect(strip).toHaveAttribute('max', String(blinken.length));
  await expect(page.locator('.st-tick:visible')).toHaveCount(blinken.length);
  const ids = new Set(blinken.map((e) => e.id));
  await page.keyboard.press('Home');
  for (let i = 0; i < blinken.length; i++) {
    const id = (await current(page).getAttribute('data-event-id')) ?? '';
    expect(ids.has(id), id).toBe(true);
    await expect(current(page).locator('.st-count')).toHaveText(`${i + 1} of ${blinken.length}`);
    if (i < blinken.length - 1) await page.getByRole('button', { name: 'Next event' }).click();
  }
  await expect(page.getByRole('button', { name: 'Next event' })).toBeDisabled();
});
