import fc from 'fast-check';
import { estimateMeetingCost, type EstimateLine, type MeetingCostEstimateInput } from '../../../bot/billing/estimate/meeting-cost-estimate';
import { createRateLookup } from '../../../bot/billing/rates/rate-lookup';
import type { RateCard } from '../../../bot/billing/rates/rate-card';
import { sumMoney, toDecimalString } from '../../../bot/billing/money';
import { phone, settings, usd } from '../support/builders';

const card: RateCard = {
  source: 'admin',
  entries: [
    { callKind: 'dial-in-toll', country: 'US', numberType: null, effectiveFrom: '2025-01-01', rate: { perMinute: usd('0.012'), connectionFee: usd('0') } },
    { callKind: 'dial-in-toll-free', country: 'US', numberType: null, effectiveFrom: '2025-01-01', rate: { perMinute: usd('0.032'), connectionFee: usd('0') } },
    { callKind: 'dial-out', country: 'FR', numberType: 'mobile', effectiveFrom: '2025-01-01', rate: { perMinute: usd('0.071'), connectionFee: usd('0.01') } },
    { callKind: 'dial-out', country: 'GB', numberType: null, effectiveFrom: '2025-01-01', rate: { perMinute: usd('0.021'), connectionFee: usd('0') } },
  ],
};
const lookupRate = createRateLookup({ currency: 'USD', card });
const input = (lines: EstimateLine[], over: Partial<MeetingCostEstimateInput> = {}): MeetingCostEstimateInput => ({
  durationMinutes: 45,
  lines,
  on: '2025-03-01',
  settings: settings(),
  lookupRate,
  ...over,
});

