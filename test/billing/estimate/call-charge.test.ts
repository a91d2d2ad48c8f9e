import { billedSeconds, exactCallCharge, lineCharge } from '../../../bot/billing/estimate/call-charge';
import { moneyFromDecimal, toDecimalString } from '../../../bot/billing/money';
import { usd } from '../support/builders';

describe('call charges', () => {
  it.each([
    [0, 'per-started-minute', 0],
    [1, 'per-started-minute', 60],
    [60, 'per-started-minute', 60],
    [61, 'per-started-minute', 120],
    [61, 'per-second', 61],
  ] as const)('bills %i s as %s → %i s', (seconds, rule, expected) => {
    expect(billedSeconds(seconds, rule)).toBe(expected);
  });

  it('refuses a duration that is not a whole, non-negative number of seconds', () => {
    expect(() => billedSeconds(-1, 'per-second')).toThrow(RangeError);
    expect(() => billedSeconds(1.5, 'per-second')).toThrow(RangeError);
  });

  it('prices sub-cent rates exactly before the named rounding point', () => {
    const rate = { perMinute: usd('0.0123'), connectionFee: usd('0.005') };
    // 61 s × 0.0123 / 60 = 0.012505 (exact at micro scale), + 0.005
    expect(toDecimalString(exactCallCharge(rate, 61))).toBe('0.017505');
    expect(toDecimalString(lineCharge(rate, 61, 10, 'per-call').subtotal)).toBe('0.20');
    expect(toDecimalString(lineCharge(rate, 61, 10, 'per-line').subtotal)).toBe('0.18');
  });

  it('rounds to each currency\'s own minor unit', () => {
    const yen = { perMinute: moneyFromDecimal('2.4', 'JPY'), connectionFee: moneyFromDecimal('0', 'JPY') };
    expect(toDecimalString(lineCharge(yen, 60, 3, 'per-call').subtotal)).toBe('6');
    expect(toDecimalString(lineCharge(yen, 60, 3, 'per-line').subtotal)).toBe('7');
  });
});
