import type { Money } from '../money';

/**
 * PSTN call types and licence capabilities as the PSTN usage report and Graph `pstnCallLogRow` show them
 * (domain-facts §7.3, §7.4). Unknown strings are expected (§6.1 "Expect capability strings that aren't in the list").
 */
export const CALL_TYPES = [
  'user_in',
  'user_out',
  'user_out_conf',
  'user_out_transfer',
  'user_out_forwarding',
  'conf_in',
  'conf_out',
  'unassigned_in',
  'ucap_in',
  'ucap_out',
  'dr_in',
  'dr_out',
  'dr_out_user_conf',
  'dr_out_user_transfer',
  'dr_out_user_forwarding',
  'dr_emergency_out',
  'dr_unassigned_in',
  'dr_in_bot',
  'dr_out_bot',
  'dr_in_ucap',
  'dr_out_ucap',
] as const;

export type KnownCallType = (typeof CALL_TYPES)[number];

export type CallTypeFamily = 'user' | 'conference' | 'bot' | 'unassigned' | 'direct-routing' | 'unknown';

export function callTypeFamily(callType: string): CallTypeFamily {
  const t = callType.trim().toLowerCase();
  if (t.startsWith('dr_')) return 'direct-routing';
  if (t === 'conf_in' || t === 'conf_out') return 'conference';
  if (t.startsWith('ucap_')) return 'bot';
  if (t.startsWith('user_')) return 'user';
  if (t === 'unassigned_in') return 'unassigned';
  return 'unknown';
}

/** Capability strings and what they mean (domain-facts §7.4). */
export const CAPABILITIES = {
  MCOEV: 'voice-applications',
  MCOEV_VIRTUALUSER: 'voice-applications',
  MCOEV_VIRTUALUSER_GOV: 'voice-applications',
  FREECALL: 'pricing-failed-free',
  MCOPSTN1: 'domestic-calling-plan',
  MCOPSTN2: 'international-calling-plan',
  MCOPSTN5: 'domestic-calling-plan-120',
  MCOPSTN6: 'domestic-calling-plan-240',
  MCOPSTN8: 'domestic-calling-plan-120-unpooled',
  MCOPSTN9: 'international-calling-plan',
  MCOPSTNCAP: 'common-area-phone',
  MCOPSTNPP: 'communications-credits',
  MCOMEETADD: 'audio-conferencing-subscription',
  MCOMEETADD_DIALOUT_US: 'us-ca-dial-out-add-on',
  MCOMEETADD_CN_GLOBAL: 'audio-conferencing-non-china-users',
  MCOMEETADD_TATA: 'audio-conferencing-tata',
  MCOMEETACPEA: 'audio-conferencing-ppm',
  MCOMEETACPEA_GOV: 'audio-conferencing-ppm-government',
} as const;

export type KnownCapability = keyof typeof CAPABILITIES;

const PPM_CAPABILITIES = new Set(['MCOMEETACPEA', 'MCOMEETACPEA_GOV']);

export interface CallClassificationInput {
  readonly callType: string;
  readonly licenseCapability: string;
}

/** PPM rows are conf_in and conf_out with a PPM capability (domain-facts §7.3 "Telling PPM calls apart"). */
export function isPpmCall(row: CallClassificationInput): boolean {
  return callTypeFamily(row.callType) === 'conference' && PPM_CAPABILITIES.has(row.licenseCapability.trim().toUpperCase());
}

export interface CreditDrawInput extends CallClassificationInput {
  /** charge + connectionCharge, converted once at the edge. */
  readonly totalCharge: Money;
}

/**
 * Communications Credits pay for more than PPM (auto attendants, call queues, calling-plan overages), so every row
 * with a charge above 0 draws on the balance, except Direct Routing (not billed by Microsoft: §6.2) and FREECALL
 * (pricing failed, the call is free: §7.4). Architecture "Usage sources".
 */
export function drawsOnCommunicationsCredits(row: CreditDrawInput): boolean {
  if (row.totalCharge.micros <= 0n) return false;
  if (callTypeFamily(row.callType) === 'direct-routing') return false;
  return row.licenseCapability.trim().toUpperCase() !== 'FREECALL';
}

/** How the rate card names a conference call: toll and toll-free dial-in are told apart by number type (§7.3). */
export type CallKind = 'dial-in-toll' | 'dial-in-toll-free' | 'dial-out';

export const CALL_KINDS: readonly CallKind[] = ['dial-in-toll', 'dial-in-toll-free', 'dial-out'];

export function conferenceCallKind(callType: string, dialedTollFree: boolean): CallKind | null {
  const t = callType.trim().toLowerCase();
  if (t === 'conf_out') return 'dial-out';
  if (t === 'conf_in') return dialedTollFree ? 'dial-in-toll-free' : 'dial-in-toll';
  return null;
}
