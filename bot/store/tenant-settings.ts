/**
 * The tenants table: one entity per tenant holding its complete settings (architecture "Data").
 * Settings are stored as one validated JSON document with the entity's ETag, so edits use If-Match.
 */
import { z } from 'zod';
import type { TableStore } from './table-store';
import { getEntityOrNull, isPreconditionFailed } from './table-store';
import { parseBillingSettingsJson, type BillingSettingsJson } from '../billing/settings-json';
import { isKnownTimeZone } from '../billing/intl-cache';

const PARTITION = 'tenant';

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const moneyJson = z.object({ amount: decimal, currency: z.string().regex(/^[A-Z]{3}$/) });

export const policySourceSchema = z.enum(['default', 'seed', 'admin', 'import']);
export type PolicySource = z.infer<typeof policySourceSchema>;

export const tenantSettingsSchema = z.object({
  tenantId: z.string(),
  displayName: z.string().min(1).max(200),
  /** IANA time zone: "today", month-to-date, expiry and roll-up dates are in it. */
  timeZone: z.string().refine((tz) => isKnownTimeZone(tz), 'unknown time zone'),
  billing: z.custom<BillingSettingsJson>((value) => parseBillingSettingsJson(value).ok, 'invalid billing settings'),
  globalDialOutPolicy: z.object({
    name: z.string(),
    source: policySourceSchema,
    setAt: z.string(),
    setBy: z.string().optional(),
  }),
  alerts: z.object({
    lowBalance: moneyJson.nullable(),
    runOutWithinDays: z.number().int().min(1).max(365),
    spendSpikeFactor: z.number().min(1.1).max(100),
    lotsExpiringWithinDays: z.number().int().min(1).max(365),
  }),
  adminObjectIds: z.array(z.string()),
  usageSourceOfTruth: z.enum(['graph', 'export']),
  retentionMonths: z.number().int().min(1).max(120),
  seedVersion: z.number().int().optional(),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export interface VersionedSettings {
  settings: TenantSettings;
  etag: string;
}

export class SettingsConflictError extends Error {
  readonly code = 'settings-changed';
  constructor(readonly current: VersionedSettings | null) {
    super('The settings were changed by someone else');
  }
}


interface TenantEntity {
  json: string;
}

export class TenantSettingsStore {
  private readonly savedListeners: Array<(tenantId: string) => void> = [];

  constructor(private readonly store: TableStore) {}

  /** Called after each successful save by this instance (caches of the settings forget the tenant). */
  onSaved(listener: (tenantId: string) => void): void {
    this.savedListeners.push(listener);
  }

  async get(tenantId: string): Promise<VersionedSettings | null> {
    const entity = await getEntityOrNull<TenantEntity>(this.store.table('tenants'), PARTITION, tenantId);
    if (!entity) return null;
    return { settings: tenantSettingsSchema.parse(JSON.parse(entity.json)), etag: entity.etag };
  }

  /**
   * Writes settings. With an etag, only if nobody changed them since (412 → SettingsConflictError);
   * without one, only if the tenant has no settings yet.
   */
  async save(settings: TenantSettings, etag: string | null): Promise<VersionedSettings> {
    const valid = tenantSettingsSchema.parse(settings);
    const client = this.store.table('tenants');
    const entity = { partitionKey: PARTITION, rowKey: valid.tenantId, json: JSON.stringify(valid) };
    try {
      const response = etag
        ? await client.updateEntity(entity, 'Replace', { etag })
        : await client.createEntity(entity);
      for (const listener of this.savedListeners) listener(valid.tenantId);
      return { settings: valid, etag: response.etag ?? '' };
    } catch (error) {
      if (isPreconditionFailed(error) || (!etag && (error as { statusCode?: number }).statusCode === 409)) {
        throw new SettingsConflictError(await this.get(valid.tenantId));
      }
      throw error;
    }
  }
}
