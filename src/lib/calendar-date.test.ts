import { describe, expect, it } from 'vitest';
import {
  compareCalendarDates,
  firstDayIndex,
  formatCalendarDate,
  formatDateRange,
  isCalendarDate,
  isoFromDayIndex,
  lastDayIndex,
  parseCalendarDate,
  precisionOf,
} from './calendar-date';

describe('parseCalendarDate', () => {
  it('reads the three shapes with their precision', () => {
    expect(parseCalendarDate('2023-05-15')).toEqual({
      year: 2023,
      month: 5,
      day: 15,
      precision: 'day',
    });
    expect(parseCalendarDate('2023-07')).toEqual({ year: 2023, month: 7, precision: 'month' });
    expect(parseCalendarDate('2016')).toEqual({ year: 2016, precision: 'year' });
  });

  it.each([
    '2023-5-15',
    '23-05-15',
    '2023/05/15',
    '2023-13',
    '2023-02-30',
    '2023-00-10',
    '',
    'May 2023',
    '2023-06-16T00:00',
  ])('rejects %j', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
    expect(isCalendarDate(text)).toBe(false);
  });

  it('knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
  });
});

describe('day indexes', () => {
  it('counts whole days from 1970-01-01 whatever the process time zone', () => {
    // The test script pins TZ=America/Los_Angeles, where a local-midnight parse would shift.
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(firstDayIndex('1970-01-02')).toBe(1);
    expect(isoFromDayIndex(firstDayIndex('2023-06-16'))).toBe('2023-06-16');
  });

  it('spans the whole month or year for coarser dates', () => {
    expect(isoFromDayIndex(firstDayIndex('2023-09'))).toBe('2023-09-01');
    expect(isoFromDayIndex(lastDayIndex('2023-09'))).toBe('2023-09-30');
    expect(isoFromDayIndex(lastDayIndex('2024-02'))).toBe('2024-02-29');
    expect(isoFromDayIndex(lastDayIndex('2016'))).toBe('2016-12-31');
    expect(lastDayIndex('2023-06-16')).toBe(firstDayIndex('2023-06-16'));
  });

  it('throws on an invalid date', () => {
    expect(() => firstDayIndex('2023-13')).toThrow(/Not a calendar date: "2023-13"/);
    expect(() => precisionOf('nope')).toThrow(RangeError);
  });
});

describe('compareCalendarDates', () => {
  it('orders by first day, then the longer period first', () => {
    const sorted = ['2023-07-11', '2023-07', '2023', '2023-06-16', '2016'].sort(
      compareCalendarDates,
    );
    expect(sorted).toEqual(['2016', '2023', '2023-06-16', '2023-07', '2023-07-11']);
  });
});

describe('formatCalendarDate', () => {
  it('formats at the date’s own precision', () => {
    expect(formatCalendarDate('2023-06-16')).toBe('June 16, 2023');
    expect(formatCalendarDate('2023-06')).toBe('June 2023');
    expect(formatCalendarDate('2016')).toBe('2016');
    expect(formatCalendarDate('2023-09-28', 'short')).toBe('Sep 28, 2023');
    expect(formatCalendarDate('2023-05-15', 'short')).toBe('May 15, 2023');
  });
});

describe('formatDateRange', () => {
  it('shares the month and year where it can', () => {
    expect(formatDateRange('2023-07-06', '2023-07-09')).toBe('July 6–9, 2023');
    expect(formatDateRange('2023-05-15', '2023-06-16')).toBe('May 15 – June 16, 2023');
    expect(formatDateRange('2023-08-27', '2023-08-30', 'short')).toBe('Aug 27–30, 2023');
  });

  it('falls back to two full dates across years or precisions', () => {
    expect(formatDateRange('2023-08', '2024-03')).toBe('August 2023 – March 2024');
    expect(formatDateRange('2023-05', '2023-09')).toBe('May – September 2023');
    expect(formatDateRange('2023-12-30', '2024-01-02')).toBe('December 30, 2023 – January 2, 2024');
  });

  it('is a single date without an end', () => {
    expect(formatDateRange('2023-07-11')).toBe('July 11, 2023');
    expect(formatDateRange('2023-07-11', '2023-07-11')).toBe('July 11, 2023');
  });
});
