/** Tenant settings for the credits tests: a USD tenant in New York with the alert thresholds each test chooses. */
import { billingSettingsToJson } from '../../../bot/billing/settings-json';
import { defaultBillingSettings, type BillingSettings } from '../../../bot/billing/settings';
import { moneyFromDecimal, toMoneyJson } from '../../../bot/billing/money';
import type { TenantSettings } from '../../../bot/store/tenant-settings';

export const usd = (amount: string) => moneyFromDecimal(amount, 'USD');

export interface TenantOptions {
  billing?: Partial<BillingSettings>;
  alerts?: Partial<TenantSettings['alerts']>;
  admins?: string[];
  timeZone?: string;
}

export function creditsTenant(tenantId: string, options: TenantOptions = {}): TenantSettings {
  return {
    tenantId,
    displayName: 'Fabrikam (test)',
    timeZone: options.timeZone ?? 'America/New_York',
    billing: billingSettingsToJson(defaultBillingSettings({ currency: 'USD', tenantCountry: 'US' }, options.billing ?? {})),
    globalDialOutPolicy: { name: 'Global', source: 'default', setAt: '2026-01-01T00:00:00.000Z' },
    alerts: {
      lowBalance: toMoneyJson(usd('200')),
      runOutWithinDays: 14,
      spendSpikeFactor: 3,
      lotsExpiringWithinDays: 30,
      ...options.alerts,
    },
    adminObjectIds: options.admins ?? [],
    usageSourceOfTruth: 'graph',
    retentionMonths: 13,
  };
}
