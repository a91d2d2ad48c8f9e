/**
 * Which organizer a meeting bridge conference belongs to, as seen on the conference's rows that name their user.
 * A dial-in row (conf_in) that names nobody is attributed through it (architecture "Usage sources": the organizer of
 * a dial-in is UNCERTAIN). Spread over 16 partitions per tenant: Azurite's batch cost grows with partition size, and a
 * chunk of rows then needs at most 16 transactions.
 */
import { createHash } from 'node:crypto';
import type { Organizer } from '../usage/pstn-call';
import { deleteAll, odataString, runLimited, upsertAll } from './batch-writer';
import { getEntityOrNull, safeKey, type TableStore } from './table-store';

interface ConferenceOrganizerEntity {
  conferenceId: string;
  orgId: string;
  orgUpn: string;
  orgName: string;
}

function toOrganizer(e: ConferenceOrganizerEntity): Organizer {
  return { userId: e.orgId, userPrincipalName: e.orgUpn || null, displayName: e.orgName || null };
}

function partitionOf(tenantId: string, conferenceId: string): string {
  return `${tenantId}|${createHash('sha1').update(conferenceId).digest('hex').slice(0, 1)}`;
}

export class ConferenceOrganizerStore {
  constructor(private readonly store: TableStore) {}

  private get table() {
    return this.store.table('conferenceOrganizers');
  }

  async put(tenantId: string, entries: ReadonlyMap<string, Organizer>): Promise<void> {
    const entities = [...entries].map(([conferenceId, o]) => ({
      partitionKey: partitionOf(tenantId, conferenceId),
      rowKey: safeKey(conferenceId),
      conferenceId,
      orgId: o.userId,
      orgUpn: o.userPrincipalName ?? '',
      orgName: o.displayName ?? '',
    }));
    await upsertAll<ConferenceOrganizerEntity>(this.table, entities);
  }

  /** Which of the tenant's partitions holds a conference. */
  partitionOf(tenantId: string, conferenceId: string): string {
    return partitionOf(tenantId, conferenceId);
  }

  /** Every conference of one partition. */
  async readPartition(partition: string): Promise<Map<string, Organizer>> {
    const found = new Map<string, Organizer>();
    const filter = `PartitionKey eq ${odataString(partition)}`;
    for await (const e of this.table.listEntities<ConferenceOrganizerEntity>({ queryOptions: { filter } })) found.set(e.conferenceId, toOrganizer(e));
    return found;
  }

  /** Point reads of a few conferences; the answer has only those that are known. */
  async get(tenantId: string, conferenceIds: Iterable<string>): Promise<Map<string, Organizer>> {
    const found = new Map<string, Organizer>();
    await runLimited([...new Set(conferenceIds)], 16, async (conferenceId) => {
      const e = await getEntityOrNull<ConferenceOrganizerEntity>(this.table, partitionOf(tenantId, conferenceId), safeKey(conferenceId));
      if (e) found.set(conferenceId, toOrganizer(e));
    });
    return found;
  }

  /** Forgets every conference a user organized (erasure on request). */
  async deleteOrganizer(tenantId: string, userId: string): Promise<number> {
    const filter = `PartitionKey ge ${odataString(`${tenantId}|`)} and PartitionKey lt ${odataString(`${tenantId}|~`)} and orgId eq ${odataString(userId)}`;
    const keys: Array<{ partitionKey: string; rowKey: string }> = [];
    for await (const e of this.table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
      keys.push({ partitionKey: e.partitionKey!, rowKey: e.rowKey! });
    }
    await deleteAll(this.table, keys);
    return keys.length;
  }
}
