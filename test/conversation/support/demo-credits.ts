/**
 * The demo tenant's credits picture in memory: the demo ledger (snapshot, lots, auto-recharge rule) over a few days of
 * charges, through the real CreditsService, for what admins see in personal chat.
 */
import type { LedgerEntry } from '../../../bot/billing/ledger/ledger-entries';
import { moneyFromDecimal } from '../../../bot/billing';
import { CreditsService } from '../../../bot/credits/credits-service';
import type { CreditsOverview } from '../../../bot/credits/credits-overview';
import { demoLedgerEntries } from '../../../bot/demo/demo-ledger';
import { DEMO_TENANT_ID } from '../../../bot/demo/demo-tenant';
import { demoTenantSettings } from '../../../bot/demo/seed-demo-tenant';
import type { TenantSettings } from '../../../bot/store/tenant-settings';
import { MemoryChargeFeed } from '../../credits/support/memory-charge-feed';

export async function demoCreditsOverview(now: Date, options: { settings?: (s: TenantSettings) => TenantSettings; dailySpend?: string } = {}): Promise<CreditsOverview> {
  const settings = (options.settings ?? ((s) => s))(demoTenantSettings([]));
  const entries: LedgerEntry[] = demoLedgerEntries(now).map((e) => ({ ...e.content, id: e.idempotencyKey, recordedAt: e.recordedAt, recordedBy: null }) as LedgerEntry);
  const feed = new MemoryChargeFeed(settings.timeZone);
  // Twenty days of spend ending two days ago (the data lags), so the forecast has a run-rate.
  for (let day = 2; day <= 21; day += 1) {
    const startedAt = new Date(now.getTime() - day * 86_400_000).toISOString();
    feed.add({ id: `c${day}`, startedAt, amount: moneyFromDecimal(options.dailySpend ?? '40', 'USD') });
  }
  const credits = new CreditsService({ ledger: { list: async () => entries.map((entry) => ({ entry })) }, feed, settings: { get: async () => ({ settings }) } });
  const overview = await credits.overview(DEMO_TENANT_ID, now);
  if (!overview) throw new Error('no overview for the demo tenant');
  return overview;
}
