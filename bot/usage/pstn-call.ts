/**
 * One PSTN call row, normalized from either source (architecture "Usage sources"): Graph `pstnCallLogRow`
 * (domain-facts §6.1) or the Teams admin center PSTN usage export (§7.5). Money is exact; numbers are masked.
 */
import type { Money } from '../billing/money';
import type { CallKind, CallTypeFamily } from '../billing/reference/call-types';
import type { Instant } from '../billing/time';

export type UsageSource = 'graph' | 'export';

/**
 * How the organizer was found. The organizer of a dial-in (conf_in) is UNCERTAIN in the facts (domain-facts §1.5), so
 * every row says how it was attributed: the row names its user ('direct'), another row of the same conference names
 * one ('via-conference'), nobody ('none'), or the user's identity was erased on request ('erased').
 */
export type Attribution = 'direct' | 'via-conference' | 'none' | 'erased';

/** The call kinds the usage views group by: the rate card's conference kinds, or the family of any other call. */
export type UsageCallKind = CallKind | Exclude<CallTypeFamily, 'conference'>;

export const USAGE_CALL_KINDS: readonly UsageCallKind[] = [
  'dial-in-toll',
  'dial-in-toll-free',
  'dial-out',
  'user',
  'bot',
  'unassigned',
  'direct-routing',
  'unknown',
];

export interface Organizer {
  readonly userId: string;
  readonly userPrincipalName: string | null;
  readonly displayName: string | null;
}

export interface PstnCall {
  readonly source: UsageSource;
  /** The source's row id: Graph `id`, export `UsageId`. */
  readonly sourceRowId: string;
  readonly callId: string;
  readonly conferenceId: string | null;
  readonly startedAt: Instant;
  readonly endedAt: Instant | null;
  readonly durationSeconds: number;
  readonly charge: Money;
  readonly connectionCharge: Money;
  readonly callType: string;
  /** Graph `inventoryType` / export "Number Type", as delivered. */
  readonly numberTypeRaw: string | null;
  /** Normalized: 'toll', 'toll-free', 'subscriber', 'service', … (lower-case, hyphenated). */
  readonly numberType: string | null;
  readonly capability: string;
  /** 'Domestic' | 'International' as delivered (judged from the user's location: §7.2). */
  readonly destinationContext: string | null;
  /** Country or region dialed, as delivered ("United States"). */
  readonly destinationName: string | null;
  /** ISO 3166 alpha-2 of the dialed side, derived from destinationName, else otherPartyCountryCode, else null. */
  readonly country: string | null;
  /** The user's usage location ("User Location" in the export). */
  readonly usageCountryCode: string | null;
  readonly tenantCountryCode: string | null;
  readonly otherPartyCountryCode: string | null;
  /** Masked: the last four digits are never stored (domain-facts §6.1 "Obfuscation"). */
  readonly callerNumber: string | null;
  readonly calleeNumber: string | null;
  readonly userId: string | null;
  readonly userPrincipalName: string | null;
  readonly userDisplayName: string | null;
  readonly operator: string | null;
  readonly callDurationSource: string | null;
  /** Graph beta `administrativeUnitInfos`, kept as JSON when present. */
  readonly administrativeUnitInfos: string | null;
  readonly organizer: Organizer | null;
  readonly attribution: Attribution;
  /** The cross-source fallback key (call id, start, duration, charge, numbers): usage/dedup-key.ts. */
  readonly dedupKey: string;
}
