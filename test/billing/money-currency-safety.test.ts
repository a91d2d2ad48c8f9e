import fc from 'fast-check';
import { addMoney, compareMoney, CurrencyMismatchError, money, subtractMoney, sumMoney } from '../../bot/billing/money';

const currency = fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'GBP');
const micros = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });

describe('money is currency-safe (property)', () => {
  it('combines amounts of one currency exactly and refuses two currencies with a typed error', () => {
    fc.assert(
      fc.property(micros, currency, micros, currency, (a, ca, b, cb) => {
        const left = money(a, ca);
        const right = money(b, cb);
        if (ca === cb) {
          expect(addMoney(left, right)).toEqual({ micros: a + b, currency: ca });
          expect(subtractMoney(left, right)).toEqual({ micros: a - b, currency: ca });
        } else {
          expect(() => addMoney(left, right)).toThrow(CurrencyMismatchError);
          expect(() => compareMoney(left, right)).toThrow(CurrencyMismatchError);
        }
      }),
    );
  });

  it('refuses a sum with one stray currency, wherever it sits', () => {
    fc.assert(
      fc.property(fc.array(micros, { minLength: 1, maxLength: 20 }), fc.nat(), (values, at) => {
        const amounts = values.map((v) => money(v, 'USD'));
        amounts.splice(at % (amounts.length + 1), 0, money(1n, 'EUR'));
        expect(() => sumMoney(amounts, 'USD')).toThrow(CurrencyMismatchError);
      }),
    );
  });
});
