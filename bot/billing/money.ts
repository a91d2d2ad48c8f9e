/**
 * The one money type of PPM Assistant.
 *
 * Amounts are integers of micro-units (10⁻⁶ of the currency's major unit) held in a bigint, because
 * per-minute rates are sub-cent (architecture "Money and time") and floats never sum money.
 * Every amount carries its ISO 4217 currency; mixing currencies is a typed error.
 */
import { numberFormat } from './intl-cache';

export const MICROS_PER_UNIT = 1_000_000n;
const SCALE_DIGITS = 6;

export interface Money {
  /** Amount in 10⁻⁶ of the major unit. */
  readonly micros: bigint;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
}

/** The JSON shape of money on the wire: a decimal string, never a float. */
export interface MoneyJson {
  amount: string;
  currency: string;
}

export class CurrencyMismatchError extends Error {
  readonly code = 'currency-mismatch';
  constructor(
    readonly left: string,
    readonly right: string,
  ) {
    super(`Cannot combine ${left} with ${right}`);
    this.name = 'CurrencyMismatchError';
  }
}

export class InvalidAmountError extends Error {
  readonly code = 'invalid-amount';
  constructor(readonly input: string) {
    super(`Not a decimal amount: ${JSON.stringify(input)}`);
    this.name = 'InvalidAmountError';
  }
}

const CURRENCY_RE = /^[A-Z]{3}$/;

export function normalizeCurrency(currency: string): string {
  const upper = currency.trim().toUpperCase();
  if (!CURRENCY_RE.test(upper)) throw new InvalidAmountError(currency);
  return upper;
}

export function money(micros: bigint, currency: string): Money {
  return { micros, currency: normalizeCurrency(currency) };
}

export function zero(currency: string): Money {
  return money(0n, currency);
}

const DECIMAL_RE = /^([+-])?(\d+)(?:\.(\d*))?$/;

/**
 * Parses a decimal string ("12.5", "-0.012345", "1e-3" is refused) exactly.
 * Digits past the sixth decimal are rounded half away from zero.
 */
export function parseDecimalMicros(input: string): bigint {
  const text = input.trim();
  const match = DECIMAL_RE.exec(text);
  if (!match) throw new InvalidAmountError(input);
  const [, sign, whole = '0', fraction = ''] = match;
  const kept = fraction.slice(0, SCALE_DIGITS).padEnd(SCALE_DIGITS, '0');
  let micros = BigInt(whole) * MICROS_PER_UNIT + BigInt(kept);
  const nextDigit = fraction.charCodeAt(SCALE_DIGITS) - 48;
  if (nextDigit >= 5 && nextDigit <= 9) micros += 1n;
  return sign === '-' ? -micros : micros;
}

export function moneyFromDecimal(amount: string, currency: string): Money {
  return money(parseDecimalMicros(amount), currency);
}

/**
 * Converts a double that arrived from outside (Graph's `charge` is a Double: domain-facts §6.1) once, at the edge.
 * toFixed(6) gives the shortest exact decimal at our scale for any amount below 10¹⁵.
 */
export function moneyFromNumber(amount: number, currency: string): Money {
  if (!Number.isFinite(amount)) throw new InvalidAmountError(String(amount));
  // toFixed switches to exponent notation from 10²¹; doubles that large are whole numbers anyway.
  if (Math.abs(amount) >= 1e15) return money(BigInt(Math.round(amount)) * MICROS_PER_UNIT, currency);
  return money(parseDecimalMicros(amount.toFixed(SCALE_DIGITS)), currency);
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { micros: a.micros + b.micros, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { micros: a.micros - b.micros, currency: a.currency };
}

export function sumMoney(amounts: readonly Money[], currency: string): Money {
  let total = zero(currency);
  for (const amount of amounts) total = addMoney(total, amount);
  return total;
}

export function negateMoney(a: Money): Money {
  return { micros: -a.micros, currency: a.currency };
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.micros < b.micros ? -1 : a.micros > b.micros ? 1 : 0;
}

export function minMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}

