/**
 * Who can fix a problem, and what they should do, as codes the hosts localize.
 * The roles follow the admin roles the facts name (domain-facts §2.4 notification list, §3.3 PowerShell).
 */
export type FixerRole =
  | 'teams-admin'
  | 'billing-admin'
  | 'licence-admin'
  | 'global-admin'
  | 'microsoft-account-team'
  | 'organizer';

export type RemedyCode =
  | 'buy-ppm-through-enterprise-agreement'
  | 'assign-ppm-licence'
  | 'assign-communications-credits-licence'
  | 'set-up-communications-credits'
  | 'add-communications-credits-funds'
  | 'enter-balance-snapshot'
  | 'grant-licence-read-permission'
  | 'set-usage-location'
  | 'set-tenant-country'
  | 'contact-microsoft-account-team'
  | 'change-dial-out-policy'
  | 'import-dial-out-policies'
  | 'upload-rate-card'
  | 'check-phone-number'
  | 'none';

export interface Remedy {
  readonly code: RemedyCode;
  readonly fixedBy: FixerRole | null;
}

export const NO_REMEDY: Remedy = { code: 'none', fixedBy: null };
