import type { TenantSettingsStore, VersionedSettings } from '../store/tenant-settings';
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
  return usageSettingsOf(await settings.get(tenantId));
}

/** The usage part of settings already read; the defaults for a tenant without settings. */
export function usageSettingsOf(current: VersionedSettings | null): TenantUsageSettings {
  if (!current) return DEFAULT_USAGE_SETTINGS;
  return {
    timeZone: current.settings.timeZone,
    sourceOfTruth: current.settings.usageSourceOfTruth,
    retentionMonths: current.settings.retentionMonths,
    currency: current.settings.billing.currency,
  };
}
