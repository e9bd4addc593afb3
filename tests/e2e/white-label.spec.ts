/**
 * White-label embeds: `bg`, `accent` and `font` from fixed lists restyle the embed through its
 * CSS variables, on a host page of another origin; anything else does nothing but a notice.
 */
import { expect, test, type Page } from '@playwright/test';

const HOST = 'http://127.0.0.1:4322';

/** Collects CSP violations and script errors the page logs. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const styleOf = (page: Page) =>
  page.evaluate(() => {
    const html = document.documentElement;
    const date = document.querySelector('.st-card[aria-current="true"] .st-date');
    const headline = document.querySelector('.st-card[aria-current="true"] .st-headline');
    return {
      accent: getComputedStyle(html).getPropertyValue('--accent').trim(),
      background: getComputedStyle(document.body).backgroundColor,
      date: date ? getComputedStyle(date).color : '',
      font: headline ? getComputedStyle(headline).fontFamily : '',
      scripts: document.scripts.length,
      attributes: [...html.attributes].map((a) => a.name).sort(),
    };
  });

test('on a host page, bg, accent and font restyle the embed', async ({ page }) => {
  await page.goto(`${HOST}/white-label`);
  const story = page.frameLocator('iframe#story');
  await expect(story.locator('story-mode')).toHaveAttribute('data-ready', 'true');
  const frame = page.frames().find((f) => f.url().includes('/embed/timeline/story/'));
  expect(frame).toBeDefined();
  const style = await frame?.evaluate(() => {
    const date = document.querySelector('.st-card[aria-current="true"] .st-date');
    const headline = document.querySelector('.st-card[aria-current="true"] .st-headline');
    return {
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      date: date ? getComputedStyle(date).color : '',
      font: headline ? getComputedStyle(headline).fontFamily : '',
    };
  });
  expect(style).toEqual({
    html: 'rgba(0, 0, 0, 0)',
    body: 'rgba(0, 0, 0, 0)',
    date: 'rgb(204, 0, 0)',
    font: expect.stringContaining('Helvetica') as unknown as string,
  });
  await expect(story.locator('.embed-notice')).toBeEmpty();
});

test('bg=white and the accent apply to the timeline chart embed too', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('embed/timeline/?bg=white&accent=1e4fbf&font=system&theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-bg', 'white');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'system');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  expect(
    await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    ),
  ).toBe('#1e4fbf');
  await expect(page.locator('.embed-notice')).toBeEmpty();
  expect(errors).toEqual([]);
});

test('a theme or title outside its list is named in the notice, as every other value is', async ({
  page,
}) => {
  const odd = new URLSearchParams({ theme: '<img src=x onerror="window.__pwned=1">', title: 'no' });
  await page.goto(`embed/timeline/?${odd.toString()}`);
  await expect(page.locator('timeline-chart')).toHaveAttribute('data-ready', 'true');
  const notice = page.locator('.embed-notice');
  await expect(notice).toContainText('theme “<img src=x');
  await expect(notice).toContainText('(must be auto, light or dark)');
  await expect(notice).toContainText('title “no” (must be 0 or 1)');
  await expect(notice.locator('*')).toHaveCount(0);
  expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test('hostile values change nothing and are named in the notice', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('embed/timeline/story/?theme=light');
  await expect(page.locator('story-mode')).toHaveAttribute('data-ready', 'true');
  const plain = await styleOf(page);

  const hostile = new URLSearchParams({
    theme: 'light',
    accent: 'red;}</style><script>window.__pwned=1</script>',
    font: 'url(x)',
    bg: 'url(https://example.org/x.png)',
  });
  await page.goto(`embed/timeline/story/?${hostile.toString()}`);
  await expect(page.locator('story-mode')).toHaveAttribute('data-ready', 'true');
  expect(await styleOf(page)).toEqual(plain);
  const notice = page.locator('.embed-notice');
  await expect(notice).toContainText('accent “red;}</style><script>');
  await expect(notice).toContainText('not a colour in the form #rgb or #rrggbb');
  await expect(notice).toContainText('font “url(x)” (must be serif, sans or system)');
  await expect(notice).toContainText('must be default, white or transparent');
  await expect(notice.locator('*')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(errors).toEqual([]);
});
