import { moneyFromDecimal } from '../../bot/billing/money';
import type { RateCard, RateCardEntry } from '../../bot/billing/rates/rate-card';
import { diffRateCards, rateChangeFingerprint } from '../../bot/settings/rate-card-diff';

const rate = (callKind: RateCardEntry['callKind'], country: string, perMinute: string, numberType: RateCardEntry['numberType'] = null, fee = '0'): RateCardEntry => ({
  callKind,
  country,
  numberType,
  effectiveFrom: '2025-01-01',
  rate: { perMinute: moneyFromDecimal(perMinute, 'USD'), connectionFee: moneyFromDecimal(fee, 'USD') },
});
const card = (entries: readonly RateCardEntry[], source: RateCard['source'] = 'admin'): RateCard => ({ source, entries });

describe('rate card diff', () => {
  const current = card([rate('dial-out', 'FR', '0.022'), rate('dial-out', 'FR', '0.071', 'mobile'), rate('dial-in-toll', 'US', '0.012')]);

  it('tells added, changed, removed and unchanged rates apart (a fee change is a change; 0.10 and 0.1 are the same)', () => {
    const next = card([rate('dial-out', 'FR', '0.0220'), rate('dial-out', 'FR', '0.071', 'mobile', '0.01'), rate('dial-out', 'DE', '0.021')]);
    const diff = diffRateCards(current, next);
    expect(diff.added.map((e) => e.country)).toEqual(['DE']);
    expect(diff.changed.map((c) => [c.before.numberType, c.after.rate.connectionFee.micros])).toEqual([['mobile', 10_000n]]);
    expect(diff.removed.map((e) => e.callKind)).toEqual(['dial-in-toll']);
    expect(diff.unchanged).toBe(1);
  });

  it('everything is added when there is no card yet', () => {
    expect(diffRateCards(null, current)).toMatchObject({ changed: [], removed: [], unchanged: 0 });
    expect(diffRateCards(null, current).added).toHaveLength(3);
  });

  it('fingerprints the change: row order does not matter, the current card and the prices do', () => {
    const next = card([rate('dial-out', 'DE', '0.021')]);
    const same = rateChangeFingerprint(current, next);
    expect(rateChangeFingerprint(card([...current.entries].reverse()), next)).toBe(same);
    expect(rateChangeFingerprint(card(current.entries, 'demo'), next)).not.toBe(same);
    expect(rateChangeFingerprint(current, card([rate('dial-out', 'DE', '0.022')]))).not.toBe(same);
    expect(rateChangeFingerprint(null, next)).not.toBe(same);
  });
});
