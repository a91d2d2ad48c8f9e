/**
 * Time helpers for a domain that never reads the clock (architecture "Money and time"): every instant is a parameter.
 * Instants are ISO 8601 strings in UTC; calendar dates are 'YYYY-MM-DD' in the tenant's time zone, chosen by the caller.
 */

/** An ISO 8601 instant, e.g. '2025-03-01T12:00:00Z'. */
export type Instant = string;
/** A calendar date 'YYYY-MM-DD'. */
export type CalendarDate = string;

export const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an instant; an unparseable one is a bug upstream (inputs are validated at the edge), so it throws. */
export function instantToMs(instant: Instant): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant: ${JSON.stringify(instant)}`);
  return ms;
}

export function msToInstant(ms: number): Instant {
  return new Date(ms).toISOString();
}

export function isCalendarDate(text: string): boolean {
  const match = DATE_RE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return new Date(ms).toISOString().slice(0, 10) === text;
}

export function calendarDateToMs(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return Date.parse(`${date}T00:00:00Z`);
}

export function msToCalendarDate(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return msToCalendarDate(calendarDateToMs(date) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((calendarDateToMs(to) - calendarDateToMs(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(calendarDateToMs(date)).getUTCDay();
}

export function lastDayOfMonth(date: CalendarDate): CalendarDate {
  const d = new Date(calendarDateToMs(date));
  return msToCalendarDate(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
}

export function firstDayOfMonth(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 7)}-01`;
}

/**
 * Adds calendar months in UTC, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb),
 * so "12 months after purchase" (domain-facts §2.3) never spills into the next month.
 */
export function addCalendarMonthsMs(ms: number, months: number): number {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}
