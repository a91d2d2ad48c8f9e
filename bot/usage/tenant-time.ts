/**
 * Calendar dates in the tenant's time zone (architecture "Money and time": roll-up dates, "today" and month-to-date
 * are in it). Every UTC offset, and every offset change, falls on a 15-minute boundary, so the local date is constant
 * within a 15-minute UTC bucket; caching per bucket makes dating a million rows cheap.
 */
import { addDays, msToCalendarDate, type CalendarDate } from '../billing/time';

const QUARTER_HOUR_MS = 15 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const bucketCache = new Map<string, Map<number, CalendarDate>>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

function localParts(ms: number, timeZone: string): { date: CalendarDate; minutes: number } {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

export function localDateOfMs(ms: number, timeZone: string): CalendarDate {
  const bucket = Math.floor(ms / QUARTER_HOUR_MS);
  let cache = bucketCache.get(timeZone);
  if (!cache) bucketCache.set(timeZone, (cache = new Map()));
  let date = cache.get(bucket);
  if (date === undefined) {
    date = localParts(bucket * QUARTER_HOUR_MS, timeZone).date;
    if (cache.size > 200_000) cache.clear();
    cache.set(bucket, date);
  }
  return date;
}

export function localDateOf(instant: string, timeZone: string): CalendarDate {
  return localDateOfMs(Date.parse(instant), timeZone);
}

/** The UTC offset in minutes at an instant (local − UTC). */
function offsetMinutes(ms: number, timeZone: string): number {
  const { date, minutes } = localParts(ms, timeZone);
  const localAsUtc = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const utcFloor = Math.floor(ms / 60_000) * 60_000;
  return Math.round((localAsUtc - utcFloor) / 60_000);
}

/** The first instant of a local date: local midnight, or the first instant after it when DST skips midnight. */
export function localMidnightMs(date: CalendarDate, timeZone: string): number {
  const naive = Date.parse(`${date}T00:00:00Z`);
  let guess = naive - offsetMinutes(naive, timeZone) * 60_000;
  guess = naive - offsetMinutes(guess, timeZone) * 60_000;
  // If the guess falls on the previous local day (a skipped midnight), step forward by quarter hours.
  while (localDateOfMs(guess, timeZone) < date) guess += QUARTER_HOUR_MS;
  while (localDateOfMs(guess - QUARTER_HOUR_MS, timeZone) === date) guess -= QUARTER_HOUR_MS;
  return guess;
}

/** [start, end) of a local date in UTC milliseconds. */
export function localDayBoundsMs(date: CalendarDate, timeZone: string): { startMs: number; endMs: number } {
  return { startMs: localMidnightMs(date, timeZone), endMs: localMidnightMs(addDays(date, 1), timeZone) };
}

/** The UTC dates (call partitions) that hold calls of a local date: one or two. */
export function utcDatesOfLocalDay(date: CalendarDate, timeZone: string): CalendarDate[] {
  const { startMs, endMs } = localDayBoundsMs(date, timeZone);
  const first = msToCalendarDate(startMs);
  const last = msToCalendarDate(endMs - 1);
  const dates = [first];
  for (let d = first; d < last; ) dates.push((d = addDays(d, 1)));
  return dates;
}

export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}
