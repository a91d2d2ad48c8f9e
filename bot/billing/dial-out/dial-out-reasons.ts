import type { Money } from '../money';
import type { NumberType } from '../numbers/number-types';
import type { Remedy } from '../remedies';

/** The call will fail: the policy forbids it or the organizer has no Audio Conferencing (issue 3 "Dial-out verdict"). */
export type DialOutBlockCode =
  | 'policy-disables-dial-out'
  | 'policy-domestic-only-destination-abroad'
  | 'policy-zone-a-destination-outside-zone-a'
  | 'no-audio-conferencing-licence';

export type DialOutWarningCode =
  | 'premium-rate-number'
  | 'shared-cost-number'
  | 'toll-free-outside-its-country'
  | 'satellite-or-international-network'
  | 'rate-above-high-cost-threshold'
  | 'rate-unknown'
  | 'balance-covers-few-minutes'
  | 'balance-exhausted'
  | 'communications-credits-not-sold-in-tenant-country'
  | 'communications-credits-licence-missing'
  | 'policy-assignment-unknown'
  | 'licence-unknown'
  | 'usage-location-unknown';

export type DialOutInfoCode =
  | 'covered-by-zone-a-pool'
  | 'covered-by-us-ca-add-on'
  | 'north-america-domestic-uncertain'
  | 'tenant-country-not-in-reference'
  | 'balance-unknown'
  | 'demo-rate';

/** Values a host may put into the localized sentence of a reason. */
export interface DialOutReasonDetails {
  readonly destinationCountry?: string | null;
  readonly organizerCountry?: string | null;
  readonly tenantCountry?: string;
  readonly numberType?: NumberType | null;
  readonly ratePerMinute?: Money;
  readonly threshold?: Money;
  readonly minutes?: number;
  readonly lowBalanceMinutes?: number;
  readonly balance?: Money;
}

export type DialOutReason =
  | { readonly severity: 'block'; readonly code: DialOutBlockCode; readonly remedy: Remedy; readonly details: DialOutReasonDetails }
  | { readonly severity: 'warning'; readonly code: DialOutWarningCode; readonly remedy: Remedy; readonly details: DialOutReasonDetails }
  | { readonly severity: 'info'; readonly code: DialOutInfoCode; readonly remedy: Remedy; readonly details: DialOutReasonDetails };
