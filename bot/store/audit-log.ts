/**
 * The audit table (architecture "Data"): every admin change, who, what, before and after. Partitions are one tenant's
 * month (tenantId_yyyymm) so a month's history is one partition read; rows are time + id, so they list in order.
 *
 * Rows are insert-only and their key is chosen by the caller from the change itself, so recording the same change twice
 * (a retried request repairing a missing row) leaves one row.
 */
import type { TableStore } from './table-store';
import { isConflict, safeKey } from './table-store';
import { odataString } from './batch-writer';

export interface AuditRecord {
  readonly tenantId: string;
  /** When the change happened (UTC ISO). */
  readonly at: string;
  /** Unique within the instant: the changed entity's id, or a request id. */
  readonly id: string;
  /** The user's object id. */
  readonly actor: string;
  /** What was done, e.g. 'ledger.append', 'settings.update'. */
  readonly action: string;
  /** What it was done to, e.g. the ledger entry id. */
  readonly target: string;
  readonly before: unknown;
  readonly after: unknown;
}

interface AuditEntity {
  at: string;
  id: string;
  actor: string;
  action: string;
  target: string;
  before: string;
  after: string;
}

export function auditPartition(tenantId: string, at: string): string {
  return `${tenantId}_${at.slice(0, 4)}${at.slice(5, 7)}`;
}

export class AuditLog {
  constructor(private readonly store: TableStore) {}

  /** Records a change; returns false when that exact row (same time and id) was already there. */
  async record(record: AuditRecord): Promise<boolean> {
    const entity: AuditEntity = {
      at: record.at,
      id: record.id,
      actor: record.actor,
      action: record.action,
      target: record.target,
      before: JSON.stringify(record.before ?? null),
      after: JSON.stringify(record.after ?? null),
    };
    try {
      await this.store.table('audit').createEntity({
        partitionKey: auditPartition(record.tenantId, record.at),
        rowKey: safeKey(`${record.at}_${record.id}`),
        ...entity,
      });
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  /** A tenant's changes in one month ('YYYY-MM'), oldest first. */
  async listMonth(tenantId: string, month: string): Promise<AuditRecord[]> {
    const partition = auditPartition(tenantId, `${month}-01`);
    const rows = this.store.table('audit').listEntities<AuditEntity>({
      queryOptions: { filter: `PartitionKey eq ${odataString(partition)}` },
    });
    const records: AuditRecord[] = [];
    for await (const row of rows) {
      records.push({
        tenantId,
        at: row.at,
        id: row.id,
        actor: row.actor,
        action: row.action,
        target: row.target,
        before: JSON.parse(row.before) as unknown,
        after: JSON.parse(row.after) as unknown,
      });
    }
    return records;
  }
}
