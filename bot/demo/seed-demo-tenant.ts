/**
 * Seeds the demo tenant into the tables at local start. Idempotent and versioned: a store seeded by an older
 * DEMO_SEED_VERSION is brought up to date; a current one is left alone, so admin edits in local mode survive restarts.
 */
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { billingSettingsToJson } from '../billing/settings-json';
import { defaultBillingSettings } from '../billing/settings';
import { moneyFromDecimal, toMoneyJson } from '../billing/money';
import type { TenantSettings, TenantSettingsStore } from '../store/tenant-settings';
import type { StoredDirectory } from '../store/directory-store';
import type { DialOutPolicyStore } from '../store/dial-out-policy-store';
import type { RateStore } from '../store/rate-store';
import type { LedgerStore } from '../store/ledger-store';
import { seedDemoLedger } from './demo-ledger';
import { DEMO_RATE_CARD } from '../billing/rates/demo-rate-card';
import {
  DEMO_POLICY_IMPORTED_AT,
  DEMO_SEED_VERSION,
  DEMO_SUBSCRIBED_SKUS,
  DEMO_TENANT_ID,
  DEMO_TENANT_NAME,
  DEMO_USERS,
  demoAssignedPlans,
} from './demo-tenant';

export interface SeedStores {
  tenantSettings: TenantSettingsStore;
  directory: StoredDirectory;
  policies: DialOutPolicyStore;
  rates: RateStore;
  ledger: Pick<LedgerStore, 'append'>;
}

export function demoTenantSettings(extraAdmins: readonly string[]): TenantSettings {
  const billing = defaultBillingSettings(
    { currency: 'USD', tenantCountry: 'US' },
    { highCostPerMinute: moneyFromDecimal('0.25', 'USD'), lowBalanceMinutes: 60 },
  );
  const admins = new Set([...DEMO_USERS.filter((u) => u.admin).map((u) => u.aadObjectId), ...extraAdmins.map((a) => a.toLowerCase())]);
  return {
    tenantId: DEMO_TENANT_ID,
    displayName: DEMO_TENANT_NAME,
    timeZone: 'America/New_York',
    billing: billingSettingsToJson(billing),
    globalDialOutPolicy: { name: 'Global', source: 'seed', setAt: DEMO_POLICY_IMPORTED_AT },
    alerts: {
      lowBalance: toMoneyJson(moneyFromDecimal('200', 'USD')),
      runOutWithinDays: 14,
      spendSpikeFactor: 3,
      lotsExpiringWithinDays: 30,
    },
    adminObjectIds: [...admins],
    usageSourceOfTruth: 'export',
    retentionMonths: 13,
    seedVersion: DEMO_SEED_VERSION,
  };
}

export async function seedDemoTenant(
  stores: SeedStores,
  options: { extraAdmins: readonly string[]; clock: Clock; logger: Logger },
): Promise<'seeded' | 'current'> {
  const existing = await stores.tenantSettings.get(DEMO_TENANT_ID);
  if (existing && (existing.settings.seedVersion ?? 0) >= DEMO_SEED_VERSION) return 'current';

  for (const user of DEMO_USERS) {
    await stores.directory.putUser(DEMO_TENANT_ID, {
      id: user.aadObjectId,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      usageLocation: user.usageLocation,
      assignedPlans: demoAssignedPlans(user.licence),
      preferredLanguage: user.locale,
    });
    if (user.dialOutPolicy) {
      await stores.policies.put(DEMO_TENANT_ID, {
        userId: user.aadObjectId,
        policyName: user.dialOutPolicy,
        source: 'seed',
        assignedAt: DEMO_POLICY_IMPORTED_AT,
      });
    }
  }
  await stores.directory.putSubscribedSkus(DEMO_TENANT_ID, DEMO_SUBSCRIBED_SKUS);
  // Made-up prices, labelled as demo on every card (the card's source is 'demo'), so local estimates are priced.
  await stores.rates.replaceCard(DEMO_TENANT_ID, DEMO_RATE_CARD);
  // A snapshot, the auto-recharge rule and lots dated from the demo's "now"; fixed idempotency keys make it once only.
  await seedDemoLedger(stores.ledger, options.clock.now());
  // The settings go last: their seedVersion marks the whole seed as done, so an interrupted seed is redone.
  const settings = demoTenantSettings(options.extraAdmins);
  await stores.tenantSettings.save(
    existing ? { ...settings, adminObjectIds: [...new Set([...existing.settings.adminObjectIds, ...settings.adminObjectIds])] } : settings,
    existing?.etag ?? null,
  );
  options.logger.info({ event: 'demo.seeded', version: DEMO_SEED_VERSION }, 'demo tenant seeded');
  return 'seeded';
}
