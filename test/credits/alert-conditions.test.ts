import { TableStore } from '../../bot/store/table-store';
import { LedgerStore, type LedgerEntryContent } from '../../bot/store/ledger-store';
import { TenantSettingsStore } from '../../bot/store/tenant-settings';
import { CreditsService } from '../../bot/credits/credits-service';
import { alertConditions, type AlertKind } from '../../bot/credits/alert-conditions';
import type { CreditCharge } from '../../bot/billing/ledger/ledger-entries';
import { addDays } from '../../bot/billing/time';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/service';
import { MemoryChargeFeed } from './support/memory-charge-feed';
import { creditsTenant, usd, type TenantOptions } from './support/tenant';

const NOW = new Date('2026-11-20T17:00:00Z');

function dailyCharges(): CreditCharge[] {
  const charges: CreditCharge[] = [];
  for (let date = '2026-10-01'; date <= '2026-11-19'; date = addDays(date, 1)) {
    charges.push({ id: `call-${date}`, startedAt: `${date}T15:00:00.000Z`, amount: usd('10') });
  }
  return charges;
}
const SPIKE: CreditCharge = { id: 'big-day', startedAt: '2026-11-18T16:00:00.000Z', amount: usd('100') };

// Balance 810: P2 holds 210 until 5 December, P1 600 until March; the forecast runs out on 3 February 2027 (75 days).
const LEDGER: Array<[string, LedgerEntryContent]> = [
  ['S', { kind: 'snapshot', asOf: '2026-11-01T12:00:00.000Z', balance: usd('1000') }],
  ['P1', { kind: 'purchase', purchasedAt: '2026-03-01T00:00:00.000Z', amount: usd('600'), origin: 'manual' }],
  ['P2', { kind: 'purchase', purchasedAt: '2025-12-05T00:00:00.000Z', amount: usd('800'), origin: 'manual' }],
];

type Scenario = [string, Array<[string, LedgerEntryContent]>, TenantOptions, CreditCharge[], Record<AlertKind, 'active' | 'inactive' | 'unknown'>];

describe('alertConditions: which alerts hold in a tenant overview', () => {
  const store = new TableStore(azuriteConnectionString(), uniqueTablePrefix());
  const ledger = new LedgerStore(store);
  const settings = new TenantSettingsStore(store);
  let tenants = 0;
  beforeAll(() => store.ensureTables());
  afterAll(() => store.dropTables());

  async function conditionsFor(entries: Scenario[1], options: TenantOptions, charges: CreditCharge[]) {
    tenants += 1;
    const tenantId = `c0a70000-0000-4000-8000-0000000001${String(tenants).padStart(2, '0')}`;
    await settings.save(creditsTenant(tenantId, options), null);
    for (const [key, content] of entries) {
      await ledger.append({ tenantId, idempotencyKey: key, content, recordedAt: '2026-11-02T00:00:00.000Z', recordedBy: null });
    }
    const service = new CreditsService({ ledger, settings, feed: new MemoryChargeFeed('America/New_York').add(...charges) });
    return alertConditions((await service.overview(tenantId, NOW))!);
  }

  it.each<Scenario>([
    ['a healthy tenant', LEDGER, { alerts: { lotsExpiringWithinDays: 10 } }, dailyCharges(), { lowBalance: 'inactive', runOutSoon: 'inactive', spendSpike: 'inactive', lotsExpiring: 'inactive' }],
    ['a balance under the threshold', LEDGER, { alerts: { lowBalance: { amount: '1000', currency: 'USD' }, lotsExpiringWithinDays: 10 } }, dailyCharges(), { lowBalance: 'active', runOutSoon: 'inactive', spendSpike: 'inactive', lotsExpiring: 'inactive' }],
    ['the low-balance alert turned off', LEDGER, { alerts: { lowBalance: null, lotsExpiringWithinDays: 10 } }, dailyCharges(), { lowBalance: 'inactive', runOutSoon: 'inactive', spendSpike: 'inactive', lotsExpiring: 'inactive' }],
    ['a run-out inside the window', LEDGER, { alerts: { runOutWithinDays: 90, lotsExpiringWithinDays: 10 } }, dailyCharges(), { lowBalance: 'inactive', runOutSoon: 'active', spendSpike: 'inactive', lotsExpiring: 'inactive' }],
    ['a lot expiring within 30 days', LEDGER, {}, dailyCharges(), { lowBalance: 'inactive', runOutSoon: 'inactive', spendSpike: 'inactive', lotsExpiring: 'active' }],
    ['a spike on the last complete day', LEDGER, { alerts: { lotsExpiringWithinDays: 10 } }, [...dailyCharges(), SPIKE], { lowBalance: 'inactive', runOutSoon: 'inactive', spendSpike: 'active', lotsExpiring: 'inactive' }],
    ['no snapshot: the balance alerts cannot be judged', [LEDGER[1]!], {}, dailyCharges(), { lowBalance: 'unknown', runOutSoon: 'unknown', spendSpike: 'inactive', lotsExpiring: 'unknown' }],
    ['no usage yet', LEDGER, { alerts: { lotsExpiringWithinDays: 10 } }, [], { lowBalance: 'inactive', runOutSoon: 'unknown', spendSpike: 'unknown', lotsExpiring: 'inactive' }],
    ['a postpaid tenant: no balance, spikes still count', LEDGER, { billing: { billingModel: 'postpaid' } }, [...dailyCharges(), SPIKE], { lowBalance: 'inactive', runOutSoon: 'inactive', spendSpike: 'active', lotsExpiring: 'inactive' }],
  ])('%s', async (_name, entries, options, charges, expected) => {
    const conditions = await conditionsFor(entries, options, charges);
    expect(Object.fromEntries(conditions.map((c) => [c.kind, c.state]))).toEqual(expected);
  });

  it('gives each active alert the facts its message shows', async () => {
    const conditions = await conditionsFor(
      LEDGER,
      { alerts: { lowBalance: { amount: '1000', currency: 'USD' }, runOutWithinDays: 90 } },
      [...dailyCharges(), SPIKE],
    );
    const facts = Object.fromEntries(conditions.flatMap((c) => (c.state === 'active' ? [[c.kind, c.facts]] : [])));
    expect(facts.lowBalance).toEqual({ kind: 'lowBalance', balance: { amount: '710.00', currency: 'USD' }, threshold: { amount: '1000.00', currency: 'USD' } });
    expect(facts.spendSpike).toEqual(
      expect.objectContaining({ kind: 'spendSpike', day: '2026-11-18', spend: { amount: '110.00', currency: 'USD' }, baseline: { amount: '10.00', currency: 'USD' }, factor: 3 }),
    );
    expect(facts.lotsExpiring).toEqual({
      kind: 'lotsExpiring',
      withinDays: 30,
      lots: [{ id: expect.any(String), remaining: { amount: '110.00', currency: 'USD' }, expiresAt: '2026-12-05T00:00:00.000Z' }],
    });
    expect(facts.runOutSoon).toEqual(expect.objectContaining({ kind: 'runOutSoon', withinDays: 90, balance: { amount: '710.00', currency: 'USD' } }));
    const context = conditions.find((c) => c.state === 'active');
    expect(context?.state === 'active' && context.context).toEqual({ at: NOW.toISOString(), newestCallAt: '2026-11-19T15:00:00.000Z', timeZone: 'America/New_York' });
  });
});
