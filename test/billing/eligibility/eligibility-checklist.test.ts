import { eligibilityChecklist, type EligibilityInput, type EligibilityItemId } from '../../../bot/billing/eligibility/eligibility-checklist';
import type { EffectiveDialOutPolicy } from '../../../bot/billing/dial-out/effective-policy';
import { resolveDialOutPolicy } from '../../../bot/billing/reference/dial-out-policies';
import { SERVICE_PLAN_IDS, SKU_IDS } from '../../../bot/billing/reference/licences';
import { usd } from '../support/builders';

const policy = (name: string): EffectiveDialOutPolicy => {
  const r = resolveDialOutPolicy(name);
  if (!r.ok) throw new Error(name);
  return { kind: 'known', policy: r.value, source: { level: 'tenant-global', origin: 'tenant-settings', recordedAt: null } };
};
const enabled = (servicePlanId: string) => ({ servicePlanId, capabilityStatus: 'Enabled' });

const READY: EligibilityInput = {
  subscribedSkus: [{ skuId: SKU_IDS.ppm }, { skuId: SKU_IDS.communicationsCredits }],
  assignedPlans: [enabled(SERVICE_PLAN_IDS.ppm)],
  usageLocation: 'US',
  tenantCountry: 'US',
  policy: policy('Global'),
  billingModel: 'prepaid',
  balance: usd('250'),
};

function itemOf(over: Partial<EligibilityInput>, id: EligibilityItemId) {
  return eligibilityChecklist({ ...READY, ...over }).items.find((i) => i.id === id)!;
}

