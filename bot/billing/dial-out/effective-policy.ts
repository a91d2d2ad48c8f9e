import { resolveDialOutPolicy, type DialOutPolicy } from '../reference/dial-out-policies';
import type { Instant } from '../time';

/**
 * A user's per-user OnlineDialOutPolicy as the app knows it. There is no Graph API for it (domain-facts §3.3, §6.8),
 * so it comes from an imported Get-CsOnlineUser CSV or is set in the tab, and may simply be unknown.
 */
export type UserPolicyAssignment =
  | { readonly state: 'assigned'; readonly policyName: string; readonly origin: PolicyOrigin; readonly recordedAt: Instant | null }
  /** Known to have no per-user policy: an empty OnlineDialOutPolicy means the tenant's global one applies (§3.3). */
  | { readonly state: 'none'; readonly origin: PolicyOrigin; readonly recordedAt: Instant | null }
  | { readonly state: 'unknown' };

export type PolicyOrigin = 'csv-import' | 'tab';

/** The tenant's global policy, kept in the tenant settings with its source and date (architecture "Data"). */
export interface TenantGlobalPolicy {
  readonly policyName: string;
  readonly recordedAt: Instant | null;
}

export interface PolicySource {
  readonly level: 'user' | 'tenant-global';
  readonly origin: PolicyOrigin | 'tenant-settings';
  readonly recordedAt: Instant | null;
}

export type EffectiveDialOutPolicy =
  | { readonly kind: 'known'; readonly policy: DialOutPolicy; readonly source: PolicySource }
  | {
      readonly kind: 'unknown';
      readonly missing: 'user-assignment' | 'tenant-global' | 'unrecognized-policy-name';
      readonly input?: string;
    };

/** Per-user policy, else the tenant's global one; never the Global default by silent assumption (issue 3). */
export function effectiveDialOutPolicy(user: UserPolicyAssignment, tenantGlobal: TenantGlobalPolicy | null): EffectiveDialOutPolicy {
  if (user.state === 'unknown') return { kind: 'unknown', missing: 'user-assignment' };
  if (user.state === 'assigned') {
    const resolved = resolveDialOutPolicy(user.policyName);
    if (!resolved.ok) return { kind: 'unknown', missing: 'unrecognized-policy-name', input: user.policyName };
    return { kind: 'known', policy: resolved.value, source: { level: 'user', origin: user.origin, recordedAt: user.recordedAt } };
  }
  if (tenantGlobal === null) return { kind: 'unknown', missing: 'tenant-global' };
  const resolved = resolveDialOutPolicy(tenantGlobal.policyName);
  if (!resolved.ok) return { kind: 'unknown', missing: 'unrecognized-policy-name', input: tenantGlobal.policyName };
  return {
    kind: 'known',
    policy: resolved.value,
    source: { level: 'tenant-global', origin: 'tenant-settings', recordedAt: tenantGlobal.recordedAt },
  };
}
