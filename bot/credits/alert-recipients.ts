/**
 * Who receives credit alerts: the tenant's admins (architecture "Who is an admin") that this service can name — the
 * tenant's allow-list and the deployment's ADMIN_OBJECT_IDS, each an admin by being listed. Whether they installed the
 * bot is the messenger's question (no conversation, no message), so alerts go to personal chats only.
 */
import type { TenantSettingsSource } from './credits-service';

export interface AlertRecipientsDeps {
  readonly settings: TenantSettingsSource;
  /** ADMIN_OBJECT_IDS from config. */
  readonly configAdmins: readonly string[];
}

export class AlertRecipients {
  constructor(private readonly deps: AlertRecipientsDeps) {}

  async adminsOf(tenantId: string): Promise<string[]> {
    const tenant = await this.deps.settings.get(tenantId);
    return [...new Set([...(tenant?.settings.adminObjectIds ?? []), ...this.deps.configAdmins].map((id) => id.toLowerCase()))].sort();
  }
}
