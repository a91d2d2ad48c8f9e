import { TableStore } from '../../bot/store/table-store';
import { RateStore } from '../../bot/store/rate-store';
import { DEMO_RATE_CARD, moneyFromDecimal, type RateCard } from '../../bot/billing';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/service';

describe('RateStore (the rates table, Azurite)', () => {
  const store = new TableStore(azuriteConnectionString(), uniqueTablePrefix());
  const rates = new RateStore(store);
  const tenant = 'c0a70000-0000-4000-8000-0000000000aa';
  beforeAll(() => store.ensureTables());
  afterAll(() => store.dropTables());

  it('has no card for a tenant that never uploaded one', async () => {
    expect(await rates.getCard('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('round-trips the demo card exactly, labelled as demo', async () => {
    await rates.replaceCard(tenant, DEMO_RATE_CARD);
    const card = await rates.getCard(tenant);
    expect(card?.source).toBe('demo');
    const key = (e: RateCard['entries'][number]) => `${e.callKind}|${e.country}|${e.numberType}|${e.effectiveFrom}`;
    const sorted = (c: RateCard) => [...c.entries].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(card!)).toEqual(sorted(DEMO_RATE_CARD));
  });

  it('replaces the whole card: rows missing from the new card are gone', async () => {
    const usd = (a: string) => moneyFromDecimal(a, 'USD');
    const admin: RateCard = {
      source: 'admin',
      entries: [{ callKind: 'dial-out', country: 'JP', numberType: null, effectiveFrom: '2025-01-01', rate: { perMinute: usd('0.05'), connectionFee: usd('0') } }],
    };
    await rates.replaceCard(tenant, admin);
    expect(await rates.getCard(tenant)).toEqual(admin);
  });
});
