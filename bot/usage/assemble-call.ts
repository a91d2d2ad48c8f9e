/**
 * The part of normalization both sources share: masking, number type, country, the organizer of the row itself, and
 * the fallback key. Each source's normalizer parses and validates its own fields first.
 */
import type { Money } from '../billing/money';
import { maskPhoneNumber } from '../billing/numbers/mask-phone-number';
import { normalizeNumberType } from './call-kind';
import { countryCodeFromName } from './country-names';
import { fallbackKey } from './dedup-key';
import type { PstnCall, UsageSource } from './pstn-call';

export interface ParsedCallFields {
  readonly source: UsageSource;
  readonly sourceRowId: string;
  readonly callId: string;
  readonly conferenceId: string | null;
  readonly startedAtMs: number;
  readonly endedAtMs: number | null;
  readonly durationSeconds: number;
  readonly charge: Money;
  readonly connectionCharge: Money;
  readonly callType: string;
  readonly numberTypeRaw: string | null;
  readonly capability: string;
  readonly destinationContext: string | null;
  readonly destinationName: string | null;
  readonly usageCountryCode: string | null;
  readonly tenantCountryCode: string | null;
  readonly otherPartyCountryCode: string | null;
  readonly callerNumber: string | null;
  readonly calleeNumber: string | null;
  readonly userId: string | null;
  readonly userPrincipalName: string | null;
  readonly userDisplayName: string | null;
  readonly operator: string | null;
  readonly callDurationSource: string | null;
  readonly administrativeUnitInfos: string | null;
}

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
