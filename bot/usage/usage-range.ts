/**
 * Which local dates a usage request covers: a preset relative to "today" in the tenant's time zone, or an explicit
 * from/to (inclusive). Ranges span at most 13 calendar months, the raw-row retention (architecture "Usage sources").
 */
import { addDays, firstDayOfMonth, isCalendarDate, lastDayOfMonth, type CalendarDate } from '../billing/time';

/** The tab's presets ('7d', '28d', 'month', '13m') and a few more; all end today except 'last-month'. */
export const USAGE_PRESETS = ['7d', '28d', '30d', '90d', 'month', 'last-month', '13m'] as const;
export type UsagePreset = (typeof USAGE_PRESETS)[number];
export const MAX_RANGE_MONTHS = 13;

export type RangeProblem = 'invalid-date' | 'from-after-to' | 'range-too-long' | 'unknown-preset';

export type UsageRange = { ok: true; from: CalendarDate; to: CalendarDate; preset: UsagePreset | null } | { ok: false; problem: RangeProblem };

function monthIndex(date: CalendarDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export function addMonthsToFirst(date: CalendarDate, months: number): CalendarDate {
  const index = monthIndex(date) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export function presetRange(preset: UsagePreset, today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  switch (preset) {
    case '7d':
      return { from: addDays(today, -6), to: today };
    case '28d':
      return { from: addDays(today, -27), to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case '90d':
      return { from: addDays(today, -89), to: today };
    case 'month':
      return { from: firstDayOfMonth(today), to: today };
    case 'last-month': {
      const from = addMonthsToFirst(today, -1);
      return { from, to: lastDayOfMonth(from) };
    }
    case '13m':
      // This month and the twelve before it.
      return { from: addMonthsToFirst(today, -(MAX_RANGE_MONTHS - 1)), to: today };
  }
}

export function resolveUsageRange(input: { preset?: string; from?: string; to?: string }, today: CalendarDate): UsageRange {
  if (input.preset !== undefined && input.preset !== '') {
    if (!(USAGE_PRESETS as readonly string[]).includes(input.preset)) return { ok: false, problem: 'unknown-preset' };
    const preset = input.preset as UsagePreset;
    return { ok: true, ...presetRange(preset, today), preset };
  }
  if (input.from === undefined && input.to === undefined) return { ok: true, ...presetRange('month', today), preset: 'month' };
  const to = input.to ?? today;
  const from = input.from ?? firstDayOfMonth(to);
  if (!isCalendarDate(from) || !isCalendarDate(to)) return { ok: false, problem: 'invalid-date' };
  if (from > to) return { ok: false, problem: 'from-after-to' };
  if (monthIndex(to) - monthIndex(from) >= MAX_RANGE_MONTHS) return { ok: false, problem: 'range-too-long' };
  return { ok: true, from, to, preset: null };
}

/** The months ('YYYY-MM') a range touches. */
export function monthsOfRange(from: CalendarDate, to: CalendarDate): string[] {
  // Month numbers, not strings: past 9999-12 the next month ('10000-01') sorts before the end and the loop never ended.
  const months: string[] = [];
  for (let m = monthIndex(from), last = monthIndex(to); m <= last; m += 1) months.push(`${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`);
  return months;
}
