import fc from 'fast-check';
import { parseCjkNumeral, parseNumber } from '../../../bot/conversation/understanding/numbers';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** How Chinese writes 1..99: 七, 十二, 四十五, 九十九. */
function toChineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return DIGITS[units]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[units]}`;
}

describe('numbers', () => {
  it('reads every Chinese numeral from 1 to 99', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (n) => parseCjkNumeral(toChineseNumeral(n)) === n));
  });

  it.each([
    ['两', 2],
    ['一百零五', 105],
    ['三千', 3000],
    ['二〇二五', 2025],
    ['一万二千', 12000],
    ['十', 10],
  ])('reads the Chinese numeral %s as %d', (text, value) => {
    expect(parseCjkNumeral(text)).toBe(value);
  });

  it.each(['', '十七个', 'abc', '五x'])('does not read %j as a Chinese numeral', (text) => {
    expect(parseCjkNumeral(text)).toBeUndefined();
  });

  it.each([
    ['4', 4],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['four', 4],
    ['twenty five', 25],
    ['quatre', 4],
    ['vingt et un', 21],
    ['dix sept', 17],
    ['duas', 2],
    ['vinte e cinco', 25],
    ['четырьмя', 4],
    ['двух', 2],
    ['пятерых', 5],
    ['двадцать пять', 25],
    ['四十五', 45],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});
