import type { TenantSettingsStore } from '../store/tenant-settings';
import type { UsageSource } from './pstn-call';

/** The tenant settings the usage half depends on: roll-up dates and which source's copy of a call counts. */
export interface TenantUsageSettings {
  readonly timeZone: string;
  readonly sourceOfTruth: UsageSource;
  readonly retentionMonths: number;
  readonly currency: string;
}

export const DEFAULT_USAGE_SETTINGS: TenantUsageSettings = { timeZone: 'UTC', sourceOfTruth: 'graph', retentionMonths: 13, currency: 'USD' };

export async function readUsageSettings(settings: TenantSettingsStore, tenantId: string): Promise<TenantUsageSettings> {
  const current = await settings.get(tenantId);
  if (!current) return DEFAULT_USAGE_SETTINGS;
  return {
    timeZone: current.settings.timeZone,
    sourceOfTruth: current.settings.usageSourceOfTruth,
    retentionMonths: current.settings.retentionMonths,
    currency: current.settings.billing.currency,
  };
}
