import type { Money } from '../money';
import type { CreditBalance } from '../ledger/credit-balance';
import type { AutoRechargeRule } from '../ledger/ledger-entries';
import { lotExpiryMs, LotPool } from '../ledger/lot-pool';
import {
  addDays,
  calendarDateToMs,
  daysBetween,
  firstDayOfMonth,
  instantToMs,
  lastDayOfMonth,
  MS_PER_DAY,
  type CalendarDate,
} from '../time';
import { dailyRunRate, projectedSpendOn, spendByDate, type RunRate, type SpendHistory } from './run-rate';

export interface SpendForecastInput {
  readonly history: SpendHistory;
  readonly currency: string;
  /** settings.forecastWindowDays. */
  readonly windowDays: number;
  /** Today in the tenant's time zone: month-end spend is for its month. */
  readonly today: CalendarDate;
  /** The balance estimate with its lots, so projected expiries are forfeited too; null for postpaid tenants. */
  readonly balance: CreditBalance | null;
  readonly autoRecharge: AutoRechargeRule | null;
  /** How far ahead to project, in days. */
  readonly horizonDays?: number;
}

/** Each projected figure says how many days of history its run-rate rests on. */
export type ProjectedDate =
  | { readonly kind: 'date'; readonly date: CalendarDate; readonly historyDays: number }
  | { readonly kind: 'not-within-horizon'; readonly horizonDays: number; readonly historyDays: number }
  | { readonly kind: 'not-applicable'; readonly why: 'no-balance' | 'no-history' | 'no-auto-recharge'; readonly historyDays: number };

export interface MonthEndSpend {
  readonly month: string;
  readonly actual: Money;
  readonly actualDays: number;
  readonly projected: Money;
  readonly projectedDays: number;
  readonly total: Money;
  readonly historyDays: number;
}

export interface SpendForecast {
  readonly runRate: RunRate;
  readonly runOut: ProjectedDate;
  readonly nextAutoRecharge: ProjectedDate;
  readonly monthEnd: MonthEndSpend;
}

export const DEFAULT_HORIZON_DAYS = 366;

/**
 * Projects the balance day by day from the day after the last day with data: the day's run-rate spend is consumed
 * first-in first-out, lots expiring that day are forfeited, and the auto-recharge rule refills below its trigger.
 */
export function forecastSpend(input: SpendForecastInput): SpendForecast {
  const rate = dailyRunRate(input.history, input.windowDays, input.currency);
  const historyDays = rate.historyDays;
  const horizon = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const start = addDays(input.history.to, 1);
  const na = (why: 'no-balance' | 'no-history' | 'no-auto-recharge'): ProjectedDate => ({ kind: 'not-applicable', why, historyDays });

  let runOut: ProjectedDate = { kind: 'not-within-horizon', horizonDays: horizon, historyDays };
  let nextAutoRecharge: ProjectedDate = input.autoRecharge
    ? { kind: 'not-within-horizon', horizonDays: horizon, historyDays }
    : na('no-auto-recharge');
  if (input.balance === null || input.balance.kind !== 'estimate') {
    runOut = na('no-balance');
    if (input.autoRecharge) nextAutoRecharge = na('no-balance');
  } else if (rate.kind === 'no-history') {
    runOut = na('no-history');
    if (input.autoRecharge) nextAutoRecharge = na('no-history');
  } else {
    const pool = poolFrom(input.balance);
    for (let i = 0; i < horizon && (runOut.kind !== 'date' || nextAutoRecharge.kind === 'not-within-horizon'); i += 1) {
      const date = addDays(start, i);
      const endOfDayMs = calendarDateToMs(date) + MS_PER_DAY - 1;
      pool.consume(projectedSpendOn(rate, date));
      pool.expireUntil(endOfDayMs);
      const rule = input.autoRecharge;
      if (rule && rule.amount.micros > 0n && pool.balance() < rule.trigger.micros) {
        if (nextAutoRecharge.kind !== 'date') nextAutoRecharge = { kind: 'date', date, historyDays };
        pool.add({
          id: `projected-recharge-${i}`,
          origin: 'implied-recharge',
          acquiredAtMs: endOfDayMs,
          expiresAtMs: lotExpiryMs(endOfDayMs),
          original: rule.amount.micros,
          provisional: true,
        });
      }
      if (runOut.kind !== 'date' && pool.balance() <= 0n) runOut = { kind: 'date', date, historyDays };
    }
  }
  return { runRate: rate, runOut, nextAutoRecharge, monthEnd: monthEndSpend(input, rate) };
}

function poolFrom(balance: Extract<CreditBalance, { kind: 'estimate' }>): LotPool {
  const pool = new LotPool();
  let inLots = 0n;
  for (const lot of balance.lots) {
    const acquiredAtMs = lot.acquiredAt === null ? null : instantToMs(lot.acquiredAt);
    pool.add({
      id: lot.id,
      origin: lot.origin,
      acquiredAtMs,
      expiresAtMs: lot.expiresAt === null ? null : instantToMs(lot.expiresAt),
      original: lot.remaining.micros,
      provisional: lot.provisional,
    });
    inLots += lot.remaining.micros;
  }
  // A negative balance is a deficit no lot holds.
  if (balance.balance.micros < inLots) pool.consume(inLots - balance.balance.micros);
  return pool;
}

function monthEndSpend(input: SpendForecastInput, rate: RunRate): MonthEndSpend {
  const monthStart = firstDayOfMonth(input.today);
  const monthEnd = lastDayOfMonth(input.today);
  const byDate = spendByDate(input.history, input.currency);
  const lastActual = input.history.to < monthEnd ? input.history.to : monthEnd;
  let actual = 0n;
  let actualDays = 0;
  for (let d = monthStart > input.history.from ? monthStart : input.history.from; d <= lastActual; d = addDays(d, 1)) {
    actual += byDate.get(d) ?? 0n;
    actualDays += 1;
  }
  const firstProjected = addDays(input.history.to, 1) > monthStart ? addDays(input.history.to, 1) : monthStart;
  let projected = 0n;
  const projectedDays = Math.max(0, daysBetween(firstProjected, monthEnd) + 1);
  for (let i = 0; i < projectedDays; i += 1) projected += projectedSpendOn(rate, addDays(firstProjected, i));
  const money = (micros: bigint): Money => ({ micros, currency: input.currency });
  return {
    month: input.today.slice(0, 7),
    actual: money(actual),
    actualDays,
    projected: money(projected),
    projectedDays,
    total: money(actual + projected),
    historyDays: rate.historyDays,
  };
}
