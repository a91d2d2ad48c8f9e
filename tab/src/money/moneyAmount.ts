import type { MoneyAmount } from '../../../bot/api/contracts';
import { addDecimals, compareDecimals, subtractDecimal } from './decimal';

/** The exact sum of amounts in one currency; null when there are none or they are in different currencies. */
export function sumMoney(values: readonly MoneyAmount[]): MoneyAmount | null {
  const first = values[0];
  if (!first || values.some((v) => v.currency !== first.currency)) return null;
  return { amount: addDecimals(values.map((v) => v.amount)), currency: first.currency };
}

/** a − b, or null across currencies. */
export function moneyDifference(a: MoneyAmount, b: MoneyAmount): MoneyAmount | null {
  return a.currency === b.currency ? { amount: subtractDecimal(a.amount, b.amount), currency: a.currency } : null;
}

export function compareMoney(a: MoneyAmount, b: MoneyAmount): number | null {
  return a.currency === b.currency ? compareDecimals(a.amount, b.amount) : null;
}
