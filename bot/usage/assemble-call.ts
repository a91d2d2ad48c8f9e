/**
 * The part of normalization both sources share: masking, number type, country, the organizer of the row itself, and
 * the fallback key. Each source's normalizer parses and validates its own fields first.
 */
import { maskPhoneNumber } from '../billing/numbers/mask-phone-number';
import { normalizeNumberType } from './call-kind';
import { countryCodeFromName } from './country-names';
import { fallbackKey } from './dedup-key';
import type { PstnCall } from './pstn-call';

/** What a source's parser hands over: the stored fields, less what assembly derives, with instants as epoch ms. */
export type ParsedCallFields = Omit<PstnCall, 'startedAt' | 'endedAt' | 'numberType' | 'country' | 'organizer' | 'attribution' | 'dedupKey'> & {
  readonly startedAtMs: number;
  readonly endedAtMs: number | null;
};

/** Empty strings and whitespace are "not given". */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function upperCode(value: string | null): string | null {
  return value === null ? null : value.toUpperCase();
}

export function assembleCall(f: ParsedCallFields): PstnCall {
  const callerNumber = f.callerNumber === null ? null : maskPhoneNumber(f.callerNumber);
  const calleeNumber = f.calleeNumber === null ? null : maskPhoneNumber(f.calleeNumber);
  const userId = f.userId === null ? null : f.userId.toLowerCase();
  const organizer = userId ? { userId, userPrincipalName: f.userPrincipalName, displayName: f.userDisplayName } : null;
  const numberType = normalizeNumberType(f.numberTypeRaw);
  return {
    source: f.source,
    sourceRowId: f.sourceRowId,
    callId: f.callId,
    conferenceId: f.conferenceId,
    startedAt: new Date(f.startedAtMs).toISOString(),
    endedAt: f.endedAtMs === null ? null : new Date(f.endedAtMs).toISOString(),
    durationSeconds: f.durationSeconds,
    charge: f.charge,
    connectionCharge: f.connectionCharge,
    callType: f.callType.toLowerCase(),
    numberTypeRaw: f.numberTypeRaw,
    numberType,
    capability: f.capability.toUpperCase(),
    destinationContext: f.destinationContext,
    destinationName: f.destinationName,
    country: countryCodeFromName(f.destinationName) ?? upperCode(f.otherPartyCountryCode),
    usageCountryCode: upperCode(f.usageCountryCode),
    tenantCountryCode: upperCode(f.tenantCountryCode),
    otherPartyCountryCode: upperCode(f.otherPartyCountryCode),
    callerNumber,
    calleeNumber,
    userId,
    userPrincipalName: f.userPrincipalName,
    userDisplayName: f.userDisplayName,
    operator: f.operator,
    callDurationSource: f.callDurationSource,
    administrativeUnitInfos: f.administrativeUnitInfos,
    organizer,
    attribution: organizer ? 'direct' : 'none',
    dedupKey: fallbackKey({
      callId: f.callId,
      startedAtMs: f.startedAtMs,
      durationSeconds: f.durationSeconds,
      charge: f.charge,
      callerNumber,
      calleeNumber,
    }),
  };
}
