/**
 * The timeline's time axis: a linear map from day indexes (whole days since 1970-01-01, see
 * calendar-date.ts) to pixels, and calendar ticks chosen for the space available. Everything is
 * in UTC calendar arithmetic, so no reader's time zone moves a tick.
 */

/** A window of time in day indexes: `from` is the first day shown, `to` the last. */
export interface DayWindow {
  from: number;
  to: number;
}

/** A linear scale from days to pixels over `window`, drawn between `start` and `end` pixels. */
export interface TimeScale {
  readonly window: DayWindow;
  readonly start: number;
  readonly end: number;
  /** Pixel position of the beginning of a day. */
  position(day: number): number;
  /** Day (fractional) at a pixel position. */
  day(position: number): number;
  /** Pixels per day. */
  readonly pxPerDay: number;
}

/** Builds the scale; the window covers whole days, so `to` ends at the end of its day. */
export function timeScale(window: DayWindow, start: number, end: number): TimeScale {
  const days = Math.max(1, window.to + 1 - window.from);
  const pxPerDay = (end - start) / days;
  return {
    window,
    start,
    end,
    pxPerDay,
    position: (day) => start + (day - window.from) * pxPerDay,
    day: (position) => window.from + (position - start) / pxPerDay,
  };
}

/**
 * A scale that gives each event its share of the length as well as each day: `linearShare` of
 * the length is spread evenly over the days of the window, the rest over the events (their first
 * days, `starts`), in proportion to their `weights` (1 each by default: the room each one's label
 * takes, say), each event's share laid over its own day. Weeks without
 * an event shrink and crowded days stretch, so that down a phone's column each title sits near
 * its mark; the map stays monotonic, so ticks, bars and eras keep their order and dates.
 * `pxPerDay` is what every day gets, the least: calendar ticks at a step chosen from it never
 * crowd, and fall further apart where events stretch the days.
 */
export function densityScale(
  window: DayWindow,
  starts: readonly number[],
  start: number,
  end: number,
  linearShare: number,
  weights: readonly number[] = [],
): TimeScale {
  const days = Math.max(1, window.to + 1 - window.from);
  const counts = new Map<number, number>();
  starts.forEach((day, i) => {
    const first = Math.floor(day);
    if (first >= window.from && first <= window.to)
      counts.set(first, (counts.get(first) ?? 0) + (weights[i] ?? 1));
  });
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0 || linearShare >= 1) return timeScale(window, start, end);
  const length = end - start;
  const perDay = (length * linearShare) / days;
  const perEvent = (length * (1 - linearShare)) / total;
  // Knots: the position at the beginning of each day that holds events, and after it.
  const knotDays = [...counts.keys()].sort((a, b) => a - b);
  const knots: { day: number; at: number }[] = [{ day: window.from, at: start }];
  let before = 0;
  for (const day of knotDays) {
    const at = start + (day - window.from) * perDay + before * perEvent;
    const held = counts.get(day) ?? 0;
    before += held;
    knots.push({ day, at }, { day: day + 1, at: at + perDay + held * perEvent });
  }
  knots.push({ day: window.to + 1, at: end });
  const dayKnots = knots.map((k) => k.day);
  const ats = knots.map((k) => k.at);
  return {
    window,
    start,
    end,
    pxPerDay: perDay,
    position: (day) => interpolate(dayKnots, ats, day, perDay),
    day: (position) => interpolate(ats, dayKnots, position, 1 / perDay),
  };
}

/** Piecewise-linear through the points (xs, ys), xs ascending; beyond them, at `slope`. */
function interpolate(
  xs: readonly number[],
  ys: readonly number[],
  x: number,
  slope: number,
): number {
  const last = xs.length - 1;
  const [x0, y0, xn, yn] = [xs[0] ?? 0, ys[0] ?? 0, xs[last] ?? 0, ys[last] ?? 0];
  if (x <= x0) return y0 + (x - x0) * slope;
  if (x >= xn) return yn + (x - xn) * slope;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) <= x) lo = mid;
    else hi = mid;
  }
  const [xa, ya, xb, yb] = [xs[lo] ?? 0, ys[lo] ?? 0, xs[hi] ?? 0, ys[hi] ?? 0];
  return xb === xa ? ya : ya + ((x - xa) / (xb - xa)) * (yb - ya);
}

const MS_PER_DAY = 86_400_000;
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const dateOf = (day: number) => new Date(day * MS_PER_DAY);
const dayOf = (year: number, month: number, date = 1) => Date.UTC(year, month, date) / MS_PER_DAY;

