/**
 * The usage range picker's arithmetic: calendar days ("2025-03-01") in the tenant's time zone, inclusive at both ends.
 * Pure: "today" is a parameter.
 */

export type CalendarDate = string;

export const RANGE_PRESETS = ['7d', '28d', 'month', '13m'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

/** Raw rows are kept 13 months (architecture "Retention"); the API refuses a range over more calendar months. */
export const MAX_RANGE_MONTHS = 13;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtcMs(date: CalendarDate): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  const [, y, m, d] = match;
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  return fromUtcMs(toUtcMs(value)) === value;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Days from `from` to `to`, both counted: 2025-03-01..2025-03-07 is 7. */
export function daysInRange(range: DateRange): number {
  return Math.round((toUtcMs(range.to) - toUtcMs(range.from)) / DAY_MS) + 1;
}

export function eachDay(range: DateRange): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let ms = toUtcMs(range.from), end = toUtcMs(range.to); ms <= end; ms += DAY_MS) days.push(fromUtcMs(ms));
  return days;
}

function monthIndex(date: CalendarDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export function firstOfMonth(date: CalendarDate, monthsBack = 0): CalendarDate {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 - monthsBack];
  return fromUtcMs(Date.UTC(y, m, 1));
}

/** Today's date in a time zone ("en-CA" formats as YYYY-MM-DD). */
export function todayIn(timeZone: string, now: Date): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The presets end today; "13 months" is this month and the twelve before it. */
export function presetRange(preset: RangePreset, today: CalendarDate): DateRange {
  switch (preset) {
    case '7d':
      return { from: addDays(today, -6), to: today };
    case '28d':
      return { from: addDays(today, -27), to: today };
    case 'month':
      return { from: firstOfMonth(today), to: today };
    case '13m':
      return { from: firstOfMonth(today, 12), to: today };
  }
}

export type CustomRangeProblem = 'invalid' | 'order' | 'future' | 'tooLong';

export function checkCustomRange(from: string, to: string, today: CalendarDate): CustomRangeProblem | null {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return 'invalid';
  if (from > to) return 'order';
  if (to > today) return 'future';
  if (monthIndex(to) - monthIndex(from) >= MAX_RANGE_MONTHS) return 'tooLong';
  return null;
}