export function maxMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) >= 0 ? a : b;
}

export function isZero(a: Money): boolean {
  return a.micros === 0n;
}

export function isNegative(a: Money): boolean {
  return a.micros < 0n;
}

/** Multiplies by an integer count (minutes, calls). */
export function multiplyMoney(a: Money, factor: bigint | number): Money {
  const f = typeof factor === 'bigint' ? factor : BigInt(assertInteger(factor));
  return { micros: a.micros * f, currency: a.currency };
}

/** Multiplies by a rational numerator/denominator, rounding half away from zero at micro scale. */
export function multiplyMoneyRatio(a: Money, numerator: bigint, denominator: bigint): Money {
  return { micros: divideRounded(a.micros * numerator, denominator, 'half-up'), currency: a.currency };
}

function assertInteger(n: number): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Expected a safe integer, got ${n}`);
  return n;
}

export type RoundingMode = 'half-up' | 'up' | 'down';

/** Integer division with an explicit rounding mode; half-up and up round away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  const r = n % d;
  if (r !== 0n) {
    if (mode === 'up') q += 1n;
    else if (mode === 'half-up' && r * 2n >= d) q += 1n;
  }
  return negative ? -q : q;
}

const minorDigitsCache = new Map<string, number>();

/** Decimal places of the currency's minor unit (JPY 0, USD 2, KWD 3), from Intl, not a hand-kept list. */
export function minorUnitDigits(currency: string): number {
  const code = normalizeCurrency(currency);
  let digits = minorDigitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsCache.set(code, digits);
  }
  return digits;
}

/** Rounds to the currency's minor unit. One of the named rounding points: per call, per line, for display. */
export function roundToMinorUnit(a: Money, mode: RoundingMode = 'half-up'): Money {
  const step = 10n ** BigInt(SCALE_DIGITS - minorUnitDigits(a.currency));
  return { micros: divideRounded(a.micros, step, mode) * step, currency: a.currency };
}

/** Exact decimal string at full micro scale, trailing zeros kept to the minor unit ("12.50", "0.012345"). */
export function toDecimalString(a: Money): string {
  const negative = a.micros < 0n;
  const abs = negative ? -a.micros : a.micros;
  const whole = abs / MICROS_PER_UNIT;
  let fraction = (abs % MICROS_PER_UNIT).toString().padStart(SCALE_DIGITS, '0').replace(/0+$/, '');
  const minDigits = minorUnitDigits(a.currency);
  if (fraction.length < minDigits) fraction = fraction.padEnd(minDigits, '0');
  return `${negative ? '-' : ''}${whole.toString()}${fraction ? `.${fraction}` : ''}`;
}

export function toMoneyJson(a: Money): MoneyJson {
  return { amount: toDecimalString(a), currency: a.currency };
}

export function fromMoneyJson(json: MoneyJson): Money {
  return moneyFromDecimal(json.amount, json.currency);
}

/**
 * Formats for people with Intl.NumberFormat in their locale. Sub-cent amounts (rates) keep up to 6 decimals;
 * totals are rounded for display to the minor unit.
 */
export function formatMoney(a: Money, locale: string, options: { precise?: boolean } = {}): string {
  const minor = minorUnitDigits(a.currency);
  const decimal = toDecimalString(a);
  const fractionDigits = decimal.includes('.') ? decimal.split('.')[1]!.length : 0;
  const maximumFractionDigits = options.precise ? Math.max(minor, fractionDigits) : minor;
  const formatter = numberFormat(locale, {
    style: 'currency',
    currency: a.currency,
    minimumFractionDigits: minor,
    maximumFractionDigits,
  });
  // Intl accepts a decimal string exactly (no float round-trip) in Node 20.
  return formatter.format(decimal as unknown as number);
}
