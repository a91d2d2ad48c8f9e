import type { Money } from '../money';
import { countryAvailability } from '../reference/country-availability';
import {
  detectOrganizerLicences,
  detectTenantSubscriptions,
  type AssignedPlan,
  type OrganizerLicences,
  type SubscribedSku,
} from '../reference/licences';
import { NO_REMEDY, remedy, type Remedy } from '../remedies';
import type { BillingModel } from '../settings';
import type { EffectiveDialOutPolicy } from '../dial-out/effective-policy';

/** Can this organizer hold meetings with PPM dial-in and dial-out? Five items, issue 3 "Eligibility checklist". */
export type EligibilityItemId =
  | 'tenant-has-ppm'
  | 'organizer-has-audio-conferencing'
  | 'communications-credits'
  | 'country'
  | 'dial-out-policy';
export type EligibilityStatus = 'pass' | 'fail' | 'unknown';

export type EligibilityReasonCode =
  | 'tenant-ppm-subscribed'
  | 'tenant-ppm-missing'
  | 'tenant-skus-unreadable'
  | 'organizer-ppm-enabled'
  | 'organizer-ac-subscription-instead'
  | 'organizer-ppm-not-enabled'
  | 'organizer-no-audio-conferencing'
  | 'organizer-plans-unreadable'
  | 'postpaid-billing'
  | 'credits-balance-positive'
  | 'credits-not-set-up'
  | 'credits-balance-exhausted'
  | 'credits-balance-unknown'
  | 'organizer-credits-licence-missing'
  | 'audio-conferencing-sold-in-tenant-country'
  | 'audio-conferencing-ppm-only-in-tenant-country'
  | 'audio-conferencing-not-sold-in-tenant-country'
  | 'tenant-country-not-in-reference'
  | 'usage-location-not-set'
  | 'dial-out-any-destination'
  | 'dial-out-domestic-only'
  | 'dial-out-zone-a-only'
  | 'dial-out-disabled'
  | 'dial-out-policy-unknown';

/** Hints add context without changing the status; a usage location is only a hint for availability (§4.2). */
export type EligibilityHintCode =
  | 'toll-dial-in-included-with-subscription'
  | 'toll-free-and-dial-out-beyond-zone-a-use-credits'
  | 'usage-location-country-not-sold-uncertain'
  | 'usage-location-country-ppm-only-uncertain'
  /** The country's row carries notes (data caveats or calling-plan context) the host can show. */
  | 'tenant-country-reference-notes';

export interface EligibilityItem {
  readonly id: EligibilityItemId;
  readonly status: EligibilityStatus;
  readonly reason: EligibilityReasonCode;
  readonly remedy: Remedy;
  readonly hints: readonly EligibilityHintCode[];
}

export interface EligibilityInput {
  /** Graph subscribedSkus; null when it could not be read. */
  readonly subscribedSkus: readonly SubscribedSku[] | null;
  /** The organizer's assignedPlans; null when they could not be read. */
  readonly assignedPlans: readonly AssignedPlan[] | null;
  readonly usageLocation: string | null;
  readonly tenantCountry: string;
  readonly policy: EffectiveDialOutPolicy;
  readonly billingModel: BillingModel;
  /** The current balance estimate; null when there is none. */
  readonly balance: Money | null;
}

export interface EligibilityChecklist {
  readonly overall: EligibilityStatus;
  readonly items: readonly EligibilityItem[];
}

function item(
  id: EligibilityItemId,
  status: EligibilityStatus,
  reason: EligibilityReasonCode,
  fix: Remedy = NO_REMEDY,
  hints: EligibilityHintCode[] = [],
): EligibilityItem {
  return { id, status, reason, remedy: fix, hints };
}

export function eligibilityChecklist(input: EligibilityInput): EligibilityChecklist {
  const tenant = input.subscribedSkus && detectTenantSubscriptions(input.subscribedSkus);
  const licences = input.assignedPlans && detectOrganizerLicences(input.assignedPlans);

  // 1. PPM is bought by the tenant through an EA (domain-facts §1.1).
  const tenantPpm =
    tenant === null
      ? item('tenant-has-ppm', 'unknown', 'tenant-skus-unreadable', remedy('grant-licence-read-permission'))
      : tenant.ppm
        ? item('tenant-has-ppm', 'pass', 'tenant-ppm-subscribed')
        : item('tenant-has-ppm', 'fail', 'tenant-ppm-missing', remedy('buy-ppm-through-enterprise-agreement'));

  // 2. The organizer's own entitlement (domain-facts §1.3–1.5).
  let organizer: EligibilityItem;
  if (licences === null)
    organizer = item('organizer-has-audio-conferencing', 'unknown', 'organizer-plans-unreadable', remedy('grant-licence-read-permission'));
  else if (licences.ppm === 'enabled') organizer = item('organizer-has-audio-conferencing', 'pass', 'organizer-ppm-enabled');
  else if (licences.audioConferencingSubscription === 'enabled') {
    organizer = item('organizer-has-audio-conferencing', 'pass', 'organizer-ac-subscription-instead', NO_REMEDY, [
      'toll-dial-in-included-with-subscription',
      'toll-free-and-dial-out-beyond-zone-a-use-credits',
    ]);
  } else if (licences.ppm === 'not-enabled')
    organizer = item('organizer-has-audio-conferencing', 'fail', 'organizer-ppm-not-enabled', remedy('assign-ppm-licence'));
  else organizer = item('organizer-has-audio-conferencing', 'fail', 'organizer-no-audio-conferencing', remedy('assign-ppm-licence'));

  const items = [
    tenantPpm,
    organizer,
    creditsItem(input, tenant?.communicationsCredits ?? null, licences),
    countryItem(input),
    policyItem(input.policy),
  ];
  // Item 5 says what dial-out allows; a policy that disables dial-out leaves PPM dial-in working, so `overall`
  // (can this organizer use PPM at all?) rests on items 1–4.
  return { overall: overallOf(items.slice(0, 4)), items };
}

