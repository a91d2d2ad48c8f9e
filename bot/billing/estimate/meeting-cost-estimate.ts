import { getCountries } from 'libphonenumber-js/max';
import { addMoney, zero, type Money } from '../money';
import type { NumberType } from '../numbers/number-types';
import type { AnalyzedPhoneNumber } from '../numbers/phone-number';
import type { Rate } from '../rates/rate-card';
import type { RateLookup, RateSource } from '../rates/rate-lookup';
import type { CallKind } from '../reference/call-types';
import type { Remedy } from '../remedies';
import { failure, success, type Result } from '../result';
import type { BillingSettings } from '../settings';
import type { CalendarDate } from '../time';
import { billedSeconds, lineCharge } from './call-charge';

/** Participants dialing in to the meeting's toll or toll-free number of a country, maybe for part of the meeting. */
export interface DialInLine {
  readonly kind: 'dial-in';
  readonly country: string;
  readonly numberKind: 'toll' | 'toll-free';
  readonly participants: number;
  /** Minutes each stays; the whole meeting when absent. */
  readonly minutesEach?: number;
}

/** A dial-out from the meeting to a number, or to "someone in a country" when the number is not known yet. */
export interface DialOutLine {
  readonly kind: 'dial-out';
  readonly destination: { readonly number: AnalyzedPhoneNumber } | { readonly country: string; readonly numberType?: NumberType | null };
  readonly calls?: number;
  readonly minutesEach?: number;
}

export type EstimateLine = DialInLine | DialOutLine;

export interface MeetingCostEstimateInput {
  readonly durationMinutes: number;
  readonly lines: readonly EstimateLine[];
  /** The meeting's date: the rate card rows in effect that day apply. */
  readonly on: CalendarDate;
  readonly settings: BillingSettings;
  readonly lookupRate: RateLookup;
}

interface LineBasis {
  readonly index: number;
  readonly callKind: CallKind;
  /** null for international networks, which have no country. */
  readonly country: string | null;
  readonly numberType: NumberType | null;
  readonly calls: number;
  readonly billedSecondsPerCall: number;
}

export interface EstimateLineItem extends LineBasis {
  readonly rate: Rate;
  readonly rateSource: RateSource;
  readonly chargePerCall: Money;
  readonly subtotal: Money;
}

/** A line without a known rate: it is listed, never priced as 0 (architecture "Rates"). */
export interface UnpricedLine extends LineBasis {
  readonly reason: 'rate-unknown';
  readonly remedy: Remedy;
}

export interface MeetingCostEstimate {
  readonly currency: string;
  readonly durationMinutes: number;
  readonly items: readonly EstimateLineItem[];
  readonly unpriced: readonly UnpricedLine[];
  /** Σ of the priced lines' subtotals; a lower bound when `complete` is false. */
  readonly total: Money;
  readonly complete: boolean;
  readonly rounding: { readonly duration: BillingSettings['durationRounding']; readonly charge: BillingSettings['chargeRounding'] };
}

export type EstimateInputErrorCode =
  | 'invalid-duration'
  | 'invalid-participants'
  | 'invalid-calls'
  | 'invalid-stay'
  | 'stay-longer-than-meeting'
  | 'invalid-country';

export interface EstimateInputError {
  /** null for the meeting itself, else the index of the line. */
  readonly lineIndex: number | null;
  readonly code: EstimateInputErrorCode;
}

/** A week: far beyond any meeting, small enough that no arithmetic overflows a safe integer. */
export const MAX_MEETING_MINUTES = 7 * 24 * 60;
/** The most callers one estimate line may have. */
export const MAX_CALLERS = 100_000;
const COUNTRIES = new Set<string>(getCountries());

export function estimateMeetingCost(input: MeetingCostEstimateInput): Result<MeetingCostEstimate, readonly EstimateInputError[]> {
  const { settings, lookupRate } = input;
  const errors: EstimateInputError[] = [];
  if (!isValidMinutes(input.durationMinutes)) return failure([{ lineIndex: null, code: 'invalid-duration' }]);

  const bases: LineBasis[] = [];
  input.lines.forEach((line, index) => {
    const basis = lineBasis(line, index, input.durationMinutes, settings);
    if (basis.ok) bases.push(basis.value);
    else errors.push({ lineIndex: index, code: basis.error });
  });
  if (errors.length > 0) return failure(errors);

  const items: EstimateLineItem[] = [];
  const unpriced: UnpricedLine[] = [];
  let total = zero(settings.currency);
  for (const basis of bases) {
    const found = lookupRate({ callKind: basis.callKind, country: basis.country, numberType: basis.numberType, on: input.on });
    if (found.kind === 'unknown') {
      unpriced.push({ ...basis, reason: 'rate-unknown', remedy: found.remedy });
      continue;
    }
    const charge = lineCharge(found.rate, basis.billedSecondsPerCall, basis.calls, settings.chargeRounding);
    items.push({ ...basis, rate: found.rate, rateSource: found.source, chargePerCall: charge.perCall, subtotal: charge.subtotal });
    total = addMoney(total, charge.subtotal);
  }
  return success({
    currency: settings.currency,
    durationMinutes: input.durationMinutes,
    items,
    unpriced,
    total,
    complete: unpriced.length === 0,
    rounding: { duration: settings.durationRounding, charge: settings.chargeRounding },
  });
}

function lineBasis(
  line: EstimateLine,
  index: number,
  meetingMinutes: number,
  settings: BillingSettings,
): Result<LineBasis, EstimateInputErrorCode> {
  const minutes = line.minutesEach ?? meetingMinutes;
  if (!isValidMinutes(minutes)) return failure('invalid-stay');
  if (minutes > meetingMinutes) return failure('stay-longer-than-meeting');
  // A stay shorter than a second still opens a call; rounding (not ceil) keeps 0.1 × 60 from becoming 7 seconds.
  const billed = billedSeconds(Math.max(1, Math.round(minutes * 60)), settings.durationRounding);

  if (line.kind === 'dial-in') {
    if (!isValidCount(line.participants)) return failure('invalid-participants');
    const country = line.country.trim().toUpperCase();
    if (!COUNTRIES.has(country)) return failure('invalid-country');
    const callKind: CallKind = line.numberKind === 'toll-free' ? 'dial-in-toll-free' : 'dial-in-toll';
    return success({ index, callKind, country, numberType: null, calls: line.participants, billedSecondsPerCall: billed });
  }

  const calls = line.calls ?? 1;
  if (!isValidCount(calls)) return failure('invalid-calls');
  const destination = line.destination;
  if ('number' in destination) {
    const { country, numberType } = destination.number;
    return success({ index, callKind: 'dial-out', country, numberType, calls, billedSecondsPerCall: billed });
  }
  const country = destination.country.trim().toUpperCase();
  if (!COUNTRIES.has(country)) return failure('invalid-country');
  return success({ index, callKind: 'dial-out', country, numberType: destination.numberType ?? null, calls, billedSecondsPerCall: billed });
}

function isValidMinutes(minutes: number): boolean {
  return Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_MEETING_MINUTES;
}

function isValidCount(count: number): boolean {
  return Number.isSafeInteger(count) && count >= 1 && count <= MAX_CALLERS;
}
