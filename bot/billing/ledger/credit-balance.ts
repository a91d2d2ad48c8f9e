import type { Money } from '../money';
import { remedy, type Remedy } from '../remedies';
import { instantToMs, msToInstant, type Instant, MS_PER_DAY } from '../time';
import type { CreditCharge, LedgerEntry } from './ledger-entries';
import { anchorSnapshot, dedupeCharges, ruleInForce, viewLedger, type LedgerView } from './ledger-view';
import { lotExpiryMs, LotPool, type LotOrigin, type PoolLot } from './lot-pool';

export interface CreditLot {
  readonly id: string;
  readonly origin: LotOrigin;
  readonly acquiredAt: Instant | null;
  /** null when the lot's purchase is not recorded, so its expiry cannot be known. */
  readonly expiresAt: Instant | null;
  /** What the estimate took the lot on with: for a lot bought before the snapshot, the part of the snapshot matched to it. */
  readonly original: Money;
  readonly remaining: Money;
  /** Implied recharges are provisional until a snapshot or a purchase replaces them. */
  readonly provisional: boolean;
}

/** What the estimate rests on, so the tab can say it (architecture "Credit balance: an honest estimate"). */
export interface BalanceBasis {
  readonly snapshot: { readonly id: string; readonly asOf: Instant; readonly balance: Money };
  /** Part of the snapshot no recorded purchase explains; it has no known expiry. Lots are matched newest first. */
  readonly unattributedSnapshotAmount: Money;
  readonly charges: {
    readonly count: number;
    readonly total: Money;
    readonly startedAfter: Instant;
    readonly lastStartedAt: Instant | null;
    readonly conflictingIds: readonly string[];
  };
  readonly purchases: { readonly count: number; readonly total: Money };
  readonly forfeits: { readonly count: number; readonly total: Money };
  readonly impliedRecharges: { readonly count: number; readonly total: Money; readonly impliedAfter: Instant };
  readonly reversedEntryIds: readonly string[];
}

export type CreditBalance =
  | {
      readonly kind: 'estimate';
      readonly at: Instant;
      readonly balance: Money;
      readonly lots: readonly CreditLot[];
      readonly basis: BalanceBasis;
    }
  | { readonly kind: 'no-snapshot'; readonly at: Instant; readonly remedy: Remedy };

export interface CreditBalanceInput {
  readonly entries: readonly LedgerEntry[];
  /** Rows that draw on credits; duplicates by id count once. */
  readonly charges: readonly CreditCharge[];
  readonly at: Instant;
  readonly currency: string;
}

type Event = { readonly ms: number; readonly order: 0 | 1; readonly id: string } & (
  | { readonly kind: 'purchase'; readonly amount: bigint }
  | { readonly kind: 'charge'; readonly amount: bigint }
);

/**
 * The balance at time T: the latest snapshot, minus charges of calls that STARTED after its as-of time, minus
 * forfeits of lots that expire unused, plus the recharges the auto-recharge rule implies (architecture "Credit balance").
 */
