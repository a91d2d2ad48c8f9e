/**
 * Writes many entities the way Table Storage likes: transactions of at most 100 actions, each within one partition,
 * several transactions in flight (toolchain-notes "Azurite": 10k upserts took 1.4 s across 100 partitions, 0.7 s with
 * 8 batches in flight). Every action is an idempotent upsert or delete, so a retried batch changes nothing.
 */
import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import { isNotFound } from './table-store';

export const MAX_BATCH_ACTIONS = 100;
export const DEFAULT_BATCHES_IN_FLIGHT = 32;

type Keyed = { partitionKey: string; rowKey: string };

function groupByPartition<T extends Keyed>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    let group = groups.get(item.partitionKey);
    if (!group) groups.set(item.partitionKey, (group = []));
    group.push(item);
  }
  return groups;
}

/** Runs tasks with at most `limit` in flight; the first failure rejects after the running ones settle. */
export async function runLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== undefined) throw failure;
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Upserts (Replace) every entity; the last copy of a duplicated key wins. */
export async function upsertAll<T extends object>(
  client: TableClient,
  entities: readonly TableEntity<T>[],
  inFlight = DEFAULT_BATCHES_IN_FLIGHT,
  mode: 'Replace' | 'Merge' = 'Replace',
): Promise<void> {
  // A transaction may not touch the same entity twice.
  const unique = new Map<string, TableEntity<T>>();
  for (const e of entities) unique.set(`${e.partitionKey}\u0000${e.rowKey}`, e);
  const batches: TransactionAction[][] = [];
  for (const group of groupByPartition([...unique.values()])) {
    for (const chunk of chunksOf(group[1], MAX_BATCH_ACTIONS)) batches.push(chunk.map((e) => ['upsert', e, mode] as TransactionAction));
  }
  await runLimited(batches, inFlight, async (actions) => {
    if (actions.length === 1) {
      const [, entity] = actions[0] as ['upsert', TableEntity<T>, 'Replace' | 'Merge'];
      await client.upsertEntity(entity, mode);
    } else {
      await client.submitTransaction(actions);
    }
  });
}

/** Deletes every key; keys already gone are fine (a retried purge must not fail). */
export async function deleteAll(client: TableClient, keys: readonly Keyed[], inFlight = DEFAULT_BATCHES_IN_FLIGHT): Promise<void> {
  const unique = new Map<string, Keyed>();
  for (const k of keys) unique.set(`${k.partitionKey}\u0000${k.rowKey}`, k);
  const batches: Keyed[][] = [];
  for (const group of groupByPartition([...unique.values()])) batches.push(...chunksOf(group[1], MAX_BATCH_ACTIONS));
  await runLimited(batches, inFlight, async (batch) => {
    try {
      await client.submitTransaction(batch.map((k) => ['delete', { partitionKey: k.partitionKey, rowKey: k.rowKey }] as TransactionAction));
    } catch (error) {
      // One missing entity fails the whole transaction: fall back to single deletes that tolerate 404.
      if (!isNotFound(error)) throw error;
      await runLimited(batch, 4, async (k) => {
        try {
          await client.deleteEntity(k.partitionKey, k.rowKey);
        } catch (inner) {
          if (!isNotFound(inner)) throw inner;
        }
      });
    }
  });
}

/** OData string literal. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
