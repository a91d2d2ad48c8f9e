/**
 * The answer model as JSON for the API: the same data the cards are made from, with every Money as MoneyJson
 * (an exact decimal string and its currency), never a float or a bigint.
 */
import { toMoneyJson, type Money, type MoneyJson } from '../billing/money';

/** T with every Money replaced by MoneyJson, at any depth. */
export type WithMoneyJson<T> = T extends Money
  ? MoneyJson
  : T extends readonly (infer U)[]
    ? WithMoneyJson<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: WithMoneyJson<T[K]> }
      : T;

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && typeof (value as Money).micros === 'bigint' && typeof (value as Money).currency === 'string';
}

export function answerJson<T>(value: T): WithMoneyJson<T> {
  return convert(value) as WithMoneyJson<T>;
}

function convert(value: unknown): unknown {
  if (isMoney(value)) return toMoneyJson(value);
  if (Array.isArray(value)) return value.map(convert);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  }
  return value;
}
