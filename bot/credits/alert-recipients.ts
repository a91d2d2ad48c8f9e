/**
 * Who receives credit alerts: the tenant's admins (architecture "Who is an admin"). The candidates are the people
 * this service can name — the tenant's allow-list and the deployment's ADMIN_OBJECT_IDS — and each is confirmed
 * through the one isAdmin answer. Whether they installed the bot is the messenger's question (no conversation, no
 * message), so alerts go to personal chats only.
 */
import type { TenantSettingsSource } from './credits-service';

export interface AdminCheck {
  isAdmin(tenantId: string, userId: string): Promise<boolean>;
}

export interface AlertRecipientsDeps {
  readonly settings: TenantSettingsSource;
  readonly access: AdminCheck;
  /** ADMIN_OBJECT_IDS from config. */
  readonly configAdmins: readonly string[];
}

export class AlertRecipients {
  constructor(private readonly deps: AlertRecipientsDeps) {}

  async adminsOf(tenantId: string): Promise<string[]> {
    const tenant = await this.deps.settings.get(tenantId);
    const candidates = new Set([...(tenant?.settings.adminObjectIds ?? []), ...this.deps.configAdmins].map((id) => id.toLowerCase()));
    const confirmed = await Promise.all([...candidates].map(async (id) => ((await this.deps.access.isAdmin(tenantId, id)) ? id : null)));
    return confirmed.filter((id): id is string => id !== null).sort();
  }
}
