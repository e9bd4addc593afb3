/**
 * The Embed dialog tells the truth: its preview has the width a reader's column will have and
 * the height the code gives the frame, with the chosen mode and theme; it works from any origin
 * the site is served from; the code comes in the three forms newsrooms need.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EMBED_HEIGHTS, STORY_TITLE } from '../../src/lib/embed';

async function openTimelineDialog(page: Page, url = 'timeline/') {
  await page.goto(url);
  const chart = page.locator('timeline-chart');
  await expect(chart).toHaveAttribute('data-ready', 'true');
  await chart.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
};

test('the preview has the chosen width and the height of the code, in chart and story mode', async ({
  page,
}) => {
  test.slow(); // the preview loads a whole embed at each step
  const dialog = await openTimelineDialog(page);
  const preview = dialog.locator('iframe[data-embed-preview]');
  const code = dialog.getByLabel('Code to paste');
  // The preview comes from this origin, whatever SITE_URL says; the code points at SITE_URL.
  await expect(preview).toHaveAttribute('src', /^\/embed\/timeline\/$/);
  await expect(code).toHaveValue(/^<iframe src="http:\/\/[^"]+\/embed\/timeline\/"/);
  await expect(code).toHaveValue(new RegExp(`height="${String(EMBED_HEIGHTS.timeline)}"`));
  expect(Math.round((await box(preview)).width)).toBe(600);
  expect(Math.round((await box(preview)).height)).toBe(EMBED_HEIGHTS.timeline);

  await dialog.getByLabel('Width').selectOption('320');
  await expect.poll(async () => Math.round((await box(preview)).width)).toBe(320);
  await dialog.getByLabel('Height without the script (px)').fill('500');
  await expect.poll(async () => Math.round((await box(preview)).height)).toBe(500);
  await expect(code).toHaveValue(/height="500"/);

  await dialog.getByLabel('Mode').selectOption('story');
  await expect(code).toHaveValue(/\/embed\/timeline\/story\/"/);
  await expect(code).toHaveValue(new RegExp(`height="${String(EMBED_HEIGHTS.story)}"`));
  // The frame is named for what it shows, for a screen reader on the host's page.
  await expect(code).toHaveValue(new RegExp(`title="${STORY_TITLE}"`));
  await expect(preview).toHaveAttribute('src', /^\/embed\/timeline\/story\/$/);
  await expect(
    dialog.frameLocator('iframe[data-embed-preview]').locator('story-mode'),
  ).toHaveAttribute('data-ready', 'true');
  expect(Math.round((await box(preview)).height)).toBe(EMBED_HEIGHTS.story);

  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByLabel('Background').selectOption('transparent');
  await dialog.getByLabel('Accent colour (#rrggbb)').fill('#C00');
  await dialog.getByLabel('Typeface').selectOption('sans');
  await expect(code).toHaveValue(
    /story\/\?theme=dark&amp;bg=transparent&amp;accent=cc0000&amp;font=sans"/,
  );
  await expect(preview).toHaveAttribute(
    'src',
    '/embed/timeline/story/?theme=dark&bg=transparent&accent=cc0000&font=sans',
  );
  await expect(dialog.frameLocator('iframe[data-embed-preview]').locator('html')).toHaveAttribute(
    'data-theme',
    'dark',
  );
  // A colour that is not one stays out of the code.
  await dialog.getByLabel('Accent colour (#rrggbb)').fill('red');
  await expect(code).not.toHaveValue(/accent=/);
  await expect(dialog.getByLabel('Accent colour (#rrggbb)')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
});

test('the code comes as frame and script, frame only, or the page address for oEmbed', async ({
  page,
}) => {
  const dialog = await openTimelineDialog(page, 'timeline/?actor=wang-yi');
  const code = dialog.getByLabel('Code to paste');
  await expect(code).toHaveValue(/<script async src="[^"]+\/embed\.js"><\/script>$/);
  await dialog.getByLabel('Frame only').check();
  await expect(code).toHaveValue(/^<iframe [^\n]+<\/iframe>$/);
  await dialog.getByLabel('Page address').check();
  await expect(code).toHaveValue(/^http:\/\/[^\s]+\/actors\/wang-yi\/$/);
  await dialog.getByLabel('Mode').selectOption('chart');
  await expect(dialog.locator('[data-embed-hint]')).toContainText('oEmbed');
});

test('at 390 px the dialog is centred and every control is reachable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const dialog = await openTimelineDialog(page);
  const frame = await box(dialog);
  expect(Math.abs(frame.x - (390 - frame.x - frame.width))).toBeLessThanOrEqual(2);
  expect(frame.x + frame.width).toBeLessThanOrEqual(390);
  const close = dialog.getByRole('button', { name: 'Close' });
  await close.scrollIntoViewIfNeeded();
  await expect(close).toBeInViewport();
  await close.click();
  await expect(dialog).toBeHidden();
});

test('the preview works on an origin other than SITE_URL', async ({ page, baseURL }) => {
  // The same build, reached by another name: SITE_URL no longer matches the page's origin.
  const other = (baseURL ?? '').replace('127.0.0.1', 'localhost');
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const dialog = await openTimelineDialog(page, `${other}timeline/`);
  await expect(
    dialog.frameLocator('iframe[data-embed-preview]').locator('timeline-chart'),
  ).toBeAttached();
  expect(errors.filter((e) => e.includes('Content Security Policy'))).toEqual([]);
});