export interface Tick {
  /** Day index of the tick. */
  day: number;
  label: string;
  /** True at the start of a year (or a month, when ticks are days), drawn stronger. */
  major: boolean;
}

interface Step {
  unit: 'day' | 'month' | 'year';
  every: number;
}

/** Steps from fine to coarse, with the smallest pixels-per-step that keeps labels apart. */
const STEPS: readonly Step[] = [
  { unit: 'day', every: 1 },
  { unit: 'day', every: 2 },
  { unit: 'day', every: 7 },
  { unit: 'day', every: 14 },
  { unit: 'month', every: 1 },
  { unit: 'month', every: 2 },
  { unit: 'month', every: 3 },
  { unit: 'month', every: 6 },
  { unit: 'year', every: 1 },
  { unit: 'year', every: 2 },
  { unit: 'year', every: 5 },
  { unit: 'year', every: 10 },
];

const APPROX_DAYS = { day: 1, month: 30.44, year: 365.25 } as const;

/** The finest calendar step whose ticks are at least `minSpacing` pixels apart. */
export function chooseStep(pxPerDay: number, minSpacing: number): Step {
  return (
    STEPS.find((step) => APPROX_DAYS[step.unit] * step.every * pxPerDay >= minSpacing) ??
    STEPS[STEPS.length - 1] ?? { unit: 'year', every: 10 }
  );
}

/**
 * Calendar ticks inside `window`, spaced at least `minSpacing` pixels apart at `pxPerDay`.
 * Labels name what changes: days as "Jun 16", months as "Jun" (with the year in January or on
 * the first tick), years as "2023".
 */
export function timeTicks(window: DayWindow, pxPerDay: number, minSpacing = 64): Tick[] {
  const step = chooseStep(pxPerDay, minSpacing);
  const ticks: Tick[] = [];
  const first = dateOf(window.from);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();

  if (step.unit === 'day') {
    // Steps of days fall on the same days whatever the window, so that ticks stay put as the
    // window pans: weekly and fortnightly ones on Mondays (day 4, 1970-01-05, was one).
    const start = Math.ceil(window.from);
    const anchor = step.every >= 7 ? 4 : 0;
    const offset = (((anchor - start) % step.every) + step.every) % step.every;
    for (let day = start + offset; day <= window.to; day += step.every) {
      const d = dateOf(day);
      const major = d.getUTCDate() === 1;
      ticks.push({ day, label: `${SHORT_MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCDate()}`, major });
    }
    return ticks;
  }

  if (step.unit === 'month') {
    month = Math.ceil((month + (first.getUTCDate() > 1 ? 1 : 0)) / step.every) * step.every;
    for (let day = dayOf(year, month); day <= window.to; day = dayOf(year, month)) {
      const d = dateOf(day);
      const isJanuary = d.getUTCMonth() === 0;
      const name = SHORT_MONTHS[d.getUTCMonth()] ?? '';
      ticks.push({
        day,
        label: isJanuary || ticks.length === 0 ? `${name} ${d.getUTCFullYear()}` : name,
        major: isJanuary,
      });
      month += step.every;
      if (month > 11) {
        year += Math.floor(month / 12);
        month %= 12;
      }
    }
    return ticks;
  }

  year = Math.ceil((year + (window.from > dayOf(year, 0) ? 1 : 0)) / step.every) * step.every;
  for (let day = dayOf(year, 0); day <= window.to; year += step.every, day = dayOf(year, 0)) {
    ticks.push({ day, label: String(year), major: true });
  }
  return ticks;
}

/** Keeps a window inside `limits` and at least `minDays` long, preserving its centre if it can. */
export function clampWindow(window: DayWindow, limits: DayWindow, minDays = 7): DayWindow {
  const maxSpan = limits.to - limits.from;
  const span = Math.min(maxSpan, Math.max(minDays - 1, window.to - window.from));
  let from = window.from + (window.to - window.from - span) / 2;
  from = Math.min(Math.max(from, limits.from), limits.to - span);
  return { from, to: from + span };
}

/**
 * Zooms a window by `factor` (above 1 zooms in) around the day `pivot`, which stays where it
 * is on screen.
 */
export function zoomWindow(window: DayWindow, factor: number, pivot: number): DayWindow {
  return {
    from: pivot - (pivot - window.from) / factor,
    to: pivot + (window.to - pivot) / factor,
  };
}

/** Moves a window by `days`. */
export function panWindow(window: DayWindow, days: number): DayWindow {
  return { from: window.from + days, to: window.to + days };
}