export function creditBalanceAt(input: CreditBalanceInput): CreditBalance {
  const atMs = instantToMs(input.at);
  const view = viewLedger(input.entries);
  const snapshot = anchorSnapshot(view, atMs);
  if (snapshot === null) return { kind: 'no-snapshot', at: input.at, remedy: remedy('enter-balance-snapshot') };
  const asOfMs = instantToMs(snapshot.asOf);
  const money = (micros: bigint): Money => ({ micros, currency: input.currency });

  const pool = new LotPool();
  const unattributed = seedFromSnapshot(pool, view, snapshot.balance.micros, asOfMs);

  // Recorded purchases are taken as complete up to the latest one, so implied recharges start after it (or after
  // the snapshot): a later snapshot or purchase replaces them, and no recharge is counted twice.
  const lastPurchaseMs = Math.max(Number.NEGATIVE_INFINITY, ...view.purchases.map((p) => instantToMs(p.purchasedAt)));
  const impliedAfterMs = Math.max(asOfMs, lastPurchaseMs);

  const { charges, conflictingIds } = dedupeCharges(input.charges);
  const events: Event[] = [];
  for (const p of view.purchases) {
    const ms = instantToMs(p.purchasedAt);
    if (ms > asOfMs && ms <= atMs) events.push({ ms, order: 0, id: p.id, kind: 'purchase', amount: p.amount.micros });
  }
  let chargeTotal = 0n;
  let chargeCount = 0;
  let lastChargeMs: number | null = null;
  for (const { charge: c, startedAtMs: ms } of charges) {
    if (ms <= asOfMs || ms > atMs) continue;
    if (c.amount.currency !== input.currency)
      throw new RangeError(`Charge ${c.id} is in ${c.amount.currency}, the ledger in ${input.currency}`);
    events.push({ ms, order: 1, id: c.id, kind: 'charge', amount: c.amount.micros });
    chargeTotal += c.amount.micros;
    chargeCount += 1;
    lastChargeMs = ms;
  }
  // At one instant, funds arrive before calls draw on them; ids break the remaining ties so order never matters.
  events.sort((a, b) => a.ms - b.ms || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  let impliedCount = 0;
  let impliedTotal = 0n;
  const maybeRecharge = (ms: number): void => {
    if (ms <= impliedAfterMs) return;
    const rule = ruleInForce(view, ms);
    if (rule === null || pool.balance() >= rule.trigger.micros || rule.amount.micros <= 0n) return;
    impliedCount += 1;
    impliedTotal += rule.amount.micros;
    pool.add({
      id: `implied-recharge-${impliedCount}`,
      origin: 'implied-recharge',
      acquiredAtMs: ms,
      expiresAtMs: lotExpiryMs(ms),
      original: rule.amount.micros,
      provisional: true,
    });
  };
  const expireThrough = (ms: number): void => {
    for (let next = pool.nextExpiryMs(); next !== null && next <= ms; next = pool.nextExpiryMs()) {
      pool.expireUntil(next);
      maybeRecharge(next);
    }
  };

  let purchaseCount = 0;
  let purchaseTotal = 0n;
  for (const event of events) {
    expireThrough(event.ms);
    if (event.kind === 'purchase') {
      purchaseCount += 1;
      purchaseTotal += event.amount;
      pool.add({
        id: event.id,
        origin: 'purchase',
        acquiredAtMs: event.ms,
        expiresAtMs: lotExpiryMs(event.ms),
        original: event.amount,
        provisional: false,
      });
    } else {
      pool.consume(event.amount);
      maybeRecharge(event.ms);
    }
  }
  expireThrough(atMs);

  const forfeitTotal = pool.forfeits.reduce((sum, f) => sum + f.amount, 0n);
  return {
    kind: 'estimate',
    at: input.at,
    balance: money(pool.balance()),
    lots: pool.openLots().map((lot) => toCreditLot(lot, input.currency)),
    basis: {
      snapshot: { id: snapshot.id, asOf: snapshot.asOf, balance: snapshot.balance },
      unattributedSnapshotAmount: money(unattributed),
      charges: {
        count: chargeCount,
        total: money(chargeTotal),
        startedAfter: snapshot.asOf,
        lastStartedAt: lastChargeMs === null ? null : msToInstant(lastChargeMs),
        conflictingIds,
      },
      purchases: { count: purchaseCount, total: money(purchaseTotal) },
      forfeits: { count: pool.forfeits.length, total: money(forfeitTotal) },
      impliedRecharges: { count: impliedCount, total: money(impliedTotal), impliedAfter: msToInstant(impliedAfterMs) },
      reversedEntryIds: view.reversedIds,
    },
  };
}

/**
 * Splits the snapshot balance over the recorded lots still alive at its as-of time. FIFO spends the oldest first,
 * so what remains sits in the newest lots: they are filled newest first. Returns the part no lot explains.
 */
function seedFromSnapshot(pool: LotPool, view: LedgerView, balance: bigint, asOfMs: number): bigint {
  if (balance <= 0n) {
    pool.consume(-balance);
    return 0n;
  }
  const alive = view.purchases
    .map((p) => ({ p, ms: instantToMs(p.purchasedAt) }))
    .filter(({ ms }) => ms <= asOfMs && lotExpiryMs(ms) > asOfMs)
    .sort((a, b) => b.ms - a.ms || (a.p.id < b.p.id ? 1 : -1));
  let left = balance;
  for (const { p, ms } of alive) {
    if (left === 0n) break;
    const share = p.amount.micros < left ? p.amount.micros : left;
    pool.add({ id: p.id, origin: 'purchase', acquiredAtMs: ms, expiresAtMs: lotExpiryMs(ms), original: share, provisional: false });
    left -= share;
  }
  if (left > 0n)
    pool.add({
      id: 'snapshot-unattributed',
      origin: 'snapshot-unattributed',
      acquiredAtMs: null,
      expiresAtMs: null,
      original: left,
      provisional: false,
    });
  return left;
}

function toCreditLot(lot: PoolLot, currency: string): CreditLot {
  return {
    id: lot.id,
    origin: lot.origin,
    acquiredAt: lot.acquiredAtMs === null ? null : msToInstant(lot.acquiredAtMs),
    expiresAt: lot.expiresAtMs === null ? null : msToInstant(lot.expiresAtMs),
    original: { micros: lot.original, currency },
    remaining: { micros: lot.remaining, currency },
    provisional: lot.provisional,
  };
}

/** Lots with funds left that expire within `days` after the estimate's time (for the "credits expiring" alert). */
export function lotsExpiringWithin(balance: CreditBalance, days: number): readonly CreditLot[] {
  if (balance.kind !== 'estimate') return [];
  const limit = instantToMs(balance.at) + days * MS_PER_DAY;
  return balance.lots.filter((lot) => lot.expiresAt !== null && instantToMs(lot.expiresAt) <= limit);
}
