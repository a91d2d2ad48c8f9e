/**
 * The ledger table (architecture "Data"): the billing domain's append-only credit ledger, one partition per tenant.
 *
 * The row key is derived from the writer's idempotency key, and rows are insert-only: the same key written twice (a
 * double click, a retried POST, two instances racing) yields one entry. A 409 from storage means "already done", so
 * the existing entry is returned. Corrections are reversal entries; nothing is ever updated or deleted.
 */
import { createHash } from 'node:crypto';
import type { TableStore } from './table-store';
import { getEntityOrNull, isConflict } from './table-store';
import { fromMoneyJson, toMoneyJson, type MoneyJson } from '../billing/money';
import type { AutoRechargeRule, LedgerEntry } from '../billing/ledger/ledger-entries';
import { odataString } from './batch-writer';

/** A ledger entry before the ledger gives it an id and a recording stamp: what an admin (or the demo seed) says. */
export type LedgerEntryContent = WithoutStamp<LedgerEntry>;
type WithoutStamp<E> = E extends unknown ? Omit<E, 'id' | 'recordedAt' | 'recordedBy'> : never;

/** The persisted shape: amounts are decimal strings (architecture "Money and time"). */
export type LedgerEntryRecord =
  | { kind: 'snapshot'; asOf: string; balance: MoneyJson }
  | { kind: 'purchase'; purchasedAt: string; amount: MoneyJson; origin: 'manual' | 'auto-recharge' }
  | { kind: 'auto-recharge-rule'; effectiveFrom: string; rule: { trigger: MoneyJson; amount: MoneyJson } | null }
  | { kind: 'reversal'; reverses: string };

export interface StoredLedgerEntry {
  readonly entry: LedgerEntry;
  readonly idempotencyKey: string;
}

export interface LedgerAppend {
  readonly tenantId: string;
  readonly idempotencyKey: string;
  readonly content: LedgerEntryContent;
  readonly recordedAt: string;
  readonly recordedBy: string | null;
}

export type LedgerAppendResult =
  | { readonly outcome: 'created'; readonly stored: StoredLedgerEntry }
  /** The key was used before for the same content: the earlier entry, unchanged. */
  | { readonly outcome: 'existing'; readonly stored: StoredLedgerEntry }
  /** The key was used before for different content: nothing written. */
  | { readonly outcome: 'key-reused'; readonly stored: StoredLedgerEntry };

interface LedgerEntity {
  kind: LedgerEntry['kind'];
  idempotencyKey: string;
  fingerprint: string;
  recordedAt: string;
  recordedBy: string;
  record: string;
}

/** One idempotency key, one entry id; the tenant is the partition, so it need not be in the hash. */
export function ledgerEntryIdFor(idempotencyKey: string): string {
  return `le-${createHash('sha256').update(idempotencyKey, 'utf8').digest('hex').slice(0, 32)}`;
}

export function contentToRecord(content: LedgerEntryContent): LedgerEntryRecord {
  switch (content.kind) {
    case 'snapshot':
      return { kind: 'snapshot', asOf: content.asOf, balance: toMoneyJson(content.balance) };
    case 'purchase':
      return { kind: 'purchase', purchasedAt: content.purchasedAt, amount: toMoneyJson(content.amount), origin: content.origin };
    case 'auto-recharge-rule':
      return {
        kind: 'auto-recharge-rule',
        effectiveFrom: content.effectiveFrom,
        rule: content.rule && { trigger: toMoneyJson(content.rule.trigger), amount: toMoneyJson(content.rule.amount) },
      };
    case 'reversal':
      return { kind: 'reversal', reverses: content.reverses };
  }
}

export function recordToContent(record: LedgerEntryRecord): LedgerEntryContent {
  switch (record.kind) {
    case 'snapshot':
      return { kind: 'snapshot', asOf: record.asOf, balance: fromMoneyJson(record.balance) };
    case 'purchase':
      return { kind: 'purchase', purchasedAt: record.purchasedAt, amount: fromMoneyJson(record.amount), origin: record.origin };
    case 'auto-recharge-rule': {
      const rule: AutoRechargeRule | null = record.rule && { trigger: fromMoneyJson(record.rule.trigger), amount: fromMoneyJson(record.rule.amount) };
      return { kind: 'auto-recharge-rule', effectiveFrom: record.effectiveFrom, rule };
    }
    case 'reversal':
      return { kind: 'reversal', reverses: record.reverses };
  }
}

/** Same content → same fingerprint, whatever the key order or the spelling of an amount ("5" and "5.00"). */
function fingerprintOf(record: LedgerEntryRecord): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]))
        : value;
  return createHash('sha256').update(JSON.stringify(canonical(record)), 'utf8').digest('hex');
}

function toEntry(id: string, entity: LedgerEntity): StoredLedgerEntry {
  const content = recordToContent(JSON.parse(entity.record) as LedgerEntryRecord);
  const entry = { ...content, id, recordedAt: entity.recordedAt, recordedBy: entity.recordedBy || null } as LedgerEntry;
  return { entry, idempotencyKey: entity.idempotencyKey };
}

export class LedgerStore {
  constructor(private readonly store: TableStore) {}

  async append(request: LedgerAppend): Promise<LedgerAppendResult> {
    const client = this.store.table('ledger');
    const id = ledgerEntryIdFor(request.idempotencyKey);
    const record = contentToRecord(request.content);
    const fingerprint = fingerprintOf(record);
    const entity: LedgerEntity = {
      kind: record.kind,
      idempotencyKey: request.idempotencyKey,
      fingerprint,
      recordedAt: request.recordedAt,
      recordedBy: request.recordedBy ?? '',
      record: JSON.stringify(record),
    };
    try {
      await client.createEntity({ partitionKey: request.tenantId, rowKey: id, ...entity });
      return { outcome: 'created', stored: toEntry(id, entity) };
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    const existing = await getEntityOrNull<LedgerEntity>(client, request.tenantId, id);
    // Rows are never deleted, so a conflict always has a row behind it.
    if (!existing) throw new Error(`Ledger entry ${id} conflicted but cannot be read`);
    const stored = toEntry(id, existing);
    return existing.fingerprint === fingerprint ? { outcome: 'existing', stored } : { outcome: 'key-reused', stored };
  }

  async get(tenantId: string, entryId: string): Promise<StoredLedgerEntry | null> {
    const entity = await getEntityOrNull<LedgerEntity>(this.store.table('ledger'), tenantId, entryId);
    return entity ? toEntry(entryId, entity) : null;
  }

  /** Every entry of the tenant, oldest recorded first (ties by id, so the order is stable). */
  async list(tenantId: string): Promise<StoredLedgerEntry[]> {
    const entries: StoredLedgerEntry[] = [];
    const rows = this.store.table('ledger').listEntities<LedgerEntity>({
      queryOptions: { filter: `PartitionKey eq ${odataString(tenantId)}` },
    });
    for await (const row of rows) entries.push(toEntry(row.rowKey!, row));
    return entries.sort((a, b) => a.entry.recordedAt.localeCompare(b.entry.recordedAt) || a.entry.id.localeCompare(b.entry.id));
  }
}