function overallOf(items: readonly EligibilityItem[]): EligibilityStatus {
  if (items.some((i) => i.status === 'fail')) return 'fail';
  return items.some((i) => i.status === 'unknown') ? 'unknown' : 'pass';
}

/** 3. PPM spend runs through Communications Credits (domain-facts §1.3, §2.1); postpaid tenants are billed after use (§2.2). */
function creditsItem(input: EligibilityInput, tenantHasCredits: boolean | null, licences: OrganizerLicences | null): EligibilityItem {
  const id = 'communications-credits';
  if (input.billingModel === 'postpaid') return item(id, 'pass', 'postpaid-billing');
  if (tenantHasCredits === false) return item(id, 'fail', 'credits-not-set-up', remedy('set-up-communications-credits'));
  const subscriptionOnly = licences !== null && licences.ppm !== 'enabled' && licences.audioConferencingSubscription === 'enabled';
  if (subscriptionOnly && licences.communicationsCredits !== 'enabled') {
    // Subscription organizers, unlike PPM ones, need a Communications Credits licence of their own (§2.5).
    return item(id, 'fail', 'organizer-credits-licence-missing', remedy('assign-communications-credits-licence'));
  }
  if (input.balance === null) return item(id, 'unknown', 'credits-balance-unknown', remedy('enter-balance-snapshot'));
  if (input.balance.micros <= 0n) return item(id, 'fail', 'credits-balance-exhausted', remedy('add-communications-credits-funds'));
  return item(id, 'pass', 'credits-balance-positive');
}

/** 4. What an organization located in the tenant's country can buy (§4.1); a usage location is only a hint (§4.2). */
function countryItem(input: EligibilityInput): EligibilityItem {
  const id = 'country';
  const tenantCountry = countryAvailability(input.tenantCountry);
  const usageLocation = input.usageLocation?.trim().toUpperCase() || null;
  const hints: EligibilityHintCode[] = [];
  const userCountry = usageLocation === null ? undefined : countryAvailability(usageLocation);
  if (userCountry?.audioConferencing === 'not-purchasable') hints.push('usage-location-country-not-sold-uncertain');
  if (userCountry?.audioConferencing === 'ppm-only') hints.push('usage-location-country-ppm-only-uncertain');
  if (tenantCountry && tenantCountry.notes !== '') hints.push('tenant-country-reference-notes');

  if (tenantCountry === undefined) {
    const fix = /^[A-Z]{2}$/.test(input.tenantCountry) ? NO_REMEDY : remedy('set-tenant-country');
    return item(id, 'unknown', 'tenant-country-not-in-reference', fix, hints);
  }
  if (tenantCountry.audioConferencing === 'not-purchasable')
    return item(id, 'fail', 'audio-conferencing-not-sold-in-tenant-country', remedy('contact-microsoft-account-team'), hints);
  if (usageLocation === null) return item(id, 'fail', 'usage-location-not-set', remedy('set-usage-location'), hints);
  if (tenantCountry.audioConferencing === 'ppm-only')
    return item(id, 'pass', 'audio-conferencing-ppm-only-in-tenant-country', NO_REMEDY, hints);
  return item(id, 'pass', 'audio-conferencing-sold-in-tenant-country', NO_REMEDY, hints);
}

/** 5. The organizer's meeting dial-out setting (domain-facts §3.2). */
function policyItem(policy: EffectiveDialOutPolicy): EligibilityItem {
  const id = 'dial-out-policy';
  if (policy.kind === 'unknown') return item(id, 'unknown', 'dial-out-policy-unknown', remedy('import-dial-out-policies'));
  switch (policy.policy.meetingDialOut) {
    case 'Disabled':
      return item(id, 'fail', 'dial-out-disabled', remedy('change-dial-out-policy'));
    case 'DomesticOnly':
      return item(id, 'pass', 'dial-out-domestic-only');
    case 'ZoneA':
      return item(id, 'pass', 'dial-out-zone-a-only');
    case 'InternationalAndDomestic':
      return item(id, 'pass', 'dial-out-any-destination');
  }
}
