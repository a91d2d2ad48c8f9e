/**
 * Which alert conditions hold in a credits overview (issue 6 "Alerts"). Decides only: the alert service turns the
 * answers into episodes and messages. A condition that cannot be judged (no snapshot, too little history) is
 * 'unknown', which neither opens nor clears an episode.
 */
import { compareMoney, toMoneyJson, type MoneyJson } from '../billing/money';
import { daysBetween, type CalendarDate, type Instant } from '../billing/time';
import type { CreditsOverview } from './credits-overview';

export const ALERT_KINDS = ['lowBalance', 'runOutSoon', 'spendSpike', 'lotsExpiring'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** What a message about the alert shows; JSON-safe, so an episode keeps the facts it opened with. */
export type AlertFacts =
  | { readonly kind: 'lowBalance'; readonly balance: MoneyJson; readonly threshold: MoneyJson }
  | {
      readonly kind: 'runOutSoon';
      readonly runOutDate: CalendarDate;
      readonly daysLeft: number;
      readonly withinDays: number;
      readonly balance: MoneyJson;
      readonly perDay: MoneyJson;
      readonly historyDays: number;
    }
  | {
      readonly kind: 'spendSpike';
      readonly day: CalendarDate;
      readonly spend: MoneyJson;
      readonly baseline: MoneyJson;
      readonly baselineDays: number;
      readonly factor: number;
    }
  | {
      readonly kind: 'lotsExpiring';
      readonly withinDays: number;
      readonly lots: ReadonlyArray<{ readonly id: string; readonly remaining: MoneyJson; readonly expiresAt: Instant }>;
    };

export interface AlertContext {
  /** When the estimate was made, and the newest call it saw (usage lags 24 to 48 hours). */
  readonly at: Instant;
  readonly newestCallAt: Instant | null;
  readonly timeZone: string;
}

export type AlertCondition =
  | { readonly kind: AlertKind; readonly state: 'active'; readonly facts: AlertFacts; readonly context: AlertContext }
  | { readonly kind: AlertKind; readonly state: 'inactive' | 'unknown' };

export function alertConditions(overview: CreditsOverview): AlertCondition[] {
  const context: AlertContext = { at: overview.at, newestCallAt: overview.freshness.newestCallAt, timeZone: overview.timeZone };
  const active = (facts: AlertFacts): AlertCondition => ({ kind: facts.kind, state: 'active', facts, context });
  const not = (kind: AlertKind, state: 'inactive' | 'unknown'): AlertCondition => ({ kind, state });
  return [lowBalance(overview, active, not), runOutSoon(overview, active, not), spendSpike(overview, active, not), lotsExpiring(overview, active, not)];
}

type Active = (facts: AlertFacts) => AlertCondition;
type Not = (kind: AlertKind, state: 'inactive' | 'unknown') => AlertCondition;

function lowBalance(o: CreditsOverview, active: Active, not: Not): AlertCondition {
  const threshold = o.thresholds.lowBalance;
  // Postpaid tenants have no balance; a tenant that switched clears its open episode.
  if (o.balance === null || threshold === null) return not('lowBalance', 'inactive');
  if (o.balance.kind !== 'estimate') return not('lowBalance', 'unknown');
  if (threshold.currency !== o.balance.balance.currency) return not('lowBalance', 'unknown');
  return compareMoney(o.balance.balance, threshold) < 0
    ? active({ kind: 'lowBalance', balance: toMoneyJson(o.balance.balance), threshold: toMoneyJson(threshold) })
    : not('lowBalance', 'inactive');
}

function runOutSoon(o: CreditsOverview, active: Active, not: Not): AlertCondition {
  if (o.balance === null) return not('runOutSoon', 'inactive');
  if (o.balance.kind !== 'estimate') return not('runOutSoon', 'unknown');
  const runOut = o.forecast.runOut;
  if (runOut.kind === 'not-applicable') return not('runOutSoon', 'unknown');
  if (runOut.kind === 'not-within-horizon') return not('runOutSoon', 'inactive');
  const rate = o.forecast.runRate;
  const daysLeft = daysBetween(o.today, runOut.date);
  if (daysLeft > o.thresholds.runOutWithinDays || rate.kind === 'no-history') return not('runOutSoon', 'inactive');
  return active({
    kind: 'runOutSoon',
    runOutDate: runOut.date,
    daysLeft: Math.max(0, daysLeft),
    withinDays: o.thresholds.runOutWithinDays,
    balance: toMoneyJson(o.balance.balance),
    perDay: toMoneyJson(rate.perDay),
    historyDays: runOut.historyDays,
  });
}

function spendSpike(o: CreditsOverview, active: Active, not: Not): AlertCondition {
  const spike = o.spike;
  if (spike.kind === 'unknown') return not('spendSpike', 'unknown');
  if (spike.kind === 'normal') return not('spendSpike', 'inactive');
  return active({
    kind: 'spendSpike',
    day: spike.day,
    spend: toMoneyJson(spike.spend),
    baseline: toMoneyJson(spike.baseline),
    baselineDays: spike.baselineDays,
    factor: spike.factor,
  });
}

function lotsExpiring(o: CreditsOverview, active: Active, not: Not): AlertCondition {
  if (o.balance === null) return not('lotsExpiring', 'inactive');
  if (o.balance.kind !== 'estimate') return not('lotsExpiring', 'unknown');
  const lots = o.expiringLots.lots.flatMap((lot) =>
    lot.expiresAt !== null && lot.remaining.micros > 0n ? [{ id: lot.id, remaining: toMoneyJson(lot.remaining), expiresAt: lot.expiresAt }] : [],
  );
  if (lots.length === 0) return not('lotsExpiring', 'inactive');
  return active({ kind: 'lotsExpiring', withinDays: o.expiringLots.withinDays, lots });
}
