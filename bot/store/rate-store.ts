/**
 * The `rates` table: the tenant's rate card (the admin's upload, or the demo card in local mode). Partition: tenant id;
 * row: call kind, country, number type and effective date. Learned rates are computed from history, never stored
 * here as truth (architecture "Data", "Rates").
 */
import type { TableStore } from './table-store';
import { isNumberType, type NumberType } from '../billing/numbers/number-types';
import { CALL_KINDS, type CallKind } from '../billing/reference/call-types';
import { moneyFromDecimal, toDecimalString } from '../billing/money';
import type { RateCard, RateCardEntry, RateCardSource } from '../billing/rates/rate-card';
import { odataString } from './batch-writer';

interface RateEntity {
  callKind: string;
  country: string;
  numberType: string;
  effectiveFrom: string;
  perMinute: string;
  connectionFee: string;
  currency: string;
  source: RateCardSource;
}

const ANY_TYPE = '*';
/** Entity batches are limited to 100 operations in one partition. */
const BATCH_SIZE = 100;

export function rateRowKey(entry: Pick<RateCardEntry, 'callKind' | 'country' | 'numberType' | 'effectiveFrom'>): string {
  return [entry.callKind, entry.country.toUpperCase(), entry.numberType ?? ANY_TYPE, entry.effectiveFrom].join('|');
}

export interface RateCardReader {
  /** The tenant's rate card, or null when none was uploaded. */
  getCard(tenantId: string): Promise<RateCard | null>;
}

export class RateStore implements RateCardReader {
  constructor(private readonly store: TableStore) {}

  async getCard(tenantId: string): Promise<RateCard | null> {
    const entries: RateCardEntry[] = [];
    let source: RateCardSource = 'admin';
    const iterator = this.store.table('rates').listEntities<RateEntity>({
      queryOptions: { filter: `PartitionKey eq ${odataString(tenantId)}` },
    });
    for await (const row of iterator) {
      const entry = toEntry(row);
      if (!entry) continue;
      entries.push(entry);
      // One demo row makes the whole card demo data: it must never pass for Microsoft's prices.
      if (row.source === 'demo') source = 'demo';
    }
    return entries.length === 0 ? null : { source, entries };
  }

  /** Replaces the tenant's whole card: rows not in the new card are deleted. */
  async replaceCard(tenantId: string, card: RateCard): Promise<void> {
    const table = this.store.table('rates');
    const keep = new Set(card.entries.map(rateRowKey));
    const stale: string[] = [];
    for await (const row of table.listEntities<RateEntity>({
      queryOptions: { filter: `PartitionKey eq ${odataString(tenantId)}`, select: ['RowKey'] },
    })) {
      if (row.rowKey && !keep.has(row.rowKey)) stale.push(row.rowKey);
    }
    const upserts = card.entries.map(
      (e) =>
        [
          'upsert',
          {
            partitionKey: tenantId,
            rowKey: rateRowKey(e),
            callKind: e.callKind,
            country: e.country.toUpperCase(),
            numberType: e.numberType ?? ANY_TYPE,
            effectiveFrom: e.effectiveFrom,
            perMinute: toDecimalString(e.rate.perMinute),
            connectionFee: toDecimalString(e.rate.connectionFee),
            currency: e.rate.perMinute.currency,
            source: card.source,
          },
          'Replace',
        ] as const,
    );
    const deletes = stale.map((rowKey) => ['delete', { partitionKey: tenantId, rowKey }] as const);
    const actions = [...upserts, ...deletes];
    for (let i = 0; i < actions.length; i += BATCH_SIZE) {
      await table.submitTransaction(actions.slice(i, i + BATCH_SIZE).map((a) => [...a]) as Parameters<typeof table.submitTransaction>[0]);
    }
  }
}

function toEntry(row: RateEntity): RateCardEntry | null {
  if (!(CALL_KINDS as readonly string[]).includes(row.callKind)) return null;
  const numberType: NumberType | null = row.numberType === ANY_TYPE ? null : isNumberType(row.numberType) ? row.numberType : null;
  if (row.numberType !== ANY_TYPE && numberType === null) return null;
  return {
    callKind: row.callKind as CallKind,
    country: row.country,
    numberType,
    effectiveFrom: row.effectiveFrom,
    rate: { perMinute: moneyFromDecimal(row.perMinute, row.currency), connectionFee: moneyFromDecimal(row.connectionFee, row.currency) },
  };
}
