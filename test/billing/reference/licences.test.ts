import {
  audioConferencingEntitlement,
  detectOrganizerLicences,
  detectTenantSubscriptions,
  SERVICE_PLAN_IDS,
  SKU_IDS,
} from '../../../bot/billing/reference/licences';

const plan = (servicePlanId: string, capabilityStatus = 'Enabled', servicePlanName?: string) => ({ servicePlanId, capabilityStatus, servicePlanName });

describe('organizer licences from assignedPlans (by service-plan GUID)', () => {
  it.each([
    ['PPM', [plan('bb038288-76ab-49d6-afc1-eaa6c222c65a')], { ppm: 'enabled' }, 'ppm'],
    ['PPM in upper case', [plan('BB038288-76AB-49D6-AFC1-EAA6C222C65A')], { ppm: 'enabled' }, 'ppm'],
    ['PPM for government, by name', [plan('00000000-0000-0000-0000-000000000001', 'Enabled', 'MCOMEETACPEA_GOV')], { ppm: 'enabled' }, 'ppm'],
    ['the AC subscription', [plan(SERVICE_PLAN_IDS.audioConferencingSubscription)], { audioConferencingSubscription: 'enabled' }, 'subscription'],
    ['the US/CA add-on alone', [plan(SERVICE_PLAN_IDS.usCaDialOutAddOn)], { usCaDialOutAddOn: 'enabled' }, 'none'],
    ['Communications Credits', [plan(SERVICE_PLAN_IDS.communicationsCredits)], { communicationsCredits: 'enabled' }, 'none'],
    ['a suspended PPM plan', [plan(SERVICE_PLAN_IDS.ppm, 'Suspended')], { ppm: 'not-enabled' }, 'none'],
    ['PPM deleted in one SKU, enabled in another', [plan(SERVICE_PLAN_IDS.ppm, 'Deleted'), plan(SERVICE_PLAN_IDS.ppm)], { ppm: 'enabled' }, 'ppm'],
    ['both PPM and the subscription', [plan(SERVICE_PLAN_IDS.ppm), plan(SERVICE_PLAN_IDS.audioConferencingSubscription)], { ppm: 'enabled', audioConferencingSubscription: 'enabled' }, 'subscription'],
    ['unrelated plans', [plan('57ff2da0-773e-42df-b2af-ffb7a2317929')], {}, 'none'],
  ])('detects %s', (_name, plans, expected, entitlement) => {
    const licences = detectOrganizerLicences(plans);
    expect(licences).toEqual({ ppm: 'absent', audioConferencingSubscription: 'absent', usCaDialOutAddOn: 'absent', communicationsCredits: 'absent', ...expected });
    expect(audioConferencingEntitlement(licences)).toBe(entitlement);
  });
});

describe('tenant subscriptions from subscribedSkus (by SKU GUID)', () => {
  it.each([
    ['PPM by GUID', [{ skuId: SKU_IDS.ppm }], { ppm: true }],
    ['PPM by part number', [{ skuId: 'x', skuPartNumber: 'MCOMEETACPEA' }], { ppm: true }],
    ['credits by GUID', [{ skuId: '47794cd0-f0e5-45c5-9033-2eb6b5fc84e0', capabilityStatus: 'Enabled' }], { communicationsCredits: true }],
    ['credits as MCOPSTNC', [{ skuId: 'x', skuPartNumber: 'MCOPSTNC' }], { communicationsCredits: true }],
    ['credits as MCOPSTNPP', [{ skuId: 'x', skuPartNumber: 'mcopstnpp' }], { communicationsCredits: true }],
    ['the AC subscription', [{ skuId: '0c266dff-15dd-4b49-8397-2bb16070ed52' }], { audioConferencingSubscription: true }],
    ['PPM in its grace period', [{ skuId: SKU_IDS.ppm, capabilityStatus: 'Warning' }], { ppm: true }],
    ['a suspended PPM', [{ skuId: SKU_IDS.ppm, capabilityStatus: 'Suspended' }], {}],
    ['nothing', [], {}],
  ])('detects %s', (_name, skus, expected) => {
    expect(detectTenantSubscriptions(skus)).toEqual({ ppm: false, communicationsCredits: false, audioConferencingSubscription: false, ...expected });
  });
});
