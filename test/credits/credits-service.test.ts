import fc from 'fast-check';
import { TableStore } from '../../bot/store/table-store';
import { LedgerStore, type LedgerEntryContent } from '../../bot/store/ledger-store';
import { TenantSettingsStore } from '../../bot/store/tenant-settings';
import { CreditsService } from '../../bot/credits/credits-service';
import type { CreditCharge } from '../../bot/billing/ledger/ledger-entries';
import { toDecimalString } from '../../bot/billing/money';
import { addDays } from '../../bot/billing/time';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/service';
import { MemoryChargeFeed } from './support/memory-charge-feed';
import { creditsTenant, usd, type TenantOptions } from './support/tenant';

const NOW = new Date('2026-11-20T17:00:00Z'); // noon in New York
const ADMIN = 'a0000000-0000-4000-8000-000000000008';

/** $10 a day at 10:00 New York time, 1 October to 19 November 2026. */
function dailyCharges(): CreditCharge[] {
  const charges: CreditCharge[] = [];
  for (let date = '2026-10-01'; date <= '2026-11-19'; date = addDays(date, 1)) {
    charges.push({ id: `call-${date}`, startedAt: `${date}T15:00:00.000Z`, amount: usd('10') });
  }
  return charges;
}

/** The snapshot of 1,000 is split newest first: P1 holds 600, P2 (expiring 5 December) the other 400. */
const LEDGER: Array<[string, LedgerEntryContent]> = [
  ['S', { kind: 'snapshot', asOf: '2026-11-01T12:00:00.000Z', balance: usd('1000') }],
  ['P1', { kind: 'purchase', purchasedAt: '2026-03-01T00:00:00.000Z', amount: usd('600'), origin: 'manual' }],
  ['P2', { kind: 'purchase', purchasedAt: '2025-12-05T00:00:00.000Z', amount: usd('800'), origin: 'auto-recharge' }],
];

