import fc from 'fast-check';
import { DEMO_RATE_CARD } from '../../../bot/billing/rates/demo-rate-card';
import { parseRateCardCsv } from '../../../bot/billing/rates/rate-card-csv';
import { rateCardToCsv } from '../../../bot/billing/rates/rate-card-to-csv';
import type { RateCardEntry } from '../../../bot/billing/rates/rate-card';
import { NUMBER_TYPES } from '../../../bot/billing/numbers/number-types';

describe('rateCardToCsv', () => {
  it('writes the demo card so that importing it gives the same card back', () => {
    expect(parseRateCardCsv(rateCardToCsv(DEMO_RATE_CARD), 'demo')).toEqual({ ok: true, value: DEMO_RATE_CARD });
  });

  it('round-trips any valid card exactly (property)', () => {
    const entryArb = fc.record({
      callKind: fc.constantFrom('dial-in-toll' as const, 'dial-in-toll-free' as const, 'dial-out' as const),
      country: fc.constantFrom('US', 'GB', 'FR', 'JP', 'BR'),
      numberType: fc.constantFrom(null, ...NUMBER_TYPES),
      perMinute: fc.bigInt({ min: 0n, max: 10n ** 9n }),
      fee: fc.bigInt({ min: 0n, max: 10n ** 7n }),
      effectiveFrom: fc.constantFrom('2024-01-01', '2025-02-28', '2025-07-01'),
    });
    const cardArb = fc.uniqueArray(entryArb, { selector: (e) => `${e.callKind}|${e.country}|${e.numberType}|${e.effectiveFrom}`, minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(cardArb, (rows) => {
        const entries: RateCardEntry[] = rows.map((r) => ({
          callKind: r.callKind,
          country: r.country,
          numberType: r.numberType,
          effectiveFrom: r.effectiveFrom,
          rate: { perMinute: { micros: r.perMinute, currency: 'EUR' }, connectionFee: { micros: r.fee, currency: 'EUR' } },
        }));
        expect(parseRateCardCsv(rateCardToCsv({ source: 'admin', entries }))).toEqual({ ok: true, value: { source: 'admin', entries } });
      }),
    );
  });
});
