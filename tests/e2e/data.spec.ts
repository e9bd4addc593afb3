/**
 * The open data, downloaded as a researcher would: every file answers, parses, and agrees with
 * the others and with the content.
 */
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { content } from '../support/content';

test('every data file downloads and parses, with one record per entry', async ({ request }) => {
  const expected = {
    'data/events.json': content.entries.events.length,
    'data/actors.json': content.entries.actors.length,
    'data/relations.json': content.entries.relations.length,
    'data/sources.json': content.entries.sources.length,
  };
  for (const [path, count] of Object.entries(expected)) {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    expect(response.headers()['content-type']).toContain('json');
    expect(((await response.json()) as unknown[]).length, path).toBe(count);
  }
  const graph = (await (await request.get('data/graph.json')).json()) as {
    nodes: unknown[];
    links: unknown[];
  };
  expect(graph.nodes).toHaveLength(content.entries.actors.length);
  expect(graph.links).toHaveLength(content.entries.relations.length);
});

test('the CSV parses with a real CSV parser into the same records as the JSON, formulas neutralised', async ({
  request,
}) => {
  const response = await request.get('data/events.csv');
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  expect(text).toContain('\r\n');
  const rows = parse<Record<string, string>>(text, { columns: true });
  const json = (await (await request.get('data/events.json')).json()) as Record<string, unknown>[];
  expect(rows).toHaveLength(json.length);
  rows.forEach((row, i) => {
    const record = json[i] ?? {};
    for (const [key, value] of Object.entries(record)) {
      const text = Array.isArray(value) ? value.join(';') : typeof value === 'string' ? value : '';
      // What a spreadsheet would run as a formula carries a leading ' (the /data/ page says so).
      const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      expect(row[key], `${String(record.id)}.${key}`).toBe(expected);
    }
  });
});

test('timelinejs.json is in TimelineJS3’s format for every event', async ({ request }) => {
  const doc = (await (await request.get('data/timelinejs.json')).json()) as {
    title: { text: { headline: string } };
    events: {
      unique_id: string;
      start_date: { year: number; month?: number; day?: number };
      text: { headline: string; text: string };
    }[];
    eras: unknown[];
  };
  expect(doc.title.text.headline).toBeTruthy();
  const ids = content.entries.events.map((e) => e.id).sort();
  expect(doc.events.map((e) => e.unique_id).sort()).toEqual(ids);
  for (const event of doc.events) {
    expect(Number.isInteger(event.start_date.year)).toBe(true);
    const source = content.entries.events.find((e) => e.id === event.unique_id);
    const date = String(source?.data.date);
    expect(event.start_date.month === undefined).toBe(date.length === 4);
    expect(event.start_date.day === undefined).toBe(date.length < 10);
    expect(event.text.headline).toBeTruthy();
    expect(event.text.text).toContain('<p>');
  }
  expect(doc.eras.length).toBe(content.entries.eras.length);
});

test('event and actor pages link to their own JSON', async ({ page, request }) => {
  await page.goto('events/microsoft-discloses/');
  const eventLink = page.getByRole('link', { name: 'This event as data (JSON)' });
  const event = (await (
    await request.get(String(await eventLink.getAttribute('href')))
  ).json()) as { id: string; url: string };
  expect(event.id).toBe('microsoft-discloses');
  expect(event.url).toMatch(/\/events\/microsoft-discloses\/$/);

  await page.goto('actors/gina-raimondo/');
  const actorLink = page.getByRole('link', { name: 'This actor as data (JSON)' });
  const actor = (await (
    await request.get(String(await actorLink.getAttribute('href')))
  ).json()) as {
    id: string;
    relations: { from: string; to: string }[];
  };
  expect(actor.id).toBe('gina-raimondo');
  expect(actor.relations.length).toBe(
    content.entries.relations.filter(
      (r) => r.data.from === 'gina-raimondo' || r.data.to === 'gina-raimondo',
    ).length,
  );
});

test('the data page documents every file, the licence and how to cite', async ({ page }) => {
  await page.goto('data/');
  for (const file of [
    'events.json',
    'events.csv',
    'timelinejs.json',
    'actors.json',
    'relations.json',
    'sources.json',
    'graph.json',
  ]) {
    await expect(page.getByRole('link', { name: `/data/${file}` })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Licence' })).toBeVisible();
  await expect(page.getByText('CC BY 4.0')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to cite an event' })).toBeVisible();
});
