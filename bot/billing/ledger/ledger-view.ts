import { instantToMs } from '../time';
import type {
  AutoRechargeRule,
  AutoRechargeRuleEntry,
  BalanceSnapshotEntry,
  CreditCharge,
  LedgerEntry,
  PurchaseEntry,
} from './ledger-entries';

/** The ledger as it stands after reversals, with duplicate ids counted once. */
export interface LedgerView {
  readonly snapshots: readonly BalanceSnapshotEntry[];
  readonly purchases: readonly PurchaseEntry[];
  /** Sorted by effectiveFrom. */
  readonly rules: readonly AutoRechargeRuleEntry[];
  readonly reversedIds: readonly string[];
}

export function viewLedger(entries: readonly LedgerEntry[]): LedgerView {
  const byId = new Map<string, LedgerEntry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  const reversalsOf = new Map<string, string[]>();
  for (const entry of byId.values()) {
    if (entry.kind !== 'reversal') continue;
    const list = reversalsOf.get(entry.reverses);
    if (list) list.push(entry.id);
    else reversalsOf.set(entry.reverses, [entry.id]);
  }
  const memo = new Map<string, boolean>();
  const isReversed = (id: string, depth = 0): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    // A reversal can only name an earlier entry, so chains are short; the guard stops a malformed cycle.
    const result = depth < 64 && (reversalsOf.get(id) ?? []).some((reversalId) => !isReversed(reversalId, depth + 1));
    memo.set(id, result);
    return result;
  };

  const snapshots: BalanceSnapshotEntry[] = [];
  const purchases: PurchaseEntry[] = [];
  const rules: AutoRechargeRuleEntry[] = [];
  const reversedIds: string[] = [];
  for (const entry of byId.values()) {
    if (entry.kind === 'reversal') continue;
    if (isReversed(entry.id)) {
      reversedIds.push(entry.id);
      continue;
    }
    if (entry.kind === 'snapshot') snapshots.push(entry);
    else if (entry.kind === 'purchase') purchases.push(entry);
    else rules.push(entry);
  }
  rules.sort((a, b) => instantToMs(a.effectiveFrom) - instantToMs(b.effectiveFrom) || a.recordedAt.localeCompare(b.recordedAt));
  return { snapshots, purchases, rules, reversedIds: reversedIds.sort() };
}

/** The latest snapshot taken at or before `atMs`; a later-recorded one wins a tie. */
export function anchorSnapshot(view: LedgerView, atMs: number): BalanceSnapshotEntry | null {
  let best: BalanceSnapshotEntry | null = null;
  let bestMs = Number.NEGATIVE_INFINITY;
  for (const s of view.snapshots) {
    const ms = instantToMs(s.asOf);
    if (ms > atMs) continue;
    if (
      ms > bestMs ||
      (ms === bestMs && best !== null && (s.recordedAt > best.recordedAt || (s.recordedAt === best.recordedAt && s.id > best.id)))
    ) {
      best = s;
      bestMs = ms;
    }
  }
  return best;
}

export function ruleInForce(view: LedgerView, atMs: number): AutoRechargeRule | null {
  let rule: AutoRechargeRule | null = null;
  for (const entry of view.rules) {
    if (instantToMs(entry.effectiveFrom) > atMs) break;
    rule = entry.rule;
  }
  return rule;
}

export interface TimedCharge {
  readonly charge: CreditCharge;
  readonly startedAtMs: number;
}

export interface DedupedCharges {
  /** Sorted by start time, then id; the start is parsed once. */
  readonly charges: readonly TimedCharge[];
  /** Ids that arrived with different contents; the larger amount (then the later start) is kept, whatever the order. */
  readonly conflictingIds: readonly string[];
}

/** Re-applying a charge changes nothing: one row id, one charge (architecture "Data", idempotent upsert). */
export function dedupeCharges(charges: readonly CreditCharge[]): DedupedCharges {
  const byId = new Map<string, CreditCharge>();
  const conflicts = new Set<string>();
  for (const charge of charges) {
    const seen = byId.get(charge.id);
    if (!seen) {
      byId.set(charge.id, charge);
      continue;
    }
    if (
      seen.amount.micros === charge.amount.micros &&
      seen.startedAt === charge.startedAt &&
      seen.amount.currency === charge.amount.currency
    )
      continue;
    conflicts.add(charge.id);
    const keepNew =
      charge.amount.micros > seen.amount.micros ||
      (charge.amount.micros === seen.amount.micros &&
        (charge.startedAt > seen.startedAt || (charge.startedAt === seen.startedAt && charge.amount.currency > seen.amount.currency)));
    if (keepNew) byId.set(charge.id, charge);
  }
  const sorted: TimedCharge[] = [...byId.values()].map((charge) => ({ charge, startedAtMs: instantToMs(charge.startedAt) }));
  sorted.sort((a, b) => a.startedAtMs - b.startedAtMs || (a.charge.id < b.charge.id ? -1 : a.charge.id > b.charge.id ? 1 : 0));
  return { charges: sorted, conflictingIds: [...conflicts].sort() };
}
