/**
 * Reads an amount typed in the user's locale ("1 234,56" in French, "1.234,56" in Brazil, "1,234.56" in the US) into
 * the API's decimal string, without ever going through a float.
 */
import type { DecimalString } from '../locale/formatters';

export type ParsedAmount =
  | { ok: true; amount: DecimalString }
  | { ok: false; problem: 'missing' | 'invalid' | 'tooLarge' };

function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/** How many decimals the currency has (2 for USD, 0 for JPY). */
export function currencyDigits(locale: string, currency: string): number {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

const MAX_INTEGER_DIGITS = 12;

export function parseAmount(text: string, locale: string, maxFractionDigits: number): ParsedAmount {
  // Spaces of every kind are group separators in fr-FR and ru-RU; people type a plain one.
  let value = text.replace(/[\s\u00a0\u202f]/g, '');
  if (value === '') return { ok: false, problem: 'missing' };
  const { group, decimal } = separators(locale);
  value = value.replace(/^[\u2212\u2012\u2013]/, '-');
  if (!/\s/.test(group)) value = value.split(group).join('');
  if (decimal !== '.') {
    if (value.includes('.')) return { ok: false, problem: 'invalid' };
    value = value.replace(decimal, '.');
  }
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return { ok: false, problem: 'invalid' };
  const [, sign = '', whole = '', fraction = ''] = match;
  if (fraction.length > maxFractionDigits) return { ok: false, problem: 'invalid' };
  const integer = whole.replace(/^0+(?=\d)/, '');
  if (integer.length > MAX_INTEGER_DIGITS) return { ok: false, problem: 'tooLarge' };
  return { ok: true, amount: `${sign}${integer}${fraction ? `.${fraction}` : ''}` };
}
