import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toTimelineJs, toTimelineJsDate } from './export-formats';

describe('CSV', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises cells a spreadsheet would run as a formula, and they read back with their prefix', () => {
    const hostile = [
      '=HYPERLINK("https://evil.example","Click")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
    ];
    expect(csvField(hostile[0] ?? '')).toBe('"\'=HYPERLINK(""https://evil.example"",""Click"")"');
    const text = toCsv(
      ['title'],
      hostile.map((title) => [title]),
    );
    const records = parse<{ title: string }>(text, { columns: true });
    expect(records.map((r) => r.title)).toEqual(hostile.map((title) => `'${title}`));
    // Text that merely contains those characters is left alone.
    expect(csvField('Wang Yi - Blinken @ Jakarta = talks')).toBe(
      'Wang Yi - Blinken @ Jakarta = talks',
    );
  });

  it('ends every record with CRLF and parses back with a real parser', () => {
    const rows = [
      ['1', 'Comma, quote " and\r\nbreak', ''],
      ['2', 'plain', 'x'],
    ];
    const text = toCsv(['id', 'text', 'other'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('id,text,other');
    expect(parse(text, { columns: true })).toEqual([
      { id: '1', text: 'Comma, quote " and\r\nbreak', other: '' },
      { id: '2', text: 'plain', other: 'x' },
    ]);
  });
});

describe('TimelineJS3', () => {
  it('writes dates at their precision', () => {
    expect(toTimelineJsDate('2023-06-16')).toEqual({ year: 2023, month: 6, day: 16 });
    expect(toTimelineJsDate('2023-07')).toEqual({ year: 2023, month: 7 });
    expect(toTimelineJsDate('2016')).toEqual({ year: 2016 });
    expect(() => toTimelineJsDate('nope')).toThrow(RangeError);
  });

  it('makes events with unique ids, start and end dates, escaped text and groups', () => {
    const doc = toTimelineJs(
      { headline: 'T', text: 'Intro' },
      [
        {
          id: 'a',
          title: 'A <b>',
          date: '2023-07-06',
          end: '2023-07-09',
          dateText: 'July 6–9, 2023',
          summary: 'S & t',
          group: 'Diplomacy',
          footer: '<p>x</p>',
        },
      ],
      [{ title: 'Era', start: '2023-05-15', end: '2023-06-16' }],
    );
    expect(doc.events[0]).toEqual({
      unique_id: 'a',
      start_date: { year: 2023, month: 7, day: 6 },
      end_date: { year: 2023, month: 7, day: 9 },
      display_date: 'July 6–9, 2023',
      group: 'Diplomacy',
      text: { headline: 'A &lt;b&gt;', text: '<p>S &amp; t</p><p>x</p>' },
    });
    expect(doc.eras[0]?.end_date).toEqual({ year: 2023, month: 6, day: 16 });
  });
});
