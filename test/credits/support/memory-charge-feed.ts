/**
 * An in-memory ChargeFeed for the credits unit tests: charges are added by hand, daily spend is derived from them in
 * the tenant's time zone, and freshness follows the newest call. The integration tests use the real feed.
 */
import type { ChargeFeed, UsageFreshness } from '../../../bot/usage/charge-feed';
import type { CreditCharge } from '../../../bot/billing/ledger/ledger-entries';
import type { DailySpend } from '../../../bot/billing/forecast/run-rate';
import { localDateOf } from '../../../bot/usage/tenant-time';

export class MemoryChargeFeed implements ChargeFeed {
  readonly charges: CreditCharge[] = [];
  lastSyncAt: string | null = null;
  lastError: string | null = null;

  constructor(private readonly timeZone: string) {}

  add(...charges: CreditCharge[]): this {
    this.charges.push(...charges);
    return this;
  }

  async *creditCharges(_tenantId: string, from: Date, to: Date): AsyncIterable<CreditCharge> {
    for (const charge of this.charges) {
      const ms = Date.parse(charge.startedAt);
      if (ms >= from.getTime() && ms < to.getTime()) yield charge;
    }
  }

  async dailySpend(_tenantId: string, fromDate: string, toDate: string, currency: string): Promise<DailySpend[]> {
    const byDate = new Map<string, bigint>();
    const seen = new Set<string>();
    for (const charge of this.charges) {
      if (seen.has(charge.id) || charge.amount.currency !== currency) continue;
      seen.add(charge.id);
      const date = localDateOf(charge.startedAt, this.timeZone);
      if (date < fromDate || date > toDate) continue;
      byDate.set(date, (byDate.get(date) ?? 0n) + charge.amount.micros);
    }
    return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, micros]) => ({ date, spend: { micros, currency } }));
  }

  async freshness(): Promise<UsageFreshness> {
    const newest = this.charges.reduce<string | null>((max, c) => (max === null || c.startedAt > max ? c.startedAt : max), null);
    return { lastSyncAt: this.lastSyncAt, newestCallAt: newest, lastError: this.lastError, lastErrorAt: null };
  }
}
