/**
 * Per-user OnlineDialOutPolicy assignments (imported CSV or set in the tab), each with where it came from and when,
 * which the bot quotes. There is no Graph API for them (domain-facts §3.3). The global policy lives in tenant settings.
 */
import type { TableStore } from './table-store';
import { getEntityOrNull } from './table-store';
import type { PolicySource } from './tenant-settings';
import { odataString } from './batch-writer';

export interface PolicyAssignment {
  readonly userId: string;
  /** The policy identity without the "tag:" prefix, or "Global" when the user was explicitly reset to the global one. */
  readonly policyName: string;
  readonly source: PolicySource;
  readonly assignedAt: string;
  readonly assignedBy?: string;
}

interface PolicyEntity {
  policyName: string;
  source: PolicySource;
  assignedAt: string;
  assignedBy?: string;
}

export class DialOutPolicyStore {
  private readonly changedListeners: Array<(tenantId: string, userId: string) => void> = [];

  constructor(private readonly store: TableStore) {}

  /** Called after each assignment this instance writes (caches of a person's policy forget it). */
  onChanged(listener: (tenantId: string, userId: string) => void): void {
    this.changedListeners.push(listener);
  }

  async get(tenantId: string, userId: string): Promise<PolicyAssignment | null> {
    const entity = await getEntityOrNull<PolicyEntity>(this.store.table('dialoutPolicies'), tenantId, userId.toLowerCase());
    if (!entity) return null;
    return {
      userId: entity.rowKey ?? userId,
      policyName: entity.policyName,
      source: entity.source,
      assignedAt: entity.assignedAt,
      ...(entity.assignedBy ? { assignedBy: entity.assignedBy } : {}),
    };
  }

  async put(tenantId: string, assignment: PolicyAssignment): Promise<void> {
    await this.store.table('dialoutPolicies').upsertEntity(
      {
        partitionKey: tenantId,
        rowKey: assignment.userId.toLowerCase(),
        policyName: assignment.policyName,
        source: assignment.source,
        assignedAt: assignment.assignedAt,
        ...(assignment.assignedBy ? { assignedBy: assignment.assignedBy } : {}),
      },
      'Replace',
    );
    for (const listener of this.changedListeners) listener(tenantId, assignment.userId.toLowerCase());
  }

  async list(tenantId: string): Promise<PolicyAssignment[]> {
    const result: PolicyAssignment[] = [];
    const iterator = this.store.table('dialoutPolicies').listEntities<PolicyEntity>({
      queryOptions: { filter: `PartitionKey eq ${odataString(tenantId)}` },
    });
    for await (const e of iterator) {
      result.push({ userId: e.rowKey ?? '', policyName: e.policyName, source: e.source, assignedAt: e.assignedAt });
    }
    return result;
  }
}
