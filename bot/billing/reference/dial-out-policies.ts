import { failure, success, type Result } from '../result';

/**
 * The OnlineDialOutPolicy family: the Global default plus the 12 `tag:` presets. Admins cannot create others.
 * Source: domain-facts §3.2 (OSB Teams/outbound-calling-restriction-policies.md; PSD Get-CsOnlineDialOutPolicy.md).
 */

/** AllowPSTNConferencingDialOutType: who the organizer's meetings may dial out to. */
export type MeetingDialOutSetting = 'InternationalAndDomestic' | 'DomesticOnly' | 'ZoneA' | 'Disabled';
/** AllowPSTNOutboundCallingType: the user's own PSTN calls ('Disabled' still allows emergency calls). */
export type UserPstnSetting = 'InternationalAndDomestic' | 'DomesticOnly' | 'Disabled';

export interface DialOutPolicy {
  /** Canonical identity as Get-CsOnlineDialOutPolicy shows it: 'Global' or 'tag:DialoutCPC…'. */
  readonly identity: string;
  /** The name Grant-CsDialoutPolicy takes, without the `tag:` prefix (domain-facts §3.3). */
  readonly name: string;
  readonly meetingDialOut: MeetingDialOutSetting;
  readonly userPstn: UserPstnSetting;
}

function preset(name: string, meetingDialOut: MeetingDialOutSetting, userPstn: UserPstnSetting): DialOutPolicy {
  return { identity: name === 'Global' ? 'Global' : `tag:${name}`, name, meetingDialOut, userPstn };
}

export const DIAL_OUT_POLICIES: readonly DialOutPolicy[] = [
  preset('Global', 'InternationalAndDomestic', 'InternationalAndDomestic'),
  preset('DialoutCPCandPSTNInternational', 'InternationalAndDomestic', 'InternationalAndDomestic'),
  preset('DialoutCPCDomesticPSTNInternational', 'DomesticOnly', 'InternationalAndDomestic'),
  preset('DialoutCPCDisabledPSTNInternational', 'Disabled', 'InternationalAndDomestic'),
  preset('DialoutCPCInternationalPSTNDomestic', 'InternationalAndDomestic', 'DomesticOnly'),
  preset('DialoutCPCInternationalPSTNDisabled', 'InternationalAndDomestic', 'Disabled'),
  preset('DialoutCPCandPSTNDomestic', 'DomesticOnly', 'DomesticOnly'),
  preset('DialoutCPCDomesticPSTNDisabled', 'DomesticOnly', 'Disabled'),
  preset('DialoutCPCDisabledPSTNDomestic', 'Disabled', 'DomesticOnly'),
  preset('DialoutCPCandPSTNDisabled', 'Disabled', 'Disabled'),
  preset('DialoutCPCZoneAPSTNInternational', 'ZoneA', 'InternationalAndDomestic'),
  preset('DialoutCPCZoneAPSTNDomestic', 'ZoneA', 'DomesticOnly'),
  preset('DialoutCPCZoneAPSTNDisabled', 'ZoneA', 'Disabled'),
];

export const GLOBAL_DIAL_OUT_POLICY: DialOutPolicy = DIAL_OUT_POLICIES[0]!;

const BY_LOWER_NAME = new Map(DIAL_OUT_POLICIES.map((p) => [p.name.toLowerCase(), p]));

export interface UnknownDialOutPolicyError {
  readonly code: 'unknown-dial-out-policy';
  readonly input: string;
}

/** Accepts 'tag:DialoutCPCandPSTNDomestic', 'DialoutCPCandPSTNDomestic' or 'global', in any case. */
export function resolveDialOutPolicy(name: string): Result<DialOutPolicy, UnknownDialOutPolicyError> {
  const key = name.trim().replace(/^tag:/i, '').toLowerCase();
  const policy = BY_LOWER_NAME.get(key);
  return policy ? success(policy) : failure({ code: 'unknown-dial-out-policy', input: name });
}