describe('eligibilityChecklist', () => {
  it('passes all five items for a ready PPM organizer', () => {
    const checklist = eligibilityChecklist(READY);
    expect(checklist.overall).toBe('pass');
    expect(checklist.items.map((i) => [i.id, i.status, i.reason])).toEqual([
      ['tenant-has-ppm', 'pass', 'tenant-ppm-subscribed'],
      ['organizer-has-audio-conferencing', 'pass', 'organizer-ppm-enabled'],
      ['communications-credits', 'pass', 'credits-balance-positive'],
      ['country', 'pass', 'audio-conferencing-sold-in-tenant-country'],
      ['dial-out-policy', 'pass', 'dial-out-any-destination'],
    ]);
  });

  it.each([
    // 1. the tenant has PPM
    ['tenant-has-ppm', { subscribedSkus: [{ skuId: SKU_IDS.communicationsCredits }] }, 'fail', 'tenant-ppm-missing', 'buy-ppm-through-enterprise-agreement', 'billing-admin'],
    ['tenant-has-ppm', { subscribedSkus: null }, 'unknown', 'tenant-skus-unreadable', 'grant-licence-read-permission', 'global-admin'],
    // 2. the organizer has PPM, or the AC subscription instead
    ['organizer-has-audio-conferencing', { assignedPlans: [enabled(SERVICE_PLAN_IDS.audioConferencingSubscription), enabled(SERVICE_PLAN_IDS.communicationsCredits)] }, 'pass', 'organizer-ac-subscription-instead', 'none', null],
    ['organizer-has-audio-conferencing', { assignedPlans: [{ servicePlanId: SERVICE_PLAN_IDS.ppm, capabilityStatus: 'Suspended' }] }, 'fail', 'organizer-ppm-not-enabled', 'assign-ppm-licence', 'licence-admin'],
    ['organizer-has-audio-conferencing', { assignedPlans: [] }, 'fail', 'organizer-no-audio-conferencing', 'assign-ppm-licence', 'licence-admin'],
    ['organizer-has-audio-conferencing', { assignedPlans: null }, 'unknown', 'organizer-plans-unreadable', 'grant-licence-read-permission', 'global-admin'],
    // 3. credits set up with a positive balance, or postpaid
    ['communications-credits', { billingModel: 'postpaid', balance: null, subscribedSkus: [{ skuId: SKU_IDS.ppm }] }, 'pass', 'postpaid-billing', 'none', null],
    ['communications-credits', { subscribedSkus: [{ skuId: SKU_IDS.ppm }] }, 'fail', 'credits-not-set-up', 'set-up-communications-credits', 'billing-admin'],
    ['communications-credits', { assignedPlans: [enabled(SERVICE_PLAN_IDS.audioConferencingSubscription)] }, 'fail', 'organizer-credits-licence-missing', 'assign-communications-credits-licence', 'licence-admin'],
    ['communications-credits', { balance: usd('0') }, 'fail', 'credits-balance-exhausted', 'add-communications-credits-funds', 'billing-admin'],
    ['communications-credits', { balance: null }, 'unknown', 'credits-balance-unknown', 'enter-balance-snapshot', 'billing-admin'],
    ['communications-credits', { subscribedSkus: null }, 'pass', 'credits-balance-positive', 'none', null],
    // 4. AC sold in the tenant's country, and the usage location set
    ['country', { tenantCountry: 'JM', usageLocation: 'JM' }, 'pass', 'audio-conferencing-ppm-only-in-tenant-country', 'none', null],
    ['country', { tenantCountry: 'IN', usageLocation: 'IN' }, 'fail', 'audio-conferencing-not-sold-in-tenant-country', 'contact-microsoft-account-team', 'microsoft-account-team'],
    ['country', { usageLocation: null }, 'fail', 'usage-location-not-set', 'set-usage-location', 'licence-admin'],
    ['country', { usageLocation: '' }, 'fail', 'usage-location-not-set', 'set-usage-location', 'licence-admin'],
    ['country', { tenantCountry: 'FJ' }, 'unknown', 'tenant-country-not-in-reference', 'none', null],
    ['country', { tenantCountry: '' }, 'unknown', 'tenant-country-not-in-reference', 'set-tenant-country', 'billing-admin'],
    // 5. what the dial-out policy allows
    ['dial-out-policy', { policy: policy('DialoutCPCDomesticPSTNInternational') }, 'pass', 'dial-out-domestic-only', 'none', null],
    ['dial-out-policy', { policy: policy('tag:DialoutCPCZoneAPSTNDisabled') }, 'pass', 'dial-out-zone-a-only', 'none', null],
    ['dial-out-policy', { policy: policy('DialoutCPCandPSTNDisabled') }, 'fail', 'dial-out-disabled', 'change-dial-out-policy', 'teams-admin'],
    ['dial-out-policy', { policy: { kind: 'unknown', missing: 'user-assignment' } }, 'unknown', 'dial-out-policy-unknown', 'import-dial-out-policies', 'teams-admin'],
  ] as const)('%s with %o is %s (%s), fixed by %s/%s', (id, over, status, reason, remedy, fixedBy) => {
    expect(itemOf(over as Partial<EligibilityInput>, id)).toMatchObject({ status, reason, remedy: { code: remedy, fixedBy } });
  });

  it('explains the subscription instead of PPM with hints', () => {
    const item = itemOf({ assignedPlans: [enabled(SERVICE_PLAN_IDS.audioConferencingSubscription)] }, 'organizer-has-audio-conferencing');
    expect(item.hints).toEqual(['toll-dial-in-included-with-subscription', 'toll-free-and-dial-out-beyond-zone-a-use-credits']);
  });

  it.each([
    ['IN', ['usage-location-country-not-sold-uncertain']],
    ['BS', ['usage-location-country-ppm-only-uncertain']],
    ['FR', []],
  ])('treats a usage location in %s only as a hint', (usageLocation, hints) => {
    expect(itemOf({ usageLocation, tenantCountry: 'NO' }, 'country')).toMatchObject({ status: 'pass', hints });
  });

  it('points at the reference notes of the tenant country (Sweden: an old page)', () => {
    expect(itemOf({ tenantCountry: 'SE', usageLocation: 'SE' }, 'country').hints).toEqual(['tenant-country-reference-notes']);
  });

  it.each([
    [{}, 'pass'],
    [{ policy: policy('DialoutCPCandPSTNDisabled') }, 'pass'],
    [{ balance: null }, 'unknown'],
    [{ balance: null, assignedPlans: [] }, 'fail'],
  ])('rests its overall status on items 1–4 (%o → %s)', (over, overall) => {
    expect(eligibilityChecklist({ ...READY, ...(over as Partial<EligibilityInput>) }).overall).toBe(overall);
  });
});
