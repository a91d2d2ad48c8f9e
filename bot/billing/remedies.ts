/**
 * Who can fix a problem, and what they should do, as codes the hosts localize.
 * The roles follow the admin roles the facts name (domain-facts §2.4 notification list, §3.3 PowerShell).
 */
export type FixerRole = 'teams-admin' | 'billing-admin' | 'licence-admin' | 'global-admin' | 'microsoft-account-team' | 'organizer';

/** One table of who fixes what, so every answer names the same person for the same remedy. */
const FIXED_BY = {
  'buy-ppm-through-enterprise-agreement': 'billing-admin',
  'assign-ppm-licence': 'licence-admin',
  'assign-communications-credits-licence': 'licence-admin',
  'set-up-communications-credits': 'billing-admin',
  'add-communications-credits-funds': 'billing-admin',
  'enter-balance-snapshot': 'billing-admin',
  'grant-licence-read-permission': 'global-admin',
  'set-usage-location': 'licence-admin',
  'set-tenant-country': 'billing-admin',
  'contact-microsoft-account-team': 'microsoft-account-team',
  'change-dial-out-policy': 'teams-admin',
  'import-dial-out-policies': 'teams-admin',
  'upload-rate-card': 'billing-admin',
  'check-phone-number': 'organizer',
} as const satisfies Record<string, FixerRole>;

export type RemedyCode = keyof typeof FIXED_BY | 'none';

export interface Remedy {
  readonly code: RemedyCode;
  readonly fixedBy: FixerRole | null;
}

export const NO_REMEDY: Remedy = { code: 'none', fixedBy: null };

export function remedy(code: RemedyCode): Remedy {
  return code === 'none' ? NO_REMEDY : { code, fixedBy: FIXED_BY[code] };
}
