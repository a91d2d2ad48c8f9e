import fc from 'fast-check';
import { addDecimals, compareDecimals, decimalRatio, decimalToNumber, fromMicros, subtractDecimal, toMicros } from '../../tab/src/money/decimal';
import { compareMoney, moneyDifference, sumMoney } from '../../tab/src/money/moneyAmount';

describe('exact decimal money', () => {
  it.each([
    ['12.34', 12_340_000n],
    ['0.000001', 1n],
    ['-3.5', -3_500_000n],
    ['+7', 7_000_000n],
    ['1234567890123.123456', 1_234_567_890_123_123_456n],
    // More than six fraction digits rounds half away from zero.
    ['0.0000005', 1n],
    ['0.0000004', 0n],
    ['-0.0000005', -1n],
  ])('reads %s as %p millionths', (text, micros) => {
    expect(toMicros(text)).toBe(micros);
  });

  it.each(['', 'abc', '1,5', '1.2.3', '1e3', 'NaN', ' - 1'])('refuses %p', (text) => {
    expect(() => toMicros(text)).toThrow(RangeError);
  });

  it('adds without float drift', () => {
    expect(addDecimals(['0.1', '0.2'])).toBe('0.300000');
    expect(addDecimals(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.000000');
    expect(addDecimals([])).toBe('0.000000');
    expect(subtractDecimal('1', '1.000001')).toBe('-0.000001');
  });

  it('compares and divides for display only', () => {
    expect(compareDecimals('10.5', '10.50')).toBe(0);
    expect(compareDecimals('-1', '0')).toBe(-1);
    expect(decimalToNumber('12.345')).toBeCloseTo(12.345, 9);
    expect(decimalRatio('1', '3')).toBeCloseTo(0.333333, 6);
    expect(decimalRatio('1', '0')).toBeNull();
  });

  it('sums amounts of one currency and refuses to mix currencies', () => {
    expect(sumMoney([{ amount: '1.10', currency: 'USD' }, { amount: '2.20', currency: 'USD' }])).toEqual({ amount: '3.300000', currency: 'USD' });
    expect(sumMoney([{ amount: '1', currency: 'USD' }, { amount: '1', currency: 'EUR' }])).toBeNull();
    expect(sumMoney([])).toBeNull();
    expect(moneyDifference({ amount: '5', currency: 'USD' }, { amount: '7.5', currency: 'USD' })).toEqual({ amount: '-2.500000', currency: 'USD' });
    expect(compareMoney({ amount: '1', currency: 'USD' }, { amount: '1', currency: 'EUR' })).toBeNull();
  });

  const micros = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n });

  it('round-trips every amount at the API scale', () => {
    fc.assert(fc.property(micros, (m) => toMicros(fromMicros(m)) === m));
  });

  it('adds like integer arithmetic, in any order', () => {
    fc.assert(
      fc.property(fc.array(micros, { maxLength: 50 }), (values) => {
        const texts = values.map(fromMicros);
        const expected = values.reduce((a, b) => a + b, 0n);
        return toMicros(addDecimals(texts)) === expected && addDecimals([...texts].reverse()) === addDecimals(texts);
      }),
    );
  });
});
