/**
 * Exact arithmetic on the API's decimal strings ("12.340000"). Money is never summed as floats: amounts become BigInt
 * millionths (the API's scale, architecture "Money and time") and back. Floats appear only where pixels are drawn.
 */

import type { DecimalString } from '../locale/formatters';

export type { DecimalString };

const SCALE = 6;
const UNIT = 10n ** BigInt(SCALE);
const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** "12.34" → 12340000n. More than six fraction digits round half away from zero. Throws on anything else. */
export function toMicros(value: DecimalString): bigint {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new RangeError(`not a decimal amount: ${JSON.stringify(value)}`);
  const [, sign, whole = '0', fraction = ''] = match;
  let micros = BigInt(whole) * UNIT + BigInt((fraction.slice(0, SCALE) || '0').padEnd(SCALE, '0'));
  if (fraction.length > SCALE && (fraction[SCALE] ?? '0') >= '5') micros += 1n;
  return sign === '-' ? -micros : micros;
}

/** 12340000n → "12.340000" (always six fraction digits, the API's own spelling). */
export function fromMicros(micros: bigint): DecimalString {
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const whole = abs / UNIT;
  const fraction = (abs % UNIT).toString().padStart(SCALE, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

export function addDecimals(values: Iterable<DecimalString>): DecimalString {
  let total = 0n;
  for (const value of values) total += toMicros(value);
  return fromMicros(total);
}

export function subtractDecimal(a: DecimalString, b: DecimalString): DecimalString {
  return fromMicros(toMicros(a) - toMicros(b));
}

export function compareDecimals(a: DecimalString, b: DecimalString): number {
  const diff = toMicros(a) - toMicros(b);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** For drawing and ratios only (bar heights, percentages): never add these back up. */
export function decimalToNumber(value: DecimalString): number {
  return Number(toMicros(value)) / Number(UNIT);
}

/** a / b as a float for a percentage; null when b is zero. */
export function decimalRatio(a: DecimalString, b: DecimalString): number | null {
  const denominator = toMicros(b);
  if (denominator === 0n) return null;
  // Scale before dividing so the quotient keeps four significant decimals.
  return Number((toMicros(a) * 1_000_000n) / denominator) / 1_000_000;
}
