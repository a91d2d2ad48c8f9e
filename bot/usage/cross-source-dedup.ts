/**
 * When both sources are used, one call may be stored twice under two ids (architecture "Usage sources"). Rows that
 * share the fallback key and come from both sources are one call; the tenant's source of truth decides which copy
 * counts. Rows of one source are never merged with each other: within a source the row id is authoritative.
 */
import type { PstnCall, UsageSource } from './pstn-call';

export interface EffectiveRows<T extends PstnCall> {
  readonly rows: T[];
  /** Copies dropped because the other source's copy of the same call counts. */
  readonly duplicates: T[];
}

export function effectiveRows<T extends PstnCall>(rows: readonly T[], sourceOfTruth: UsageSource): EffectiveRows<T> {
  const groups = new Map<string, { graph: T[]; export: T[] }>();
  for (const row of rows) {
    let group = groups.get(row.dedupKey);
    if (!group) groups.set(row.dedupKey, (group = { graph: [], export: [] }));
    group[row.source].push(row);
  }
  const kept: T[] = [];
  const duplicates: T[] = [];
  for (const group of groups.values()) {
    if (group.graph.length === 0 || group.export.length === 0) {
      kept.push(...group.graph, ...group.export);
      continue;
    }
    const other: UsageSource = sourceOfTruth === 'graph' ? 'export' : 'graph';
    kept.push(...group[sourceOfTruth]);
    duplicates.push(...group[other]);
  }
  return { rows: kept, duplicates };
}

/**
 * A stable id for each counted call, whichever source's copy counts: the fallback key, with an ordinal for the rare
 * calls of one source that share it. The credit ledger counts a charge once per id.
 */
export function chargeIds<T extends PstnCall>(rows: readonly T[]): Map<T, string> {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    let list = byKey.get(row.dedupKey);
    if (!list) byKey.set(row.dedupKey, (list = []));
    list.push(row);
  }
  const ids = new Map<T, string>();
  for (const [key, list] of byKey) {
    list.sort((a, b) => (a.sourceRowId < b.sourceRowId ? -1 : a.sourceRowId > b.sourceRowId ? 1 : 0));
    list.forEach((row, i) => ids.set(row, i === 0 ? `call:${key}` : `call:${key}:${i}`));
  }
  return ids;
}
