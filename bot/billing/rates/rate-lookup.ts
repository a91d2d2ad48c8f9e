import type { NumberType } from '../numbers/number-types';
import type { CallKind } from '../reference/call-types';
import { remedy, type Remedy } from '../remedies';
import type { CalendarDate, Instant } from '../time';
import type { LearnedRate } from './learned-rates';
import type { Rate, RateCard, RateCardSource } from './rate-card';

export interface RateQuery {
  readonly callKind: CallKind;
  /** ISO alpha-2; null for international networks, which no card row can name. */
  readonly country: string | null;
  readonly numberType: NumberType | null;
  /** The day the call happens: the card row in effect that day applies. */
  readonly on: CalendarDate;
}

export type RateSource =
  | {
      readonly kind: 'rate-card';
      readonly card: RateCardSource;
      readonly effectiveFrom: CalendarDate;
      readonly matchedNumberType: NumberType | null;
    }
  | {
      readonly kind: 'learned';
      readonly sampleCalls: number;
      readonly billedSeconds: number;
      readonly from: Instant;
      readonly to: Instant;
      readonly matchedNumberType: NumberType | null;
    };

/** A price is never invented: without a card row or history, the rate is unknown and says who can fix it. */
export type RateLookupResult =
  | { readonly kind: 'found'; readonly rate: Rate; readonly source: RateSource }
  | { readonly kind: 'unknown'; readonly remedy: Remedy };

export type RateLookup = (query: RateQuery) => RateLookupResult;

export interface RateSources {
  /** The tenant's currency: rows in another currency are ignored. */
  readonly currency: string;
  readonly card?: RateCard | null;
  readonly learned?: readonly LearnedRate[];
}

const UNKNOWN: RateLookupResult = { kind: 'unknown', remedy: remedy('upload-rate-card') };

/** Lookup order (architecture "Rates"): the admin's card, then a rate learned from history, then unknown. */
export function createRateLookup(sources: RateSources): RateLookup {
  const cardIndex = indexBy((sources.card?.entries ?? []).filter((e) => e.rate.perMinute.currency === sources.currency));
  for (const rows of cardIndex.values()) rows.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const learnedIndex = indexBy((sources.learned ?? []).filter((l) => l.rate.perMinute.currency === sources.currency));
  const cardSource = sources.card?.source ?? 'admin';

  return (query) => {
    if (query.country === null) return UNKNOWN;
    const key = `${query.callKind}|${query.country.toUpperCase()}`;
    const cardRows = (cardIndex.get(key) ?? []).filter((e) => e.effectiveFrom <= query.on);
    const cardRow = pickByNumberType(cardRows, query.numberType);
    if (cardRow) {
      return {
        kind: 'found',
        rate: cardRow.rate,
        source: { kind: 'rate-card', card: cardSource, effectiveFrom: cardRow.effectiveFrom, matchedNumberType: cardRow.numberType },
      };
    }
    const learned = pickByNumberType(learnedIndex.get(key) ?? [], query.numberType);
    if (learned) {
      const { sampleCalls, billedSeconds, from, to, numberType } = learned;
      return {
        kind: 'found',
        rate: learned.rate,
        source: { kind: 'learned', sampleCalls, billedSeconds, from, to, matchedNumberType: numberType },
      };
    }
    return UNKNOWN;
  };
}

interface Keyed {
  readonly callKind: CallKind;
  readonly country: string;
  readonly numberType: NumberType | null;
  readonly rate: Rate;
}

function indexBy<T extends Keyed>(rows: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${row.callKind}|${row.country.toUpperCase()}`;
    const list = index.get(key);
    if (list) list.push(row);
    else index.set(key, [row]);
  }
  return index;
}

/** Premium-rate and shared-cost numbers cost more than ordinary ones (§3.4): only a row for that type prices them. */
const SPECIAL_PRICE_TYPES: ReadonlySet<NumberType> = new Set(['premium-rate', 'shared-cost']);

/**
 * Picks the row for a number type: the exact type first. When libphonenumber cannot tell fixed from mobile
 * (North America), the dearer of the two is taken, so an estimate errs high. Then the row for every type, except
 * for special-price numbers.
 * With no type known, the row for every type, else the dearest typed row. Rows arrive newest first, so the first
 * row of a type is the one in effect.
 */
function pickByNumberType<T extends Keyed>(rows: readonly T[], type: NumberType | null): T | undefined {
  const firstOf = (t: NumberType | null): T | undefined => rows.find((r) => r.numberType === t);
  const dearest = (candidates: readonly (T | undefined)[]): T | undefined =>
    candidates.reduce<T | undefined>(
      (best, r) => (r && (!best || r.rate.perMinute.micros > best.rate.perMinute.micros) ? r : best),
      undefined,
    );

  if (type !== null) {
    const exact = firstOf(type);
    if (exact) return exact;
    if (type === 'fixed-line-or-mobile') {
      const either = dearest([firstOf('fixed-line'), firstOf('mobile')]);
      if (either) return either;
    }
    return SPECIAL_PRICE_TYPES.has(type) ? undefined : firstOf(null);
  }
  const untyped = firstOf(null);
  if (untyped) return untyped;
  const typed = [...new Set(rows.map((r) => r.numberType))].map((t) => firstOf(t));
  return dearest(typed);
}
