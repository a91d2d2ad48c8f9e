/**
 * Calendar dates in the tenant's time zone (architecture "Money and time": "today", month-to-date and expiry are in
 * it), with Intl only. Time is UTC at rest; these convert at the edge of a question.
 */
import type { CalendarDate, Instant } from '../billing/time';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(ms: number, timeZone: string): { date: CalendarDate; wallMs: number } {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const wallMs = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return { date, wallMs };
}

/** The calendar date an instant falls on in the time zone. */
export function localDateOf(at: Date | Instant, timeZone: string): CalendarDate {
  return wallClock(typeof at === 'string' ? Date.parse(at) : at.getTime(), timeZone).date;
}

/** The instant a calendar day starts in the time zone (local midnight, or the first instant after a DST gap). */
export function startOfLocalDay(date: CalendarDate, timeZone: string): Date {
  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  let guess = midnightAsUtc;
  // Two rounds settle the offset on both sides of a DST change.
  for (let i = 0; i < 2; i += 1) {
    const offset = wallClock(guess, timeZone).wallMs - (guess - (guess % 1000));
    guess = midnightAsUtc - offset;
  }
  // In a gap (no local midnight), the day starts at the first instant whose local date is that day.
  while (localDateOf(new Date(guess), timeZone) < date) guess += 15 * 60 * 1000;
  return new Date(guess);
}
