import { getCountries } from 'libphonenumber-js/max';
import { readCsvRecords } from '../csv-records';
import { InvalidAmountError, normalizeCurrency, parseDecimalMicros } from '../money';
import { isNumberType, type NumberType } from '../numbers/number-types';
import { CALL_KINDS, type CallKind } from '../reference/call-types';
import { failure, success, type Result } from '../result';
import { isCalendarDate } from '../time';
import type { RateCard, RateCardEntry, RateCardSource } from './rate-card';

/**
 * The admin's rate card as CSV (architecture "Rates"): one rate per line, typically copied from Microsoft's
 * pay-per-minute workbook for the tenant's currency (domain-facts §5).
 *
 *   call_kind,country,number_type,currency,rate_per_minute,connection_fee,effective_from
 *   dial-out,FR,mobile,USD,0.12,0,2025-01-01
 *
 * number_type may be empty (the rate covers every type) and the column may be left out; connection_fee may be empty
 * (no fee). Import is all or nothing: any bad line means no rates, and every bad line is reported.
 */
export const RATE_CARD_COLUMNS = [
  'call_kind',
  'country',
  'number_type',
  'currency',
  'rate_per_minute',
  'connection_fee',
  'effective_from',
] as const;
type Column = (typeof RATE_CARD_COLUMNS)[number];
const OPTIONAL_COLUMNS: readonly Column[] = ['number_type'];

export type RateCardErrorCode =
  | 'empty-file'
  | 'csv-syntax'
  | 'missing-column'
  | 'duplicate-column'
  | 'wrong-column-count'
  | 'unknown-call-kind'
  | 'invalid-country'
  | 'unknown-number-type'
  | 'invalid-currency'
  | 'mixed-currencies'
  | 'invalid-amount'
  | 'negative-amount'
  | 'invalid-effective-from'
  | 'duplicate-rate';

export interface RateCardLineError {
  /** 1-based line in the file where the record starts. */
  readonly line: number;
  readonly code: RateCardErrorCode;
  readonly column?: Column;
  /** The offending value, cut to 40 characters. */
  readonly value?: string;
}

const COUNTRIES = new Set<string>(getCountries());
const MAX_VALUE_ECHO = 40;

export function parseRateCardCsv(text: string, source: RateCardSource = 'admin'): Result<RateCard, readonly RateCardLineError[]> {
  const read = readCsvRecords(text);
  if (!read.ok) return failure([read.error]);
  const [headerRecord, ...dataRecords] = read.value;
  if (!headerRecord || dataRecords.length === 0) return failure([{ line: headerRecord ? headerRecord.line : 1, code: 'empty-file' }]);

  const header = readHeader(headerRecord.cells, headerRecord.line);
  if (!header.ok) return failure(header.error);

  const errors: RateCardLineError[] = [];
  const entries: RateCardEntry[] = [];
  const seen = new Map<string, number>();
  let cardCurrency: string | null = null;
  for (const rec of dataRecords) {
    const line = rec.line;
    if (rec.cells.length !== header.value.size) {
      errors.push({ line, code: 'wrong-column-count', value: String(rec.cells.length) });
      continue;
    }
    const cell = (column: Column): string => {
      const index = header.value.get(column);
      return index === undefined ? '' : rec.cells[index]!;
    };
    const lineErrors: RateCardLineError[] = [];
    const problem = (column: Column, code: RateCardErrorCode): void => {
      lineErrors.push({ line, code, column, value: cell(column).slice(0, MAX_VALUE_ECHO) });
    };

    const callKind = parseCallKind(cell('call_kind'));
    if (callKind === null) problem('call_kind', 'unknown-call-kind');
    const country = cell('country').toUpperCase();
    if (!COUNTRIES.has(country)) problem('country', 'invalid-country');
    const numberType = parseNumberType(cell('number_type'));
    if (numberType === undefined) problem('number_type', 'unknown-number-type');
    const currency = parseCurrency(cell('currency'));
    if (currency === null) problem('currency', 'invalid-currency');
    else if (cardCurrency !== null && currency !== cardCurrency) problem('currency', 'mixed-currencies');
    else cardCurrency = currency;
    const perMinute = parseAmount(cell('rate_per_minute'), false);
    if (typeof perMinute === 'string') problem('rate_per_minute', perMinute);
    const connectionFee = parseAmount(cell('connection_fee'), true);
    if (typeof connectionFee === 'string') problem('connection_fee', connectionFee);
    const effectiveFrom = cell('effective_from');
    if (!isCalendarDate(effectiveFrom)) problem('effective_from', 'invalid-effective-from');

    if (
      lineErrors.length > 0 ||
      callKind === null ||
      numberType === undefined ||
      currency === null ||
      typeof perMinute !== 'bigint' ||
      typeof connectionFee !== 'bigint'
    ) {
      errors.push(...lineErrors);
      continue;
    }
    const key = [callKind, country, numberType ?? '', effectiveFrom].join('|');
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      errors.push({ line, code: 'duplicate-rate', value: `line ${firstLine}` });
      continue;
    }
    seen.set(key, line);
    entries.push({
      callKind,
      country,
      numberType,
      effectiveFrom,
      rate: { perMinute: { micros: perMinute, currency }, connectionFee: { micros: connectionFee, currency } },
    });
  }
  return errors.length > 0 ? failure(errors) : success({ source, entries });
}

function readHeader(cells: readonly string[], line: number): Result<Map<Column, number>, RateCardLineError[]> {
  const index = new Map<Column, number>();
  const errors: RateCardLineError[] = [];
  cells.forEach((cell, i) => {
    const name = cell.toLowerCase().replace(/[\s-]+/g, '_') as Column;
    if (!(RATE_CARD_COLUMNS as readonly string[]).includes(name)) return;
    if (index.has(name)) errors.push({ line, code: 'duplicate-column', column: name });
    index.set(name, i);
  });
  for (const column of RATE_CARD_COLUMNS) {
    if (!index.has(column) && !OPTIONAL_COLUMNS.includes(column)) errors.push({ line, code: 'missing-column', column });
  }
  return errors.length > 0 ? failure(errors) : success(index);
}

function parseCallKind(text: string): CallKind | null {
  const kind = text.toLowerCase().replace(/[ _]+/g, '-');
  return (CALL_KINDS as readonly string[]).includes(kind) ? (kind as CallKind) : null;
}

/** undefined = not a known type; null = empty, the rate covers every type. */
function parseNumberType(text: string): NumberType | null | undefined {
  if (text === '') return null;
  const type = text.toLowerCase().replace(/[ _]+/g, '-');
  return isNumberType(type) ? type : undefined;
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

function parseCurrency(text: string): string | null {
  try {
    const code = normalizeCurrency(text);
    return CURRENCIES.has(code) ? code : null;
  } catch (error) {
    if (error instanceof InvalidAmountError) return null;
    throw error;
  }
}

function parseAmount(text: string, emptyIsZero: boolean): bigint | 'invalid-amount' | 'negative-amount' {
  if (text === '' && emptyIsZero) return 0n;
  try {
    const micros = parseDecimalMicros(text);
    return micros < 0n ? 'negative-amount' : micros;
  } catch (error) {
    if (error instanceof InvalidAmountError) return 'invalid-amount';
    throw error;
  }
}