function estimate(lines: EstimateLine[], over: Partial<MeetingCostEstimateInput> = {}) {
  const result = estimateMeetingCost(input(lines, over));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('estimateMeetingCost', () => {
  it('prices each line, lists the unpriced ones and totals the priced (worked by hand)', () => {
    const result = estimate([
      { kind: 'dial-in', country: 'US', numberKind: 'toll', participants: 5 },
      { kind: 'dial-in', country: 'us', numberKind: 'toll-free', participants: 2, minutesEach: 30.5 },
      { kind: 'dial-out', destination: { number: phone('+33 6 12 34 56 78') }, minutesEach: 20 },
      { kind: 'dial-out', destination: { country: 'AR' } },
    ]);
    // 5 × (45 × 0.012 = 0.54); 2 × round(31 × 0.032 = 0.992) = 2 × 0.99; 20 × 0.071 + 0.01 = 1.43.
    expect(result.items.map((i) => [i.index, i.callKind, i.country, i.calls, i.billedSecondsPerCall, toDecimalString(i.chargePerCall), toDecimalString(i.subtotal)])).toEqual([
      [0, 'dial-in-toll', 'US', 5, 2700, '0.54', '2.70'],
      [1, 'dial-in-toll-free', 'US', 2, 1860, '0.99', '1.98'],
      [2, 'dial-out', 'FR', 1, 1200, '1.43', '1.43'],
    ]);
    expect(result.items[2]).toMatchObject({ numberType: 'mobile', rateSource: { kind: 'rate-card', card: 'admin' }, rate: { connectionFee: usd('0.01') } });
    expect(result.unpriced).toEqual([
      { index: 3, callKind: 'dial-out', country: 'AR', numberType: null, calls: 1, billedSecondsPerCall: 2700, reason: 'rate-unknown', remedy: { code: 'upload-rate-card', fixedBy: 'billing-admin' } },
    ]);
    expect(toDecimalString(result.total)).toBe('6.11');
    expect(result.complete).toBe(false);
    expect(result.rounding).toEqual({ duration: 'per-started-minute', charge: 'per-call' });
  });

  it.each([
    ['per-call', 'per-started-minute', '2.97'],
    ['per-line', 'per-started-minute', '2.98'],
    ['per-call', 'per-second', '2.94'],
    ['per-line', 'per-second', '2.93'],
  ] as const)('rounds %s with %s billing (3 toll-free callers for 30.5 min → %s)', (chargeRounding, durationRounding, expected) => {
    // 31 min × 0.032 = 0.992 a call; 30.5 min × 0.032 = 0.976 a call.
    const result = estimate([{ kind: 'dial-in', country: 'US', numberKind: 'toll-free', participants: 3, minutesEach: 30.5 }], {
      settings: settings({ chargeRounding, durationRounding }),
    });
    expect(toDecimalString(result.total)).toBe(expected);
  });

  it('is complete, and totals 0, for a meeting nobody dials into', () => {
    expect(estimate([])).toMatchObject({ items: [], unpriced: [], complete: true, total: usd('0') });
  });

  it('leaves a satellite number unpriced rather than at 0', () => {
    const result = estimate([{ kind: 'dial-out', destination: { number: phone('+881 6 12345678') } }]);
    expect(result.unpriced).toHaveLength(1);
    expect(result.unpriced[0]).toMatchObject({ country: null, reason: 'rate-unknown' });
    expect(result.complete).toBe(false);
  });

  it.each([
    ['a zero duration', { durationMinutes: 0 }, [], [{ lineIndex: null, code: 'invalid-duration' }]],
    ['an endless duration', { durationMinutes: Number.POSITIVE_INFINITY }, [], [{ lineIndex: null, code: 'invalid-duration' }]],
    ['no participants', {}, [{ kind: 'dial-in', country: 'US', numberKind: 'toll', participants: 0 }], [{ lineIndex: 0, code: 'invalid-participants' }]],
    ['half a participant', {}, [{ kind: 'dial-in', country: 'US', numberKind: 'toll', participants: 1.5 }], [{ lineIndex: 0, code: 'invalid-participants' }]],
    ['a stay longer than the meeting', {}, [{ kind: 'dial-in', country: 'US', numberKind: 'toll', participants: 1, minutesEach: 46 }], [{ lineIndex: 0, code: 'stay-longer-than-meeting' }]],
    ['a negative stay', {}, [{ kind: 'dial-out', destination: { country: 'GB' }, minutesEach: -1 }], [{ lineIndex: 0, code: 'invalid-stay' }]],
    ['an unknown country', {}, [{ kind: 'dial-in', country: 'XX', numberKind: 'toll', participants: 1 }], [{ lineIndex: 0, code: 'invalid-country' }]],
    ['zero dial-out calls', {}, [{ kind: 'dial-out', destination: { country: 'GB' }, calls: 0 }], [{ lineIndex: 0, code: 'invalid-calls' }]],
  ] as const)('refuses %s with a typed error', (_name, over, lines, errors) => {
    expect(estimateMeetingCost(input([...lines] as EstimateLine[], over))).toEqual({ ok: false, error: errors });
  });

  const lineArb: fc.Arbitrary<EstimateLine> = fc.oneof(
    fc.record({
      kind: fc.constant('dial-in' as const),
      country: fc.constantFrom('US', 'GB', 'FR', 'AR'),
      numberKind: fc.constantFrom('toll' as const, 'toll-free' as const),
      participants: fc.integer({ min: 1, max: 500 }),
      minutesEach: fc.option(fc.integer({ min: 1, max: 45 }), { nil: undefined }),
    }),
    fc.record({
      kind: fc.constant('dial-out' as const),
      destination: fc.record({ country: fc.constantFrom('US', 'GB', 'FR', 'AR'), numberType: fc.constantFrom('mobile' as const, null) }),
      calls: fc.integer({ min: 1, max: 20 }),
      minutesEach: fc.option(fc.double({ min: 0.5, max: 45, noNaN: true }), { nil: undefined }),
    }),
  );

  it('totals exactly the sum of its lines, never prices an unknown line and ignores line order (property)', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), fc.constantFrom('per-call' as const, 'per-line' as const), (lines, chargeRounding) => {
        const s = settings({ chargeRounding });
        const forward = estimate(lines, { settings: s });
        expect(forward.total).toEqual(sumMoney(forward.items.map((i) => i.subtotal), 'USD'));
        expect(forward.items.length + forward.unpriced.length).toBe(lines.length);
        for (const u of forward.unpriced) expect(u).not.toHaveProperty('subtotal');
        expect(forward.complete).toBe(forward.unpriced.length === 0);
        expect(estimate([...lines].reverse(), { settings: s }).total).toEqual(forward.total);
      }),
    );
  });
});
