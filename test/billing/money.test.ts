import fc from 'fast-check';
import {
  addMoney,
  CurrencyMismatchError,
  formatMoney,
  moneyFromDecimal,
  moneyFromNumber,
  roundToMinorUnit,
  sumMoney,
  toDecimalString,
  money,
} from '../../bot/billing/money';

describe('money', () => {
  it.each([
    ['12.5', 'USD', '12.50'],
    ['0.0123456', 'USD', '0.012346'],
    ['-3', 'EUR', '-3.00'],
    ['7', 'JPY', '7'],
    ['1.2345', 'KWD', '1.2345'],
  ])('parses %s %s exactly as %s', (input, currency, expected) => {
    expect(toDecimalString(moneyFromDecimal(input, currency))).toBe(expected);
  });

  it('converts a Graph double once, without float drift', () => {
    expect(toDecimalString(moneyFromNumber(0.1 + 0.2, 'USD'))).toBe('0.30');
  });

  it.each([
    [1e21, '1000000000000000000000.00'],
    [-1e21, '-1000000000000000000000.00'],
    [1e15, '1000000000000000.00'],
    [123456.7891234, '123456.789123'],
  ])('converts the double %p exactly, even where toFixed would use an exponent', (amount, expected) => {
    expect(toDecimalString(moneyFromNumber(amount, 'USD'))).toBe(expected);
  });

  it('refuses to add different currencies with a typed error', () => {
    expect(() => addMoney(moneyFromDecimal('1', 'USD'), moneyFromDecimal('1', 'EUR'))).toThrow(CurrencyMismatchError);
  });

  it.each([
    ['0.005', 'USD', '0.01'],
    ['0.004999', 'USD', '0.00'],
    ['2.5', 'JPY', '3'],
    ['1.23456', 'KWD', '1.235'],
  ])('rounds %s %s to the minor unit as %s', (input, currency, expected) => {
    expect(toDecimalString(roundToMinorUnit(moneyFromDecimal(input, currency)))).toBe(expected);
  });

  it.each([
    ['en-US', '1234.5', 'USD', '$1,234.50'],
    ['fr-FR', '1234.5', 'EUR', '1\u202f234,50\u00a0€'],
    ['ja-JP', '1234', 'JPY', '￥1,234'],
  ])('formats in %s', (locale, amount, currency, expected) => {
    expect(formatMoney(moneyFromDecimal(amount, currency), locale)).toBe(expected);
  });

  it('sums exactly whatever the order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), { maxLength: 50 }), (values) => {
        const amounts = values.map((v) => money(v, 'USD'));
        const forward = sumMoney(amounts, 'USD');
        const backward = sumMoney([...amounts].reverse(), 'USD');
        expect(forward.micros).toBe(values.reduce((a, b) => a + b, 0n));
        expect(backward.micros).toBe(forward.micros);
      }),
    );
  });

  it('round-trips through its decimal string (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (micros) => {
        const m = money(micros, 'USD');
        expect(moneyFromDecimal(toDecimalString(m), 'USD').micros).toBe(micros);
      }),
    );
  });
});
