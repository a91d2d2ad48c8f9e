import { DEMO_RATE_CARD } from '../../../bot/billing/rates/demo-rate-card';
import { createRateLookup } from '../../../bot/billing/rates/rate-lookup';

describe('the demo rate card', () => {
  it('is labelled as demo data, in USD', () => {
    expect(DEMO_RATE_CARD.source).toBe('demo');
    expect(new Set(DEMO_RATE_CARD.entries.map((e) => e.rate.perMinute.currency))).toEqual(new Set(['USD']));
  });

  const lookup = createRateLookup({ currency: 'USD', card: DEMO_RATE_CARD });
  const demoCountries = ['US', 'CA', 'GB', 'FR', 'DE', 'JP', 'BR', 'AR', 'RU', 'SG', 'TW', 'CN', 'AU', 'IN', 'MX', 'ES', 'IT', 'NL', 'CH', 'SE', 'HK', 'KR', 'ZA'];

  it.each(demoCountries)('prices every call kind for %s, marked demo', (country) => {
    for (const callKind of ['dial-in-toll', 'dial-in-toll-free', 'dial-out'] as const) {
      const found = lookup({ callKind, country, numberType: 'mobile', on: '2025-06-01' });
      expect(found).toMatchObject({ kind: 'found', source: { kind: 'rate-card', card: 'demo' } });
      if (found.kind === 'found') expect(found.rate.perMinute.micros).toBeGreaterThan(0n);
    }
  });
});
