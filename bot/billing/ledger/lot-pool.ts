import { addCalendarMonthsMs } from '../time';

/** Funds expire 12 months after purchase (domain-facts §2.3). */
export const LOT_LIFETIME_MONTHS = 12;

export type LotOrigin = 'purchase' | 'implied-recharge' | 'snapshot-unattributed';

export interface PoolLot {
  readonly id: string;
  readonly origin: LotOrigin;
  /** null for the part of a snapshot no recorded purchase explains: it is older than every known lot. */
  readonly acquiredAtMs: number | null;
  readonly expiresAtMs: number | null;
  readonly original: bigint;
  remaining: bigint;
  readonly provisional: boolean;
}

export interface Forfeit {
  readonly lotId: string;
  readonly atMs: number;
  readonly amount: bigint;
}

export function lotExpiryMs(acquiredAtMs: number): number {
  return addCalendarMonthsMs(acquiredAtMs, LOT_LIFETIME_MONTHS);
}

/**
 * Credits as lots consumed first-in first-out (domain-facts §2.3), in micro-units of one currency.
 * A charge larger than the lots leaves a deficit (the effect of a negative balance is UNCERTAIN, §2.4); the next
 * funds pay the deficit first.
 */
export class LotPool {
  private readonly lots: PoolLot[] = [];
  private deficit = 0n;
  readonly forfeits: Forfeit[] = [];

  add(lot: Omit<PoolLot, 'remaining'>): void {
    const absorbed = lot.original < this.deficit ? lot.original : this.deficit;
    this.deficit -= absorbed;
    const entry: PoolLot = { ...lot, remaining: lot.original - absorbed };
    // Keep FIFO order: lots of unknown age first, then by acquisition time; equal times keep insertion order.
    const at = lot.acquiredAtMs ?? Number.NEGATIVE_INFINITY;
    let index = this.lots.length;
    while (index > 0 && (this.lots[index - 1]!.acquiredAtMs ?? Number.NEGATIVE_INFINITY) > at) index -= 1;
    this.lots.splice(index, 0, entry);
  }

  consume(amount: bigint): void {
    let left = amount;
    for (const lot of this.lots) {
      if (left === 0n) break;
      const take = lot.remaining < left ? lot.remaining : left;
      lot.remaining -= take;
      left -= take;
    }
    this.deficit += left;
  }

  /** Forfeits what is left of every lot whose expiry is at or before `atMs`. */
  expireUntil(atMs: number): void {
    for (const lot of this.lots) {
      if (lot.expiresAtMs !== null && lot.expiresAtMs <= atMs && lot.remaining > 0n) {
        this.forfeits.push({ lotId: lot.id, atMs: lot.expiresAtMs, amount: lot.remaining });
        lot.remaining = 0n;
      }
    }
  }

  /** The earliest expiry still ahead among lots with funds, to interleave expiries with other events. */
  nextExpiryMs(): number | null {
    let next: number | null = null;
    for (const lot of this.lots) {
      if (lot.remaining > 0n && lot.expiresAtMs !== null && (next === null || lot.expiresAtMs < next)) next = lot.expiresAtMs;
    }
    return next;
  }

  balance(): bigint {
    let total = -this.deficit;
    for (const lot of this.lots) total += lot.remaining;
    return total;
  }

  openLots(): readonly PoolLot[] {
    return this.lots.filter((lot) => lot.remaining > 0n);
  }

  clone(): LotPool {
    const copy = new LotPool();
    for (const lot of this.lots) copy.lots.push({ ...lot });
    copy.deficit = this.deficit;
    copy.forfeits.push(...this.forfeits);
    return copy;
  }
}
