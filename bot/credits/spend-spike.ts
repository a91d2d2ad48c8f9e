/**
 * Was the latest complete day's spend a spike against the trailing baseline? (issue 6 "Alerts": a daily spend spike
 * against the trailing baseline, with a configurable factor.) Decides only; the run-rate arithmetic is the domain's.
 */
import { dailyRunRate, type SpendHistory } from '../billing/forecast/run-rate';
import type { Money } from '../billing/money';
import { addDays, daysBetween, type CalendarDate } from '../billing/time';

/** The baseline is the average day of the four weeks before the day, so weekends are in it at their share. */
export const SPIKE_BASELINE_DAYS = 28;
/** Fewer days than this behind the baseline and no spike is claimed. */
export const SPIKE_MIN_BASELINE_DAYS = 7;

export type SpendSpike =
  | {
      readonly kind: 'spike' | 'normal';
      readonly day: CalendarDate;
      readonly spend: Money;
      /** Average spend per day over the baseline window. */
      readonly baseline: Money;
      readonly baselineDays: number;
      readonly factor: number;
    }
  | { readonly kind: 'unknown'; readonly why: 'no-history' | 'short-history' | 'no-baseline-spend' };

/** The factor as hundredths, so the comparison stays in integers: spend × 100 > baseline × round(factor × 100). */
function factorHundredths(factor: number): bigint {
  return BigInt(Math.round(factor * 100));
}

export function spendSpike(history: SpendHistory, factor: number, currency: string): SpendSpike {
  const day = history.to;
  if (daysBetween(history.from, day) < 0) return { kind: 'unknown', why: 'no-history' };
  const before: SpendHistory = { from: history.from, to: addDays(day, -1), days: history.days.filter((d) => d.date < day) };
  const rate = dailyRunRate(before, SPIKE_BASELINE_DAYS, currency);
  if (rate.kind === 'no-history' || rate.historyDays < SPIKE_MIN_BASELINE_DAYS) return { kind: 'unknown', why: 'short-history' };
  if (rate.perDay.micros <= 0n) return { kind: 'unknown', why: 'no-baseline-spend' };
  let spent = 0n;
  for (const d of history.days) if (d.date === day) spent += d.spend.micros;
  const spike = spent * 100n > rate.perDay.micros * factorHundredths(factor);
  return {
    kind: spike ? 'spike' : 'normal',
    day,
    spend: { micros: spent, currency },
    baseline: rate.perDay,
    baselineDays: rate.historyDays,
    factor,
  };
}
