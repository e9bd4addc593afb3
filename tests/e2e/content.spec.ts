/**
 * Checks on the content as published: every event cites a source, every source is cited, and
 * the starting article's garbled words appear nowhere on the site.
 */
import { expect, test } from '@playwright/test';
import { storyReferences } from '../../src/content-layer/integrity';
import { content } from '../support/content';
import { builtHtml } from '../support/site';

const refs = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

test('every event cites at least one source', () => {
  for (const event of content.entries.events) {
    expect(refs(event.data.sources).length, event.id).toBeGreaterThan(0);
  }
});

test('every source is cited at least once', () => {
  const quotes = new Map(content.entries.quotes.map((q) => [q.id, String(q.data.source)]));
  const cited = new Set<string>();
  for (const entries of Object.values(content.entries)) {
    for (const entry of entries) {
      for (const key of ['sources', 'source']) refs(entry.data[key]).forEach((id) => cited.add(id));
    }
  }
  for (const story of content.stories) {
    for (const ref of storyReferences(story.text))
      cited.add(ref.kind === 'cite' ? ref.id : (quotes.get(ref.id) ?? ''));
  }
  const uncited = content.entries.sources.map((s) => s.id).filter((id) => !cited.has(id));
  expect(uncited).toEqual([]);
});

test('the starting article’s garbled words appear nowhere in the built site', () => {
  const garbled = [/Blinkens/i, /said the manager/i];
  const found = builtHtml().flatMap(({ path, html }) =>
    garbled.filter((pattern) => pattern.test(html)).map((pattern) => `${path}: ${String(pattern)}`),
  );
  expect(found).toEqual([]);
});

test('every quote on the site is word for word from the fact base', async ({ page }) => {
  await page.goto('aftermath/');
  const texts = await page.locator('figure blockquote').allInnerTexts();
  const known = new Set(
    content.entries.quotes.map((q) => `“${String(q.data.text).replace(/\s+/g, ' ').trim()}”`),
  );
  expect(texts.length).toBeGreaterThan(3);
  for (const text of texts) expect(known.has(text.replace(/\s+/g, ' ').trim()), text).toBe(true);
});

// A title in [brackets] is our description of a document whose headline was not recorded.
const described = content.entries.sources.filter((s) => /^\[.*\]$/.test(String(s.data.title)));

test('a description standing in for a headline never shows in brackets as if it were a title', () => {
  expect(described.length).toBeGreaterThan(0);
  const found = builtHtml().flatMap(({ path, html }) =>
    described
      .filter((s) => html.includes(String(s.data.title).slice(0, 16)))
      .map((s) => `${path}: ${s.id}`),
  );
  expect(found).toEqual([]);
});

test('the bibliography says which titles are our descriptions, and only those', async ({
  page,
}) => {
  await page.goto('sources/');
  const notes = page.locator('li[data-source-id] h3', { hasText: 'our description' });
  await expect(notes).toHaveCount(described.length);
  for (const source of described) {
    const heading = page.locator(`li[data-source-id="${source.id}"] h3`);
    await expect(heading).toContainText(String(source.data.title).slice(1, -1));
    await expect(heading).toContainText('(our description; headline not recorded)');
    // Set apart from the headlines around it.
    await expect(heading.locator('a')).toHaveCSS('font-style', 'italic');
  }
  const headline = content.entries.sources.find((s) => !described.includes(s));
  await expect(page.locator(`li[data-source-id="${headline?.id ?? ''}"] h3 a`)).toHaveCSS(
    'font-style',
    'normal',
  );
});