describe('CreditsService (Azurite ledger and settings, an in-memory charge feed)', () => {
  const store = new TableStore(azuriteConnectionString(), uniqueTablePrefix());
  const ledger = new LedgerStore(store);
  const settings = new TenantSettingsStore(store);
  let tenantCount = 0;

  beforeAll(() => store.ensureTables());
  afterAll(() => store.dropTables());

  async function tenantWith(entries: Array<[string, LedgerEntryContent]>, options: TenantOptions = {}): Promise<string> {
    tenantCount += 1;
    const tenantId = `c0a70000-0000-4000-8000-${String(tenantCount).padStart(12, '0')}`;
    await settings.save(creditsTenant(tenantId, options), null);
    for (const [key, content] of entries) {
      await ledger.append({ tenantId, idempotencyKey: key, content, recordedAt: '2026-11-02T00:00:00.000Z', recordedBy: ADMIN });
    }
    return tenantId;
  }
  const serviceWith = (charges: CreditCharge[]) =>
    new CreditsService({ ledger, settings, feed: new MemoryChargeFeed('America/New_York').add(...charges) });

  it('estimates the balance from the snapshot, the calls that started after it, FIFO lots and expiry, and says so', async () => {
    const tenantId = await tenantWith(LEDGER);
    const overview = await serviceWith(dailyCharges()).overview(tenantId, NOW);
    if (!overview || overview.balance?.kind !== 'estimate') throw new Error('expected an estimate');
    expect(toDecimalString(overview.balance.balance)).toBe('810.00');
    expect(overview.balance.basis.charges).toEqual(
      expect.objectContaining({ count: 19, total: usd('190'), startedAfter: '2026-11-01T12:00:00.000Z' }),
    );
    expect(overview.balance.lots.map((l) => [l.origin, toDecimalString(l.remaining), l.expiresAt])).toEqual([
      ['purchase', '210.00', '2026-12-05T00:00:00.000Z'],
      ['purchase', '600.00', '2027-03-01T00:00:00.000Z'],
    ]);
    expect(overview.expiringLots.withinDays).toBe(30);
    expect(overview.expiringLots.lots.map((l) => toDecimalString(l.remaining))).toEqual(['210.00']);
    expect(overview.autoRecharge).toBeNull();
  });

  it('forecasts from the last complete day before the newest call: run-rate, run-out after the forfeit, month-end', async () => {
    const tenantId = await tenantWith(LEDGER);
    const overview = (await serviceWith(dailyCharges()).overview(tenantId, NOW))!;
    expect(overview.today).toBe('2026-11-20');
    expect(overview.history.to).toBe('2026-11-18');
    expect(overview.forecast.runRate).toEqual(expect.objectContaining({ kind: 'weekday-aware', perDay: usd('10'), historyDays: 28 }));
    // 17 days × 10 from P2's 210 leaves 40, forfeited on 5 December; P1's 600 lasts 60 more days.
    expect(overview.forecast.runOut).toEqual({ kind: 'date', date: '2027-02-03', historyDays: 28 });
    expect(overview.forecast.nextAutoRecharge).toEqual({ kind: 'not-applicable', why: 'no-auto-recharge', historyDays: 28 });
    const m = overview.forecast.monthEnd;
    expect([m.month, toDecimalString(m.actual), m.actualDays, toDecimalString(m.projected), m.projectedDays, toDecimalString(m.total)]).toEqual([
      '2026-11', '180.00', 18, '120.00', 12, '300.00',
    ]);
    expect(overview.spike).toEqual(expect.objectContaining({ kind: 'normal', day: '2026-11-18' }));
  });

  it('counts each charge once whatever the order or repetition of the feed', async () => {
    const tenantId = await tenantWith(LEDGER);
    const expected = await serviceWith(dailyCharges()).overview(tenantId, NOW);
    const all = dailyCharges();
    const orders = fc
      .subarray(all)
      .chain((repeated) => fc.shuffledSubarray([...all, ...repeated], { minLength: all.length + repeated.length }));
    await fc.assert(
      fc.asyncProperty(orders, async (charges) => {
        expect(await serviceWith(charges).overview(tenantId, NOW)).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('leaves out a reversed purchase and names it in the basis', async () => {
    const tenantId = await tenantWith([
      ...LEDGER,
      ['P3', { kind: 'purchase', purchasedAt: '2026-11-10T00:00:00.000Z', amount: usd('500'), origin: 'manual' }],
    ]);
    const withP3 = await serviceWith(dailyCharges()).overview(tenantId, NOW);
    expect(withP3?.balance?.kind === 'estimate' && toDecimalString(withP3.balance.balance)).toBe('1310.00');
    const p3 = (await ledger.list(tenantId)).find((e) => e.idempotencyKey === 'P3')!.entry.id;
    await ledger.append({ tenantId, idempotencyKey: 'undo P3', content: { kind: 'reversal', reverses: p3 }, recordedAt: '2026-11-12T00:00:00.000Z', recordedBy: ADMIN });
    const reversed = await serviceWith(dailyCharges()).overview(tenantId, NOW);
    if (reversed?.balance?.kind !== 'estimate') throw new Error('expected an estimate');
    expect(toDecimalString(reversed.balance.balance)).toBe('810.00');
    expect(reversed.balance.basis.reversedEntryIds).toEqual([p3]);
  });

  it('shows the auto-recharge rule in force and when the forecast expects it to recharge', async () => {
    const tenantId = await tenantWith([
      ...LEDGER,
      ['R', { kind: 'auto-recharge-rule', effectiveFrom: '2026-01-01T00:00:00.000Z', rule: { trigger: usd('700'), amount: usd('300') } }],
    ]);
    const overview = (await serviceWith(dailyCharges()).overview(tenantId, NOW))!;
    expect(overview.autoRecharge).toEqual(expect.objectContaining({ rule: { trigger: usd('700'), amount: usd('300') }, effectiveFrom: '2026-01-01T00:00:00.000Z' }));
    // 810 − 11 days × 10 = 700 is not below the trigger; the twelfth day (30 November) is.
    expect(overview.forecast.nextAutoRecharge).toEqual({ kind: 'date', date: '2026-11-30', historyDays: 28 });
  });

  it('shows postpaid tenants month-to-date spend against the budget, in their time zone, and no balance', async () => {
    const tenantId = await tenantWith(LEDGER, { billing: { billingModel: 'postpaid', monthlyBudget: usd('250') } });
    // 23:30 on 31 October in New York is October's, although it is 1 November in UTC.
    const charges = [...dailyCharges(), { id: 'late-october', startedAt: '2026-11-01T03:30:00.000Z', amount: usd('99') }];
    const overview = (await serviceWith(charges).overview(tenantId, NOW))!;
    expect(overview.balance).toBeNull();
    expect(overview.expiringLots.lots).toEqual([]);
    expect(overview.postpaid).toEqual({
      from: '2026-11-01T04:00:00.000Z',
      to: '2026-11-20T17:00:00.001Z',
      spend: usd('190'),
      chargesCounted: 19,
      budget: usd('250'),
      remaining: usd('60'),
      budgetUsedBasisPoints: 7600,
    });
    // The 99 is Saturday 31 October's: Saturdays now average 34.75, and two of them are still to come in November.
    expect(toDecimalString(overview.forecast.monthEnd.total)).toBe('349.50');
    expect(overview.forecast.runOut).toEqual({ kind: 'not-applicable', why: 'no-balance', historyDays: 28 });
  });

  it('says there is no estimate, and who can fix it, without a snapshot', async () => {
    const tenantId = await tenantWith([LEDGER[1]!]);
    const overview = (await serviceWith(dailyCharges()).overview(tenantId, NOW))!;
    expect(overview.balance).toEqual({ kind: 'no-snapshot', at: NOW.toISOString(), remedy: { code: 'enter-balance-snapshot', fixedBy: 'billing-admin' } });
    expect(overview.forecast.runOut.kind).toBe('not-applicable');
  });

  it('has no history and claims no run-rate before any usage arrives', async () => {
    const tenantId = await tenantWith(LEDGER);
    const overview = (await serviceWith([]).overview(tenantId, NOW))!;
    expect(overview.forecast.runRate).toEqual({ kind: 'no-history', historyDays: 0 });
    expect(overview.spike).toEqual({ kind: 'unknown', why: 'no-history' });
    expect(overview.freshness.newestCallAt).toBeNull();
  });

  it.each<[string, Array<[string, LedgerEntryContent]>, TenantOptions, string, string | null]>([
    ['good above the threshold', LEDGER, {}, 'good', '810.00'],
    ['low below the threshold', LEDGER, { alerts: { lowBalance: { amount: '1000', currency: 'USD' } } }, 'low', '810.00'],
    ['exhausted at zero', [['S0', { kind: 'snapshot', asOf: '2026-11-19T23:00:00.000Z', balance: usd('0') }]], {}, 'exhausted', '0.00'],
    ['unknown without a snapshot', [], {}, 'unknown', null],
    ['good for postpaid, billed after use', LEDGER, { billing: { billingModel: 'postpaid' } }, 'good', null],
  ])('coverage is %s', async (_name, entries, options, status, balance) => {
    const tenantId = await tenantWith(entries, options);
    const coverage = await serviceWith(dailyCharges()).coverage(tenantId, NOW);
    expect(coverage.status).toBe(status);
    expect(coverage.balance && toDecimalString(coverage.balance)).toBe(balance);
  });

  it('answers unknown coverage and no overview for a tenant without settings', async () => {
    const service = serviceWith([]);
    expect((await service.coverage('c0a70000-0000-4000-8000-0000000000ff', NOW)).status).toBe('unknown');
    expect(await service.overview('c0a70000-0000-4000-8000-0000000000ff', NOW)).toBeNull();
  });
});
