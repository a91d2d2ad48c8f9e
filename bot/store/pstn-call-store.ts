/**
 * The pstnCalls table (architecture "Data"): normalized call rows, partition tenantId|yyyymmdd of the call's UTC start
 * (daily partitions keep batches fast), row `g:<Graph id>` or `e:<export UsageId>`. The source is part of the row key
 * so a Graph row and an export row never overwrite each other; the read side removes cross-source duplicates under
 * the tenant's source of truth (usage/cross-source-dedup.ts). Numbers are masked before they get here.
 */
import type { TableEntity, TableEntityResult } from '@azure/data-tables';
import { money } from '../billing/money';
import type { CalendarDate } from '../billing/time';
import type { Attribution, PstnCall, UsageSource } from '../usage/pstn-call';
import { deleteAll, odataString, upsertAll } from './batch-writer';
import { safeKey, type TableStore } from './table-store';

export interface PstnCallEntity {
  src: UsageSource;
  sid: string;
  callId: string;
  confId: string;
  start: string;
  end: string;
  dur: number;
  cur: string;
  charge: string;
  conn: string;
  type: string;
  numRaw: string;
  num: string;
  cap: string;
  destCtx: string;
  destName: string;
  country: string;
  usageCc: string;
  tenantCc: string;
  otherCc: string;
  caller: string;
  callee: string;
  userId: string;
  upn: string;
  userName: string;
  operator: string;
  durSrc: string;
  auInfos: string;
  orgId: string;
  orgUpn: string;
  orgName: string;
  attr: Attribution;
  dedup: string;
}

export interface StoredPstnCall extends PstnCall {
  readonly partitionKey: string;
  readonly rowKey: string;
}

/** What a partition already holds, for telling new rows from re-imports and cross-source duplicates. */
export interface ExistingRowKey {
  readonly rowKey: string;
  readonly source: UsageSource;
  readonly dedupKey: string;
}

export function utcDateOf(instant: string): CalendarDate {
  return instant.slice(0, 10);
}

export function callPartitionKey(tenantId: string, utcDate: CalendarDate): string {
  return `${tenantId}|${utcDate.replace(/-/g, '')}`;
}

export function callRowKey(source: UsageSource, sourceRowId: string): string {
  return `${source === 'graph' ? 'g' : 'e'}:${safeKey(sourceRowId)}`;
}

const orNull = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

export function toCallEntity(tenantId: string, call: PstnCall): TableEntity<PstnCallEntity> {
  return {
    partitionKey: callPartitionKey(tenantId, utcDateOf(call.startedAt)),
    rowKey: callRowKey(call.source, call.sourceRowId),
    src: call.source,
    sid: call.sourceRowId,
    callId: call.callId,
    confId: call.conferenceId ?? '',
    start: call.startedAt,
    end: call.endedAt ?? '',
    dur: call.durationSeconds,
    cur: call.charge.currency,
    charge: call.charge.micros.toString(),
    conn: call.connectionCharge.micros.toString(),
    type: call.callType,
    numRaw: call.numberTypeRaw ?? '',
    num: call.numberType ?? '',
    cap: call.capability,
    destCtx: call.destinationContext ?? '',
    destName: call.destinationName ?? '',
    country: call.country ?? '',
    usageCc: call.usageCountryCode ?? '',
    tenantCc: call.tenantCountryCode ?? '',
    otherCc: call.otherPartyCountryCode ?? '',
    caller: call.callerNumber ?? '',
    callee: call.calleeNumber ?? '',
    userId: call.userId ?? '',
    upn: call.userPrincipalName ?? '',
    userName: call.userDisplayName ?? '',
    operator: call.operator ?? '',
    durSrc: call.callDurationSource ?? '',
    auInfos: call.administrativeUnitInfos ?? '',
    orgId: call.organizer?.userId ?? '',
    orgUpn: call.organizer?.userPrincipalName ?? '',
    orgName: call.organizer?.displayName ?? '',
    attr: call.attribution,
    dedup: call.dedupKey,
  };
}

