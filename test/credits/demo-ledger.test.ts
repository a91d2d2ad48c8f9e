import fc from 'fast-check';
import { demoLedgerEntries, seedDemoLedger, DEMO_EXPIRING_LOT_DAYS_LEFT } from '../../bot/demo/demo-ledger';
import { DEMO_TENANT_ID } from '../../bot/demo/demo-tenant';
import { creditBalanceAt, lotsExpiringWithin } from '../../bot/billing/ledger/credit-balance';
import type { LedgerEntry } from '../../bot/billing/ledger/ledger-entries';
import { TableStore } from '../../bot/store/table-store';
import { LedgerStore } from '../../bot/store/ledger-store';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/service';

function estimateAt(now: Date) {
  const entries = demoLedgerEntries(now).map((e, i) => ({ ...e.content, id: `demo-${i}`, recordedAt: e.recordedAt, recordedBy: null }) as LedgerEntry);
  const balance = creditBalanceAt({ entries, charges: [], at: now.toISOString(), currency: 'USD' });
  if (balance.kind !== 'estimate') throw new Error('the demo ledger has a snapshot');
  return balance;
}

describe('the demo ledger', () => {
  it('has a balance above zero and exactly one lot expiring within 30 days, whatever day the demo starts', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }), (now) => {
        const balance = estimateAt(now);
        expect(balance.balance.micros).toBeGreaterThan(0n);
        const expiring = lotsExpiringWithin(balance, 30);
        expect(expiring).toHaveLength(1);
        expect(expiring[0]!.remaining.micros).toBeGreaterThan(0n);
        expect(balance.lots.every((lot) => lot.expiresAt !== null)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads as an admin would have entered it: 3,000 three days ago, in a 2,000 and a 1,000 lot, with a rule', () => {
    const now = new Date('2026-11-20T17:00:00Z');
    const balance = estimateAt(now);
    expect(balance.basis.snapshot.asOf).toBe('2026-11-17T17:00:00.000Z');
    expect(balance.lots.map((l) => [l.remaining.micros, l.expiresAt])).toEqual([
      [1_000_000_000n, new Date(now.getTime() + DEMO_EXPIRING_LOT_DAYS_LEFT * 86_400_000).toISOString()],
      [2_000_000_000n, '2027-07-20T17:00:00.000Z'],
    ]);
    const rule = demoLedgerEntries(now).find((e) => e.content.kind === 'auto-recharge-rule');
    expect(rule?.content).toEqual(expect.objectContaining({ rule: { trigger: { micros: 500_000_000n, currency: 'USD' }, amount: { micros: 1_000_000_000n, currency: 'USD' } } }));
  });

  describe('seeded into the ledger table (Azurite)', () => {
    const store = new TableStore(azuriteConnectionString(), uniqueTablePrefix());
    const ledger = new LedgerStore(store);
    beforeAll(() => store.ensureTables());
    afterAll(() => store.dropTables());

    it('writes its five entries once, however often it is seeded, even on a later day', async () => {
      await seedDemoLedger(ledger, new Date('2026-11-20T17:00:00Z'));
      const first = await ledger.list(DEMO_TENANT_ID);
      await seedDemoLedger(ledger, new Date('2026-11-20T17:00:00Z'));
      await seedDemoLedger(ledger, new Date('2026-12-24T09:00:00Z'));
      expect(first).toHaveLength(5);
      expect(await ledger.list(DEMO_TENANT_ID)).toEqual(first);
    });
  });
});
