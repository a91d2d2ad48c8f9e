/**
 * Which tenants this deployment serves (architecture "Tenancy"). The tenant id is taken from the activity
 * (conversation.tenantId, else channelData.tenant.id), never from anything the user typed.
 */
import type { Activity } from 'botbuilder';

export function tenantIdOf(activity: Partial<Activity>): string | undefined {
  const fromConversation = activity.conversation?.tenantId;
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  const id = fromConversation ?? channelData?.tenant?.id;
  return typeof id === 'string' && id.length > 0 ? id.toLowerCase() : undefined;
}

export class TenantGate {
  private readonly allowed: Set<string>;
  constructor(tenantIds: readonly string[]) {
    this.allowed = new Set(tenantIds.map((t) => t.toLowerCase()));
  }
  serves(tenantId: string | undefined): tenantId is string {
    return tenantId !== undefined && this.allowed.has(tenantId.toLowerCase());
  }
}
