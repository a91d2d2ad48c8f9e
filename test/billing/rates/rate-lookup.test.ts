import { learnRates, type RateHistorySample } from '../../../bot/billing/rates/learned-rates';
import { createRateLookup } from '../../../bot/billing/rates/rate-lookup';
import type { RateCard, RateCardEntry } from '../../../bot/billing/rates/rate-card';
import { moneyFromDecimal, toDecimalString } from '../../../bot/billing/money';
import type { NumberType } from '../../../bot/billing/numbers/number-types';
import { usd } from '../support/builders';

const entry = (country: string, numberType: NumberType | null, perMinute: string, effectiveFrom = '2025-01-01', callKind: RateCardEntry['callKind'] = 'dial-out'): RateCardEntry => ({
  callKind,
  country,
  numberType,
  effectiveFrom,
  rate: { perMinute: usd(perMinute), connectionFee: usd('0') },
});

const card: RateCard = {
  source: 'admin',
  entries: [
    entry('FR', null, '0.02'),
    entry('FR', 'mobile', '0.07'),
    entry('FR', null, '0.03', '2025-06-01'),
    entry('US', 'fixed-line', '0.01'),
    entry('US', 'mobile', '0.015'),
    entry('GB', 'mobile', '0.06'),
    entry('GB', 'voip', '0.09'),
    entry('DE', null, '0.99', '2025-01-01', 'dial-in-toll'),
    { ...entry('JP', null, '5'), rate: { perMinute: moneyFromDecimal('5', 'JPY'), connectionFee: moneyFromDecimal('0', 'JPY') } },
  ],
};

const sample = (over: Partial<RateHistorySample>): RateHistorySample => ({
  callKind: 'dial-out',
  country: 'BR',
  numberType: null,
  calls: 10,
  billedSeconds: 600,
  charge: usd('1.00'),
  connectionCharge: usd('0.10'),
  firstCallAt: '2025-01-05T10:00:00Z',
  lastCallAt: '2025-02-05T10:00:00Z',
  ...over,
});

describe('rate lookup: card, then learned, then unknown', () => {
  const lookup = createRateLookup({ currency: 'USD', card, learned: learnRates([sample({}), sample({ country: 'FR', charge: usd('9') })], 'USD') });
  const perMinute = (country: string | null, numberType: NumberType | null, on = '2025-03-01', callKind: RateCardEntry['callKind'] = 'dial-out') => {
    const r = lookup({ callKind, country, numberType, on });
    return r.kind === 'found' ? `${toDecimalString(r.rate.perMinute)} ${r.source.kind}` : 'unknown';
  };

  it.each([
    ['FR', 'mobile', '2025-03-01', '0.07 rate-card'],
    ['FR', 'fixed-line', '2025-03-01', '0.02 rate-card'],
    ['FR', 'fixed-line', '2025-06-01', '0.03 rate-card'],
    ['FR', null, '2024-12-31', '0.90 learned'],
    ['US', 'fixed-line-or-mobile', '2025-03-01', '0.015 rate-card'],
    ['GB', null, '2025-03-01', '0.09 rate-card'],
    ['GB', 'fixed-line', '2025-03-01', 'unknown'],
    ['BR', 'mobile', '2025-03-01', '0.10 learned'],
    ['AR', null, '2025-03-01', 'unknown'],
    ['JP', null, '2025-03-01', 'unknown'],
    [null, 'mobile', '2025-03-01', 'unknown'],
  ])('dial-out to %s %s on %s costs %s', (country, numberType, on, expected) => {
    expect(perMinute(country, numberType as NumberType | null, on)).toBe(expected);
  });

  it('keeps call kinds apart', () => {
    expect(perMinute('DE', null, '2025-03-01', 'dial-in-toll')).toBe('0.99 rate-card');
    expect(perMinute('DE', null, '2025-03-01', 'dial-in-toll-free')).toBe('unknown');
  });

  it('names its source: the card row, or the learned sample with its size and dates', () => {
    expect(lookup({ callKind: 'dial-out', country: 'FR', numberType: 'mobile', on: '2025-03-01' })).toMatchObject({
      source: { kind: 'rate-card', card: 'admin', effectiveFrom: '2025-01-01', matchedNumberType: 'mobile' },
    });
    expect(lookup({ callKind: 'dial-out', country: 'BR', numberType: null, on: '2025-03-01' })).toMatchObject({
      source: { kind: 'learned', sampleCalls: 10, billedSeconds: 600, from: '2025-01-05T10:00:00.000Z', to: '2025-02-05T10:00:00.000Z' },
    });
  });

  it('says who can fix an unknown rate', () => {
    expect(lookup({ callKind: 'dial-out', country: 'AR', numberType: null, on: '2025-03-01' })).toEqual({
      kind: 'unknown',
      remedy: { code: 'upload-rate-card', fixedBy: 'billing-admin' },
    });
  });
});

describe('learnRates: Σ charge / Σ billed minutes', () => {
  it('sums samples of one key and keeps the widest date range', () => {
    const [rate] = learnRates(
      [
        sample({ calls: 3, billedSeconds: 180, charge: usd('0.30'), connectionCharge: usd('0.03') }),
        sample({ calls: 1, billedSeconds: 420, charge: usd('0.91'), connectionCharge: usd('0.01'), firstCallAt: '2024-12-01T00:00:00Z', lastCallAt: '2025-03-01T00:00:00Z' }),
      ],
      'USD',
    );
    // (0.30 + 0.91) / (600 s / 60) = 0.121 per minute; (0.03 + 0.01) / 4 calls = 0.01 per call.
    expect(toDecimalString(rate!.rate.perMinute)).toBe('0.121');
    expect(toDecimalString(rate!.rate.connectionFee)).toBe('0.01');
    expect(rate).toMatchObject({ sampleCalls: 4, billedSeconds: 600, from: '2024-12-01T00:00:00.000Z', to: '2025-03-01T00:00:00.000Z' });
  });

  it('rounds a repeating quotient half up at micro scale', () => {
    const [rate] = learnRates([sample({ billedSeconds: 180, charge: usd('0.10') })], 'USD');
    expect(toDecimalString(rate!.rate.perMinute)).toBe('0.033333');
  });

  it('skips other currencies, empty durations and samples below the minimum', () => {
    expect(learnRates([sample({ charge: moneyFromDecimal('1', 'EUR') })], 'USD')).toEqual([]);
    expect(learnRates([sample({ billedSeconds: 0 })], 'USD')).toEqual([]);
    expect(learnRates([sample({ calls: 2 })], 'USD', 3)).toEqual([]);
  });
});
