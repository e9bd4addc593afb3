/**
 * Paper, as Chromium prints it: each page type printed to PDF, read back page by page with
 * pdf.js. No printed page may end with a heading (its text is on the next page) or hold a
 * heading alone.
 */
import { expect, test } from '@playwright/test';
import { content } from '../support/content';
import { headingOnlyEnds, normalise, pdfPageTexts } from '../support/pdf-text';

const PRINTED = [
  '',
  'timeline/',
  'graph/',
  'hack/',
  `events/${content.entries.events[0]?.id ?? ''}/`,
  'actors/gina-raimondo/',
];

for (const path of PRINTED) {
  test(`/${path} prints with no heading left at a page foot or alone on a page`, async ({
    page,
  }) => {
    test.slow();
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const headings = await page
      .locator('main :is(h1, h2, h3, h4), main details > summary')
      .allTextContents();
    expect(headings.length, 'the page has headings to check').toBeGreaterThan(0);
    const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
    expect(pages.length).toBeGreaterThan(0);
    const first = normalise(headings[0] ?? '—');
    expect(pages.join(' '), 'the text is read').toContain(first);
    expect(headingOnlyEnds(pages, headings)).toEqual([]);
  });
}
