import { findNumbers, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { analyzePhoneNumber } from '../../billing/numbers/phone-number';
import type { Span } from './text.spans';

export interface PhoneMention extends Span {
  e164: string;
  /** undefined for international networks (+800, +881…), which belong to no country. */
  country?: string;
}

/**
 * At least four digits in one run of digits and the punctuation numbers are written with: no valid number (national or
 * international, in any country's metadata) is shorter. Anything without such a run cannot hold a number.
 */
const PHONE_CANDIDATE = /\p{Nd}(?:[\s().\-\/\u00a0\u2010-\u2015\u3000]*\p{Nd}){3}/u;

/** More numbers than this in one message is a paste, not a question. */
const MAX_NUMBERS = 10;

/**
 * Valid phone numbers anywhere in the text. National formats ("01 23 45 67 89", "(11) 98765-4321") are read in the
 * organizer's usage location; without one only international formats ("+81 3…") are found.
 */
export function findPhoneNumbers(cased: string, defaultRegion: string | undefined): PhoneMention[] {
  // "90 minutes, 4 dial-ins and 2 dial-outs" holds no number: libphonenumber would try (and throw on) each digit run.
  if (!PHONE_CANDIDATE.test(cased)) return [];
  const region = toRegion(defaultRegion);
  const found = region ? findNumbers(cased, { defaultCountry: region, v2: true }) : findNumbers(cased, { v2: true });
  const mentions: PhoneMention[] = [];
  for (const match of found.slice(0, MAX_NUMBERS)) {
    const analyzed = analyzePhoneNumber(match.number.number);
    if (!analyzed.ok) continue;
    const country = analyzed.value.country ?? undefined;
    mentions.push({ start: match.startsAt, end: match.endsAt, e164: analyzed.value.e164, ...(country ? { country } : {}) });
  }
  return mentions;
}

function toRegion(region: string | undefined): CountryCode | undefined {
  const upper = region?.trim().toUpperCase();
  return upper && isSupportedCountry(upper) ? upper : undefined;
}
