/**
 * Licence identifiers, from the Entra "product names and service plan identifiers" table
 * (domain-facts §1.1, §1.4, §2.6; ENTRA licensing-service-plan-reference.md @6ceb246).
 * Organizers are read by service-plan GUID in `assignedPlans`; the tenant by SKU GUID in `subscribedSkus` (§6.6).
 */
export const SERVICE_PLAN_IDS = {
  /** MCOMEETACPEA, Audio Conferencing pay-per-minute. */
  ppm: 'bb038288-76ab-49d6-afc1-eaa6c222c65a',
  /** MCOMEETADV, the per-user Audio Conferencing subscription, also inside E5. */
  audioConferencingSubscription: '3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40',
  /** MCOMEETBASIC, the dial-out to US/CA add-on. */
  usCaDialOutAddOn: '9974d6cf-cd24-4ba2-921c-e2aa687da846',
  /** MCOPSTNC, Communications Credits. */
  communicationsCredits: '505e180f-f7e0-4b65-91d4-00d670bbd18c',
} as const;

/** The government PPM plan is known only by name (domain-facts §1.1), so it is matched by name. */
const PPM_PLAN_NAMES = ['MCOMEETACPEA', 'MCOMEETACPEA_GOV'];

export const SKU_IDS = {
  /** MCOMEETACPEA, "Microsoft 365 Audio Conferencing Pay-Per-Minute - EA". */
  ppm: 'df9561a4-4969-4e6a-8e73-c601b68ec077',
  /** MCOPSTNC, Communications Credits. */
  communicationsCredits: '47794cd0-f0e5-45c5-9033-2eb6b5fc84e0',
  /** MCOMEETADV, the Audio Conferencing subscription. */
  audioConferencingSubscription: '0c266dff-15dd-4b49-8397-2bb16070ed52',
} as const;

/** Which part number a tenant shows for Communications Credits is UNCERTAIN (domain-facts §2.6), so both count. */
const SKU_PART_NUMBERS = {
  ppm: ['MCOMEETACPEA'],
  communicationsCredits: ['MCOPSTNC', 'MCOPSTNPP'],
  audioConferencingSubscription: ['MCOMEETADV'],
} as const;

/** One entry of Graph `user.assignedPlans` (or a `licenseDetails` service plan, which also has the name). */
export interface AssignedPlan {
  readonly servicePlanId: string;
  readonly capabilityStatus: string;
  readonly servicePlanName?: string;
}

/** One entry of Graph `subscribedSkus`. */
export interface SubscribedSku {
  readonly skuId: string;
  readonly skuPartNumber?: string;
  readonly capabilityStatus?: string;
}

/** 'not-enabled': the plan is assigned but its capabilityStatus is not Enabled (for example Suspended or Deleted). */
export type LicenceState = 'enabled' | 'not-enabled' | 'absent';

export interface OrganizerLicences {
  readonly ppm: LicenceState;
  readonly audioConferencingSubscription: LicenceState;
  readonly usCaDialOutAddOn: LicenceState;
  readonly communicationsCredits: LicenceState;
}

type OrganizerLicenceKey = keyof OrganizerLicences;

function planKey(plan: AssignedPlan): OrganizerLicenceKey | null {
  const id = plan.servicePlanId.trim().toLowerCase();
  for (const [key, guid] of Object.entries(SERVICE_PLAN_IDS) as [OrganizerLicenceKey, string][]) {
    if (guid === id) return key;
  }
  const name = plan.servicePlanName?.trim().toUpperCase();
  return name !== undefined && PPM_PLAN_NAMES.includes(name) ? 'ppm' : null;
}

export function detectOrganizerLicences(plans: readonly AssignedPlan[]): OrganizerLicences {
  const states: Record<OrganizerLicenceKey, LicenceState> = {
    ppm: 'absent',
    audioConferencingSubscription: 'absent',
    usCaDialOutAddOn: 'absent',
    communicationsCredits: 'absent',
  };
  for (const plan of plans) {
    const key = planKey(plan);
    if (key === null) continue;
    // A user can hold the same plan through two SKUs; one enabled copy is enough.
    const enabled = plan.capabilityStatus.trim().toLowerCase() === 'enabled';
    if (enabled) states[key] = 'enabled';
    else if (states[key] === 'absent') states[key] = 'not-enabled';
  }
  return states;
}

export type AudioConferencingEntitlement = 'ppm' | 'subscription' | 'none';

/**
 * The organizer's Audio Conferencing, as the dial-out verdict needs it. An organizer holding both bills dial-out
 * through the subscription's Zone A pool first: domain-facts §1.4 says only PPM adds nothing to the pool, and
 * §1.3 lets the two coexist; which one Teams picks for a user holding both is UNCERTAIN.
 */
export function audioConferencingEntitlement(licences: OrganizerLicences): AudioConferencingEntitlement {
  if (licences.audioConferencingSubscription === 'enabled') return 'subscription';
  if (licences.ppm === 'enabled') return 'ppm';
  return 'none';
}

export interface TenantSubscriptions {
  readonly ppm: boolean;
  readonly communicationsCredits: boolean;
  readonly audioConferencingSubscription: boolean;
}

/** 'Warning' is the grace period after a subscription lapses: the service still works, so it counts as active. */
const ACTIVE_SKU_STATUSES = new Set(['enabled', 'warning']);

export function detectTenantSubscriptions(skus: readonly SubscribedSku[]): TenantSubscriptions {
  const has = (key: keyof TenantSubscriptions): boolean =>
    skus.some((sku) => {
      const status = sku.capabilityStatus?.trim().toLowerCase() ?? 'enabled';
      if (!ACTIVE_SKU_STATUSES.has(status)) return false;
      const part = sku.skuPartNumber?.trim().toUpperCase();
      return (
        sku.skuId.trim().toLowerCase() === SKU_IDS[key] ||
        (part !== undefined && (SKU_PART_NUMBERS[key] as readonly string[]).includes(part))
      );
    });
  return {
    ppm: has('ppm'),
    communicationsCredits: has('communicationsCredits'),
    audioConferencingSubscription: has('audioConferencingSubscription'),
  };
}
