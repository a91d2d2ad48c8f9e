import { parsePhoneNumberWithError, ParseError, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { failure, success, type Result } from '../result';
import { maskPhoneNumber } from './mask-phone-number';
import { numberTypeFromLibphonenumber, type NumberType } from './number-types';

/** A phone number understood with libphonenumber's `max` metadata (issue 3 "Numbers"). */
export interface AnalyzedPhoneNumber {
  readonly e164: string;
  /** Country calling code without '+', e.g. '44', '881'. */
  readonly callingCode: string;
  /** ISO 3166 alpha-2; null for numbers on international networks, which belong to no country. */
  readonly country: string | null;
  /** null when the metadata cannot tell the type. */
  readonly numberType: NumberType | null;
  /** A non-geographic calling code: satellite (+870, +881), international networks (+882, +883), UIFN (+800, +808)… */
  readonly internationalNetwork: boolean;
  /** The E.164 form with its last four digits masked, for logs and storage. */
  readonly masked: string;
}

export type PhoneNumberErrorCode =
  | 'not-a-number'
  | 'no-country-code'
  | 'unknown-country-code'
  | 'too-short'
  | 'too-long'
  | 'invalid-length'
  | 'invalid-number';

export interface PhoneNumberError {
  readonly code: PhoneNumberErrorCode;
}

/** Far beyond any real number with extension; longer input is refused before parsing. */
const MAX_INPUT_LENGTH = 100;

/**
 * Finds a number's country, type and network. Typed errors say why a text is not a usable number.
 * Without a default region a leading "00" is read as "+", the usual international prefix outside North America;
 * with one, libphonenumber applies that region's own international prefix.
 */
export function analyzePhoneNumber(text: string, defaultRegion?: string): Result<AnalyzedPhoneNumber, PhoneNumberError> {
  if (typeof text !== 'string' || text.length > MAX_INPUT_LENGTH) return failure({ code: 'not-a-number' });
  const region = normalizeRegion(defaultRegion);
  let input = text.trim();
  if (region === undefined && input.startsWith('00')) input = `+${input.slice(2)}`;

  const lengthProblem = validatePhoneNumberLength(input, region);
  if (lengthProblem !== undefined) return failure({ code: errorCodeFor(lengthProblem, input) });

  let parsed;
  try {
    parsed = parsePhoneNumberWithError(input, { defaultCountry: region, extract: false });
  } catch (error) {
    if (error instanceof ParseError) return failure({ code: errorCodeFor(error.message, input) });
    throw error;
  }
  if (!parsed.isValid()) return failure({ code: 'invalid-number' });

  const country = parsed.country ?? null;
  return success({
    e164: parsed.number,
    callingCode: parsed.countryCallingCode,
    country,
    numberType: numberTypeFromLibphonenumber(parsed.getType()),
    internationalNetwork: country === null,
    masked: maskPhoneNumber(parsed.number),
  });
}

function normalizeRegion(region: string | undefined): CountryCode | undefined {
  if (region === undefined) return undefined;
  const upper = region.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) ? (upper as CountryCode) : undefined;
}

function errorCodeFor(libraryCode: string, input: string): PhoneNumberErrorCode {
  switch (libraryCode) {
    case 'TOO_SHORT':
      return 'too-short';
    case 'TOO_LONG':
      return 'too-long';
    case 'INVALID_LENGTH':
      return 'invalid-length';
    case 'INVALID_COUNTRY':
      return input.includes('+') ? 'unknown-country-code' : 'no-country-code';
    case 'NOT_A_NUMBER':
      return 'not-a-number';
    default:
      return 'invalid-number';
  }
}
