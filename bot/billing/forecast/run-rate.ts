import { divideRounded, type Money } from '../money';
import { addDays, daysBetween, weekdayOf, type CalendarDate } from '../time';

export interface DailySpend {
  readonly date: CalendarDate;
  readonly spend: Money;
}

/** Spend per day in the tenant's time zone; a day in [from, to] without a row spent nothing. */
export interface SpendHistory {
  readonly from: CalendarDate;
  /** The last complete day with data (usage lags 24 to 48 hours: domain-facts §7.1). */
  readonly to: CalendarDate;
  readonly days: readonly DailySpend[];
}

/** Weekday-aware once there are four weeks of history (issue 3 "Forecast"): weekdays and weekends differ a lot. */
export const WEEKDAY_AWARE_MIN_DAYS = 28;

export type RunRate =
  | {
      readonly kind: 'flat';
      readonly perDay: Money;
      readonly window: { readonly from: CalendarDate; readonly to: CalendarDate };
      readonly historyDays: number;
    }
  | {
      readonly kind: 'weekday-aware';
      /** The average over the window. */
      readonly perDay: Money;
      /** Index 0 = Sunday … 6 = Saturday. */
      readonly byWeekday: readonly Money[];
      readonly window: { readonly from: CalendarDate; readonly to: CalendarDate };
      readonly historyDays: number;
    }
  | { readonly kind: 'no-history'; readonly historyDays: 0 };

export function spendByDate(history: SpendHistory, currency: string): Map<CalendarDate, bigint> {
  const byDate = new Map<CalendarDate, bigint>();
  for (const day of history.days) {
    if (day.spend.currency !== currency) throw new RangeError(`Spend on ${day.date} is in ${day.spend.currency}, not ${currency}`);
    byDate.set(day.date, (byDate.get(day.date) ?? 0n) + day.spend.micros);
  }
  return byDate;
}

/** The daily run-rate over the trailing window, which ends on the last day with data. */
export function dailyRunRate(history: SpendHistory, windowDays: number, currency: string): RunRate {
  const available = daysBetween(history.from, history.to) + 1;
  if (available <= 0 || windowDays <= 0) return { kind: 'no-history', historyDays: 0 };
  const byDate = spendByDate(history, currency);
  const money = (micros: bigint): Money => ({ micros, currency });
  const used = Math.min(windowDays, available);

  if (available >= WEEKDAY_AWARE_MIN_DAYS && used >= WEEKDAY_AWARE_MIN_DAYS) {
    // Whole weeks only, so every weekday is sampled the same number of times.
    const weeks = Math.floor(used / 7);
    const days = weeks * 7;
    const from = addDays(history.to, -(days - 1));
    const sums = new Array<bigint>(7).fill(0n);
    let total = 0n;
    for (let i = 0; i < days; i += 1) {
      const date = addDays(from, i);
      const spend = byDate.get(date) ?? 0n;
      sums[weekdayOf(date)]! += spend;
      total += spend;
    }
    return {
      kind: 'weekday-aware',
      perDay: money(divideRounded(total, BigInt(days), 'half-up')),
      byWeekday: sums.map((sum) => money(divideRounded(sum, BigInt(weeks), 'half-up'))),
      window: { from, to: history.to },
      historyDays: days,
    };
  }
  const from = addDays(history.to, -(used - 1));
  let total = 0n;
  for (let i = 0; i < used; i += 1) total += byDate.get(addDays(from, i)) ?? 0n;
  return {
    kind: 'flat',
    perDay: money(divideRounded(total, BigInt(used), 'half-up')),
    window: { from, to: history.to },
    historyDays: used,
  };
}

export function projectedSpendOn(rate: RunRate, date: CalendarDate): bigint {
  if (rate.kind === 'no-history') return 0n;
  if (rate.kind === 'flat') return rate.perDay.micros;
  return rate.byWeekday[weekdayOf(date)]!.micros;
}
