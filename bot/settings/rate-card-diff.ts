/**
 * What replacing one rate card by another changes (added, changed, removed rates), and a fingerprint of that change,
 * so what an admin applies is exactly what they previewed: the same upload over the same current card.
 */
import { createHash } from 'node:crypto';
import { toDecimalString } from '../billing/money';
import type { RateCard, RateCardEntry } from '../billing/rates/rate-card';
import { rateRowKey } from '../store/rate-store';

export interface RateCardDiff {
  readonly added: readonly RateCardEntry[];
  readonly changed: ReadonlyArray<{ readonly before: RateCardEntry; readonly after: RateCardEntry }>;
  readonly removed: readonly RateCardEntry[];
  readonly unchanged: number;
}

/** The price of an entry, exactly: currency, per-minute rate and connection fee. */
function priceOf(entry: RateCardEntry): string {
  return `${entry.rate.perMinute.currency} ${toDecimalString(entry.rate.perMinute)} ${toDecimalString(entry.rate.connectionFee)}`;
}

function byKey(entries: readonly RateCardEntry[]): Map<string, RateCardEntry> {
  return new Map(entries.map((e) => [rateRowKey(e), e]));
}

const order = (a: RateCardEntry, b: RateCardEntry): number => rateRowKey(a).localeCompare(rateRowKey(b));

export function diffRateCards(current: RateCard | null, next: RateCard): RateCardDiff {
  const before = byKey(current?.entries ?? []);
  const after = byKey(next.entries);
  const added: RateCardEntry[] = [];
  const changed: Array<{ before: RateCardEntry; after: RateCardEntry }> = [];
  let unchanged = 0;
  for (const [key, entry] of after) {
    const old = before.get(key);
    if (!old) added.push(entry);
    else if (priceOf(old) !== priceOf(entry)) changed.push({ before: old, after: entry });
    else unchanged += 1;
  }
  const removed = [...before].filter(([key]) => !after.has(key)).map(([, entry]) => entry);
  return {
    added: added.sort(order),
    changed: changed.sort((a, b) => order(a.after, b.after)),
    removed: removed.sort(order),
    unchanged,
  };
}

function canonicalCard(card: RateCard | null): string {
  if (!card) return '';
  return [...card.entries]
    .sort(order)
    .map((e) => `${rateRowKey(e)}=${priceOf(e)}`)
    .join('\n');
}

/** Same upload over the same current card (source included: a demo card becomes an admin's) → same fingerprint. */
export function rateChangeFingerprint(current: RateCard | null, next: RateCard): string {
  return createHash('sha256')
    .update(`${current?.source ?? 'none'}\n${canonicalCard(current)}\n--\n${next.source}\n${canonicalCard(next)}`, 'utf8')
    .digest('hex');
}
