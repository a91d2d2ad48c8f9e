/**
 * The demo tenant, "Contoso (demo)", seeded at local start. Later features and tests use these exact ids.
 * Licences are Graph-shaped assignedPlans/subscribedSkus so the local Directory answers as Graph would.
 */
import { SERVICE_PLAN_IDS, SKU_IDS } from '../billing/reference/licences';

export const DEMO_TENANT_ID = 'c0a70000-0000-4000-8000-000000000001';
export const DEMO_TENANT_NAME = 'Contoso (demo)';

/** Bump when the seeded data changes: a newer version updates an existing .data/ store. */
export const DEMO_SEED_VERSION = 3;

export type DemoLicence = 'ppm' | 'acSubscription' | 'none';

export interface DemoUser {
  readonly key: string;
  readonly aadObjectId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly usageLocation: string;
  readonly licence: DemoLicence;
  /** null: no per-user assignment, so the tenant's global policy applies. */
  readonly dialOutPolicy: string | null;
  readonly locale: string;
  readonly admin: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'avery', aadObjectId: 'a0000000-0000-4000-8000-000000000001', displayName: 'Avery Chen', userPrincipalName: 'avery@contoso.example', usageLocation: 'US', licence: 'ppm', dialOutPolicy: null, locale: 'en-US', admin: false },
  { key: 'camille', aadObjectId: 'a0000000-0000-4000-8000-000000000002', displayName: 'Camille Martin', userPrincipalName: 'camille@contoso.example', usageLocation: 'FR', licence: 'ppm', dialOutPolicy: 'DialoutCPCDomesticPSTNInternational', locale: 'fr-FR', admin: false },
  { key: 'joao', aadObjectId: 'a0000000-0000-4000-8000-000000000003', displayName: 'João Silva', userPrincipalName: 'joao@contoso.example', usageLocation: 'BR', licence: 'ppm', dialOutPolicy: 'DialoutCPCZoneAPSTNInternational', locale: 'pt-BR', admin: false },
  { key: 'olga', aadObjectId: 'a0000000-0000-4000-8000-000000000004', displayName: 'Olga Ivanova', userPrincipalName: 'olga@contoso.example', usageLocation: 'RU', licence: 'acSubscription', dialOutPolicy: null, locale: 'ru-RU', admin: false },
  { key: 'liwei', aadObjectId: 'a0000000-0000-4000-8000-000000000005', displayName: 'Li Wei', userPrincipalName: 'liwei@contoso.example', usageLocation: 'SG', licence: 'ppm', dialOutPolicy: 'DialoutCPCDisabledPSTNInternational', locale: 'zh-CN', admin: false },
  { key: 'meiling', aadObjectId: 'a0000000-0000-4000-8000-000000000006', displayName: 'Chen Mei-ling', userPrincipalName: 'meiling@contoso.example', usageLocation: 'TW', licence: 'ppm', dialOutPolicy: null, locale: 'zh-TW', admin: false },
  { key: 'sam', aadObjectId: 'a0000000-0000-4000-8000-000000000007', displayName: 'Sam Taylor', userPrincipalName: 'sam@contoso.example', usageLocation: 'GB', licence: 'none', dialOutPolicy: null, locale: 'en-GB', admin: false },
  { key: 'dana', aadObjectId: 'a0000000-0000-4000-8000-000000000008', displayName: 'Dana Admin', userPrincipalName: 'dana@contoso.example', usageLocation: 'US', licence: 'ppm', dialOutPolicy: null, locale: 'en-US', admin: true },
];

export function demoUser(key: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`No demo user ${key}`);
  return user;
}

export const DEMO_ADMIN = demoUser('dana');

export function demoAssignedPlans(licence: DemoLicence): { servicePlanId: string; capabilityStatus: string; servicePlanName: string }[] {
  switch (licence) {
    case 'ppm':
      return [{ servicePlanId: SERVICE_PLAN_IDS.ppm, capabilityStatus: 'Enabled', servicePlanName: 'MCOMEETACPEA' }];
    case 'acSubscription':
      return [
        { servicePlanId: SERVICE_PLAN_IDS.audioConferencingSubscription, capabilityStatus: 'Enabled', servicePlanName: 'MCOMEETADV' },
        { servicePlanId: SERVICE_PLAN_IDS.communicationsCredits, capabilityStatus: 'Enabled', servicePlanName: 'MCOPSTNC' },
      ];
    case 'none':
      return [];
  }
}

export const DEMO_SUBSCRIBED_SKUS = [
  { skuId: SKU_IDS.ppm, skuPartNumber: 'MCOMEETACPEA', capabilityStatus: 'Enabled' },
  { skuId: SKU_IDS.communicationsCredits, skuPartNumber: 'MCOPSTNC', capabilityStatus: 'Enabled' },
  { skuId: SKU_IDS.audioConferencingSubscription, skuPartNumber: 'MCOMEETADV', capabilityStatus: 'Enabled' },
];

/** The date the demo's per-user policies were "imported", quoted by the bot as the policy's source date. */
export const DEMO_POLICY_IMPORTED_AT = '2026-10-01T09:00:00.000Z';
