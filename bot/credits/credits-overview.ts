/**
 * The credits picture of one tenant at one instant, as domain values: what GET /api/v1/credits shows, what the alerts
 * decide on and what the bot's coverage answer rests on. Built by CreditsService; the pure choices live here.
 */
import type { SpendForecast } from '../billing/forecast/spend-forecast';
import type { SpendHistory } from '../billing/forecast/run-rate';
import type { CreditBalance, CreditLot } from '../billing/ledger/credit-balance';
import type { AutoRechargeRule, LedgerEntry } from '../billing/ledger/ledger-entries';
import type { PostpaidSpend } from '../billing/ledger/postpaid-spend';
import { viewLedger } from '../billing/ledger/ledger-view';
import type { Money } from '../billing/money';
import type { BillingModel } from '../billing/settings';
import { addDays, firstDayOfMonth, instantToMs, type CalendarDate, type Instant } from '../billing/time';
import type { UsageFreshness } from '../usage/charge-feed';
import { localDateOf } from '../usage/tenant-time';
import { SPIKE_BASELINE_DAYS, type SpendSpike } from './spend-spike';

export interface AlertThresholds {
  /** null turns the low-balance alert off. */
  readonly lowBalance: Money | null;
  readonly runOutWithinDays: number;
  readonly spendSpikeFactor: number;
  readonly lotsExpiringWithinDays: number;
}

export interface AutoRechargeInForce {
  readonly rule: AutoRechargeRule;
  readonly effectiveFrom: Instant;
  readonly entryId: string;
}

export interface CreditsOverview {
  readonly tenantId: string;
  readonly at: Instant;
  readonly currency: string;
  readonly billingModel: BillingModel;
  readonly timeZone: string;
  readonly today: CalendarDate;
  readonly freshness: UsageFreshness;
  /** The prepaid estimate; null for postpaid tenants, who see spend against a budget instead. */
  readonly balance: CreditBalance | null;
  readonly expiringLots: { readonly withinDays: number; readonly lots: readonly CreditLot[] };
  readonly autoRecharge: AutoRechargeInForce | null;
  /** Month-to-date spend against the monthly budget; null for prepaid tenants. */
  readonly postpaid: PostpaidSpend | null;
  readonly history: SpendHistory;
  readonly forecast: SpendForecast;
  readonly spike: SpendSpike;
  readonly thresholds: AlertThresholds;
}

/** The auto-recharge rule in force at `atMs`, with the entry that set it; null when none is or it was turned off. */
export function autoRechargeInForce(entries: readonly LedgerEntry[], atMs: number): AutoRechargeInForce | null {
  let found: AutoRechargeInForce | null = null;
  for (const entry of viewLedger(entries).rules) {
    if (instantToMs(entry.effectiveFrom) > atMs) break;
    found = entry.rule && { rule: entry.rule, effectiveFrom: entry.effectiveFrom, entryId: entry.id };
  }
  return found;
}

export interface HistoryWindow {
  readonly from: CalendarDate;
  /** The last complete day with data; before `from` when there is no data at all. */
  readonly to: CalendarDate;
}

/**
 * Which days of spend the forecast and the spike check read. Usage lags 24 to 48 hours (domain-facts §7.1), so the
 * last complete day is the day before the newest call's day (that day may still be filling), and never today.
 * The window reaches back far enough for the run-rate, the spike baseline and this month's actual spend.
 */
export function historyWindow(input: {
  readonly today: CalendarDate;
  readonly newestCallAt: Instant | null;
  readonly timeZone: string;
  readonly forecastWindowDays: number;
}): HistoryWindow {
  if (input.newestCallAt === null) return { from: input.today, to: addDays(input.today, -1) };
  const newestDay = localDateOf(input.newestCallAt, input.timeZone);
  const yesterday = addDays(input.today, -1);
  const lastComplete = addDays(newestDay < input.today ? newestDay : input.today, -1);
  const to = lastComplete < yesterday ? lastComplete : yesterday;
  const back = Math.max(input.forecastWindowDays, SPIKE_BASELINE_DAYS + 1);
  const windowStart = addDays(to, -(back - 1));
  const monthStart = firstDayOfMonth(input.today);
  return { from: windowStart < monthStart ? windowStart : monthStart, to };
}
