/**
 * The demo tenant's credit ledger (issue 6, item 7), dated from the demo's "now" (the service clock at seed time):
 * a balance snapshot three days ago, the auto-recharge rule, and purchases — one long expired, one expiring within
 * 30 days, one recent — so the estimate is above zero, believable, and shows an expiring lot.
 * Each entry has a fixed idempotency key, so seeding again (or from two instances) writes nothing new.
 */
import { moneyFromDecimal } from '../billing/money';
import { addCalendarMonthsMs, msToInstant, MS_PER_DAY } from '../billing/time';
import type { LedgerEntryContent, LedgerStore } from '../store/ledger-store';
import { DEMO_ADMIN, DEMO_TENANT_ID } from './demo-tenant';

export interface DemoLedgerEntry {
  readonly idempotencyKey: string;
  readonly recordedAt: string;
  readonly content: LedgerEntryContent;
}

/** The expiring lot's expiry is this many days after the demo's now (FIFO spends it first, so it keeps funds). */
export const DEMO_EXPIRING_LOT_DAYS_LEFT = 20;

export function demoLedgerEntries(now: Date): DemoLedgerEntry[] {
  const nowMs = now.getTime();
  const usd = (amount: string) => moneyFromDecimal(amount, 'USD');
  const daysAgo = (days: number): number => nowMs - days * MS_PER_DAY;
  const monthsAgo = (months: number): number => addCalendarMonthsMs(nowMs, -months);

  const ruleFrom = monthsAgo(15);
  const expiredPurchase = monthsAgo(14);
  // Bought 12 months before (now + 20 days): lots expire 12 months after purchase (domain-facts §2.3).
  const expiringPurchase = addCalendarMonthsMs(nowMs + DEMO_EXPIRING_LOT_DAYS_LEFT * MS_PER_DAY, -12);
  const recentPurchase = monthsAgo(4);
  const snapshotAt = daysAgo(3);

  const entry = (key: string, atMs: number, content: LedgerEntryContent): DemoLedgerEntry => ({
    idempotencyKey: `demo-ledger:${key}`,
    recordedAt: msToInstant(atMs),
    content,
  });
  return [
    entry('auto-recharge-rule', ruleFrom, {
      kind: 'auto-recharge-rule',
      effectiveFrom: msToInstant(ruleFrom),
      rule: { trigger: usd('500'), amount: usd('1000') },
    }),
    entry('purchase-expired', expiredPurchase, { kind: 'purchase', purchasedAt: msToInstant(expiredPurchase), amount: usd('1000'), origin: 'manual' }),
    entry('purchase-expiring', expiringPurchase, {
      kind: 'purchase',
      purchasedAt: msToInstant(expiringPurchase),
      amount: usd('1000'),
      origin: 'auto-recharge',
    }),
    entry('purchase-recent', recentPurchase, { kind: 'purchase', purchasedAt: msToInstant(recentPurchase), amount: usd('2000'), origin: 'manual' }),
    // 3,000 read in the admin center: the recent 2,000 lot and all of the expiring 1,000 lot.
    entry('snapshot', snapshotAt + 60 * 60 * 1000, { kind: 'snapshot', asOf: msToInstant(snapshotAt), balance: usd('3000') }),
  ];
}

export async function seedDemoLedger(ledger: Pick<LedgerStore, 'append'>, now: Date): Promise<void> {
  for (const e of demoLedgerEntries(now)) {
    await ledger.append({
      tenantId: DEMO_TENANT_ID,
      idempotencyKey: e.idempotencyKey,
      content: e.content,
      recordedAt: e.recordedAt,
      recordedBy: DEMO_ADMIN.aadObjectId,
    });
  }
}
