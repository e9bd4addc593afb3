import { describe, expect, it } from 'vitest';
import { firstDayIndex as day } from './calendar-date';
import {
  chooseStep,
  clampWindow,
  densityScale,
  panWindow,
  timeScale,
  timeTicks,
  zoomWindow,
} from './timeline-scale';

const mayToSep = { from: day('2023-05-01'), to: day('2023-09-30') };

describe('timeScale', () => {
  it('maps whole days onto the pixel range and back', () => {
    const scale = timeScale(mayToSep, 100, 100 + 153 * 5);
    expect(scale.pxPerDay).toBe(5);
    expect(scale.position(day('2023-05-01'))).toBe(100);
    expect(scale.position(day('2023-09-30') + 1)).toBe(865);
    expect(scale.day(scale.position(day('2023-07-11')))).toBe(day('2023-07-11'));
  });
});

describe('densityScale', () => {
  // 153 days over 612 px; half spread over the days (2 px a day), half over the 4 events.
  const july11 = day('2023-07-11');
  const starts = [day('2023-05-20'), july11, july11, day('2023-07-12')];
  const scale = densityScale(mayToSep, starts, 0, 612, 0.5);

  it('spans the window, and gives each day its share and each event its own', () => {
    expect(scale.position(mayToSep.from)).toBe(0);
    expect(scale.position(mayToSep.to + 1)).toBeCloseTo(612);
    // A day with two events: its 2 px and two shares of 76.5 px.
    expect(scale.position(july11 + 1) - scale.position(july11)).toBeCloseTo(2 + 2 * 76.5);
    // Shares in proportion to weights, when given: the first event three times the others.
    const weighted = densityScale(mayToSep, starts, 0, 612, 0.5, [3, 1, 1, 1]);
    const may20 = day('2023-05-20');
    expect(weighted.position(may20 + 1) - weighted.position(may20)).toBeCloseTo(2 + 3 * 51);
    // A quiet week: its days' shares alone.
    const quiet = day('2023-06-05');
    expect(scale.position(quiet + 7) - scale.position(quiet)).toBeCloseTo(14);
    expect(scale.pxPerDay).toBe(2);
  });

  it('keeps time in order and maps positions back to days', () => {
    let last = -Infinity;
    for (let d = mayToSep.from - 3; d <= mayToSep.to + 3; d += 0.5) {
      const at = scale.position(d);
      expect(at).toBeGreaterThan(last);
      expect(scale.day(at)).toBeCloseTo(d);
      last = at;
    }
  });

  it('is the linear scale when there is no event, or no share for them', () => {
    const linear = timeScale(mayToSep, 0, 612);
    for (const other of [
      densityScale(mayToSep, [], 0, 612, 0.5),
      densityScale(mayToSep, starts, 0, 612, 1),
    ])
      expect(other.position(july11)).toBe(linear.position(july11));
  });
});

describe('timeTicks', () => {
  it('uses months for a few months, labelling the year on the first tick', () => {
    const ticks = timeTicks(mayToSep, 5, 72);
    expect(ticks.map((t) => t.label)).toEqual(['May 2023', 'Jun', 'Jul', 'Aug', 'Sep']);
    expect(ticks[0]?.day).toBe(day('2023-05-01'));
  });

  it('uses years over a decade', () => {
    const decade = { from: day('2014-01-01'), to: day('2024-12-31') };
    const ticks = timeTicks(decade, 800 / (decade.to - decade.from), 64);
    expect(ticks.map((t) => t.label)).toEqual([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    const tight = timeTicks(decade, 500 / (decade.to - decade.from), 64);
    expect(tight.map((t) => t.label)).toEqual(['2014', '2016', '2018', '2020', '2022', '2024']);
  });

  it('uses days when zoomed in, starting on whole days', () => {
    const week = { from: day('2023-07-10') + 0.4, to: day('2023-07-16') };
    const ticks = timeTicks(week, 120, 72);
    expect(ticks.map((t) => t.label)).toEqual([
      'Jul 11',
      'Jul 12',
      'Jul 13',
      'Jul 14',
      'Jul 15',
      'Jul 16',
    ]);
  });

  it('marks January as major and keeps ticks apart', () => {
    const year = { from: day('2023-10-01'), to: day('2024-03-31') };
    const pxPerDay = 900 / 183;
    const ticks = timeTicks(year, pxPerDay, 72);
    expect(ticks.find((t) => t.label === 'Jan 2024')?.major).toBe(true);
    for (let i = 1; i < ticks.length; i++) {
      expect(((ticks[i]?.day ?? 0) - (ticks[i - 1]?.day ?? 0)) * pxPerDay).toBeGreaterThanOrEqual(
        72 - 5,
      );
    }
  });

  it('keeps steps of days on the same days as the window pans', () => {
    const pxPerDay = 900 / 153;
    const days = (from: string) =>
      timeTicks({ from: day(from), to: day(from) + 152 }, pxPerDay, 72).map((t) => t.day);
    const a = days('2023-05-01');
    const b = days('2023-05-02');
    expect(a.length).toBeGreaterThan(5);
    // The ticks both windows hold are the same ticks.
    const shared = a.filter((d) => d >= day('2023-05-02'));
    expect(b.slice(0, shared.length)).toEqual(shared);
  });

  it('does not shift with the time zone', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(
      timeTicks({ from: day('2023-06-15'), to: day('2023-06-17') }, 200, 72).map((t) => t.label),
    ).toEqual(['Jun 15', 'Jun 16', 'Jun 17']);
  });
});

describe('chooseStep', () => {
  it('chooses the finest step with enough room', () => {
    expect(chooseStep(100, 64)).toEqual({ unit: 'day', every: 1 });
    expect(chooseStep(1, 64)).toEqual({ unit: 'month', every: 3 });
    expect(chooseStep(0.001, 64)).toEqual({ unit: 'year', every: 10 });
  });
});

describe('window arithmetic', () => {
  it('zooms around a pivot that stays put', () => {
    const zoomed = zoomWindow({ from: 0, to: 100 }, 2, 25);
    expect(zoomed).toEqual({ from: 12.5, to: 62.5 });
  });

  it('pans and clamps into the limits, keeping a minimum span', () => {
    expect(panWindow({ from: 10, to: 20 }, -15)).toEqual({ from: -5, to: 5 });
    expect(clampWindow({ from: -5, to: 5 }, { from: 0, to: 100 })).toEqual({ from: 0, to: 10 });
    expect(clampWindow({ from: 50, to: 51 }, { from: 0, to: 100 }, 7)).toEqual({
      from: 47.5,
      to: 53.5,
    });
    expect(clampWindow({ from: -50, to: 500 }, { from: 0, to: 100 })).toEqual({ from: 0, to: 100 });
  });
});