export function fromCallEntity(e: TableEntityResult<PstnCallEntity>): StoredPstnCall {
  return {
    partitionKey: e.partitionKey!,
    rowKey: e.rowKey!,
    source: e.src,
    sourceRowId: e.sid,
    callId: e.callId ?? '',
    conferenceId: orNull(e.confId),
    startedAt: e.start,
    endedAt: orNull(e.end),
    durationSeconds: Number(e.dur),
    charge: money(BigInt(e.charge), e.cur),
    connectionCharge: money(BigInt(e.conn), e.cur),
    callType: e.type,
    numberTypeRaw: orNull(e.numRaw),
    numberType: orNull(e.num),
    capability: e.cap ?? '',
    destinationContext: orNull(e.destCtx),
    destinationName: orNull(e.destName),
    country: orNull(e.country),
    usageCountryCode: orNull(e.usageCc),
    tenantCountryCode: orNull(e.tenantCc),
    otherPartyCountryCode: orNull(e.otherCc),
    callerNumber: orNull(e.caller),
    calleeNumber: orNull(e.callee),
    userId: orNull(e.userId),
    userPrincipalName: orNull(e.upn),
    userDisplayName: orNull(e.userName),
    operator: orNull(e.operator),
    callDurationSource: orNull(e.durSrc),
    administrativeUnitInfos: orNull(e.auInfos),
    organizer: e.orgId ? { userId: e.orgId, userPrincipalName: orNull(e.orgUpn), displayName: orNull(e.orgName) } : null,
    attribution: e.attr,
    dedupKey: e.dedup,
  };
}

export class PstnCallStore {
  constructor(
    private readonly store: TableStore,
    private readonly batchesInFlight = 32,
  ) {}

  private get table() {
    return this.store.table('pstnCalls');
  }

  /** Idempotent upsert by (tenant, UTC day, source row id). */
  async upsert(tenantId: string, calls: readonly PstnCall[]): Promise<void> {
    await upsertAll(this.table, calls.map((c) => toCallEntity(tenantId, c)), this.batchesInFlight);
  }

  /** Rewrites rows already stored (attribution or erasure changes), keeping their keys. */
  async replace(tenantId: string, calls: readonly StoredPstnCall[]): Promise<void> {
    await upsertAll(
      this.table,
      calls.map((c) => ({ ...toCallEntity(tenantId, c), partitionKey: c.partitionKey, rowKey: c.rowKey })),
      this.batchesInFlight,
    );
  }

  /** Every row whose call started on this UTC day. */
  async readUtcDay(tenantId: string, utcDate: CalendarDate): Promise<StoredPstnCall[]> {
    const rows: StoredPstnCall[] = [];
    const iterator = this.table.listEntities<PstnCallEntity>({
      queryOptions: { filter: `PartitionKey eq ${odataString(callPartitionKey(tenantId, utcDate))}` },
    });
    for await (const entity of iterator) rows.push(fromCallEntity(entity));
    return rows;
  }

  async existingKeys(tenantId: string, utcDate: CalendarDate): Promise<ExistingRowKey[]> {
    const keys: ExistingRowKey[] = [];
    const iterator = this.table.listEntities<Pick<PstnCallEntity, 'src' | 'dedup'>>({
      queryOptions: { filter: `PartitionKey eq ${odataString(callPartitionKey(tenantId, utcDate))}`, select: ['RowKey', 'src', 'dedup'] },
    });
    for await (const e of iterator) keys.push({ rowKey: e.rowKey!, source: e.src, dedupKey: e.dedup });
    return keys;
  }

  /** Keys and start of the tenant's rows on UTC days before `beforeUtcDate` (a range over partitions). */
  async listStartedBefore(tenantId: string, beforeUtcDate: CalendarDate): Promise<Array<{ partitionKey: string; rowKey: string; start: string }>> {
    const keys: Array<{ partitionKey: string; rowKey: string; start: string }> = [];
    const filter = `PartitionKey ge ${odataString(`${tenantId}|`)} and PartitionKey lt ${odataString(callPartitionKey(tenantId, beforeUtcDate))}`;
    const iterator = this.table.listEntities<Pick<PstnCallEntity, 'start'>>({ queryOptions: { filter, select: ['PartitionKey', 'RowKey', 'start'] } });
    for await (const e of iterator) keys.push({ partitionKey: e.partitionKey!, rowKey: e.rowKey!, start: e.start });
    return keys;
  }

  /** Every row of the tenant that names the user (as its user or its organizer), over all partitions. */
  async findByUser(tenantId: string, userId: string): Promise<StoredPstnCall[]> {
    const id = odataString(userId.toLowerCase());
    const filter =
      `PartitionKey ge ${odataString(`${tenantId}|`)} and PartitionKey lt ${odataString(`${tenantId}|~`)}` + ` and (userId eq ${id} or orgId eq ${id})`;
    const rows: StoredPstnCall[] = [];
    for await (const entity of this.table.listEntities<PstnCallEntity>({ queryOptions: { filter } })) rows.push(fromCallEntity(entity));
    return rows;
  }

  async delete(keys: ReadonlyArray<{ partitionKey: string; rowKey: string }>): Promise<void> {
    await deleteAll(this.table, keys, this.batchesInFlight);
  }
}
