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
