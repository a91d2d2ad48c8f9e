/**
 * What the usage half hands to the credits half (issue 6): the charges that draw on the Communications Credits
 * balance, daily spend for the forecast, and how fresh the data is. Implemented over the pstnCalls and usageDaily
 * tables by StoredChargeFeed (bot/usage/stored-charge-feed.ts).
 */
import type { CreditCharge } from '../billing/ledger/ledger-entries';
import type { DailySpend } from '../billing/forecast/run-rate';
import type { CalendarDate, Instant } from '../billing/time';

export interface UsageFreshness {
  /** When the last successful Graph sync or usage import finished (UTC ISO), or null if never. */
  readonly lastSyncAt: Instant | null;
  /** The newest call start seen in the stored rows (UTC ISO). Data lags 24 to 48 hours (domain-facts §7.1). */
  readonly newestCallAt: Instant | null;
  /** The last sync's error code (e.g. 'graph-permission-missing'), or null when the last run succeeded. */
  readonly lastError: string | null;
  /** When that error happened. */
  readonly lastErrorAt: Instant | null;
}

export interface ChargeFeed {
  /**
   * Rows that draw on the Communications Credits balance (charge + connection charge > 0, not dr_*, not FREECALL:
   * drawsOnCommunicationsCredits), whose call STARTED in [from, to), as ledger charges. The id is the stored row's id
   * (one id per call after cross-source de-duplication), so applying the same row twice counts once.
   * Streams in start-day order; within a day the order is unspecified.
   */
  creditCharges(tenantId: string, from: Date, to: Date): AsyncIterable<CreditCharge>;

  /**
   * Credit-drawing spend per calendar day in the tenant's time zone, for dates in [fromDate, toDate] inclusive,
   * read from the roll-ups. Days without spend are omitted. Only amounts in `currency` are returned.
   */
  dailySpend(tenantId: string, fromDate: CalendarDate, toDate: CalendarDate, currency: string): Promise<DailySpend[]>;

  freshness(tenantId: string): Promise<UsageFreshness>;
}

/**
 * Runs after a sync or an import has changed a tenant's usage (alert evaluation registers here in index.ts).
 * A failing hook is logged and does not fail the sync.
 */
export type AfterUsageChangeHook = (tenantId: string) => Promise<void>;
