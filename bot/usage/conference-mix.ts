/**
 * What a meeting's calls were made of, kept beside its per-day totals in usageByConference: calls, seconds and cost
 * by call kind, seconds and cost by country (the top few, the rest summed), and how many calls were tied to the
 * organizer only through the conference id (dial-in rows may not name the organizer: domain-facts §1.5). The bot's
 * "what did my meetings cost" reads it; the totals stay the conference row's own.
 *
 * Stored as JSON inside the row's `days` string, so amounts are decimal strings of micros and countries are capped:
 * a recurring bridge with one conference id must stay well under Table Storage's 64 KiB per string.
 */
import type { UsageCallKind } from './pstn-call';

/** Per conference-day: the countries beyond this many (by cost, then seconds) are summed under REST_OF_COUNTRIES. */
export const MAX_MIX_COUNTRIES = 6;
export const REST_OF_COUNTRIES = '*';
/** The key of calls whose country is unknown. */
export const UNKNOWN_COUNTRY = '';

/** [calls, seconds, cost micros as a decimal string] */
export type MixKindJson = [number, number, string];
/** [seconds, cost micros as a decimal string] */
export type MixCountryJson = [number, string];

export interface ConferenceMixJson {
  /** By call kind. */
  readonly k: Record<string, MixKindJson>;
  /** By ISO country ('' unknown, '*' the rest). */
  readonly c: Record<string, MixCountryJson>;
  /** Calls whose row did not name the organizer: attributed through the conference id. */
  readonly i: number;
}

export interface MixAmounts {
  calls: number;
  seconds: number;
  /** Charge + connection charge, micros. */
  cost: bigint;
}

/** The decoded mix, summed over any number of conference-days. */
export interface ConferenceMix {
  readonly byKind: Map<UsageCallKind, MixAmounts>;
  /** Country → seconds and cost; REST_OF_COUNTRIES holds what single days did not list. */
  readonly byCountry: Map<string, { seconds: number; cost: bigint }>;
  inferredCalls: number;
}

export interface MixCall {
  readonly callKind: UsageCallKind;
  readonly country: string | null;
  readonly seconds: number;
  readonly cost: bigint;
  readonly inferred: boolean;
}

export function emptyMix(): ConferenceMix {
  return { byKind: new Map(), byCountry: new Map(), inferredCalls: 0 };
}

export function addCallToMix(mix: ConferenceMix, call: MixCall): void {
  const kind = mix.byKind.get(call.callKind) ?? { calls: 0, seconds: 0, cost: 0n };
  kind.calls += 1;
  kind.seconds += call.seconds;
  kind.cost += call.cost;
  mix.byKind.set(call.callKind, kind);
  addCountry(mix, call.country ?? UNKNOWN_COUNTRY, call.seconds, call.cost);
  if (call.inferred) mix.inferredCalls += 1;
}

function addCountry(mix: ConferenceMix, country: string, seconds: number, cost: bigint): void {
  const entry = mix.byCountry.get(country) ?? { seconds: 0, cost: 0n };
  entry.seconds += seconds;
  entry.cost += cost;
  mix.byCountry.set(country, entry);
}

export function mergeMix(into: ConferenceMix, from: ConferenceMix): void {
  for (const [kind, a] of from.byKind) {
    const target = into.byKind.get(kind) ?? { calls: 0, seconds: 0, cost: 0n };
    target.calls += a.calls;
    target.seconds += a.seconds;
    target.cost += a.cost;
    into.byKind.set(kind, target);
  }
  for (const [country, a] of from.byCountry) addCountry(into, country, a.seconds, a.cost);
  into.inferredCalls += from.inferredCalls;
}

/** Countries by cost, then seconds, then code: the order "top countries" are shown in. */
export function countriesByCost(mix: ConferenceMix): Array<[string, { seconds: number; cost: bigint }]> {
  return [...mix.byCountry].sort(
    ([ca, a], [cb, b]) => (a.cost !== b.cost ? (a.cost > b.cost ? -1 : 1) : b.seconds - a.seconds || (ca < cb ? -1 : ca > cb ? 1 : 0)),
  );
}

export function encodeMix(mix: ConferenceMix): ConferenceMixJson {
  const k: Record<string, MixKindJson> = {};
  for (const [kind, a] of [...mix.byKind].sort(([x], [y]) => (x < y ? -1 : 1))) k[kind] = [a.calls, a.seconds, a.cost.toString()];
  const c: Record<string, MixCountryJson> = {};
  const ranked = countriesByCost(mix).filter(([country]) => country !== REST_OF_COUNTRIES);
  const rest = { seconds: mix.byCountry.get(REST_OF_COUNTRIES)?.seconds ?? 0, cost: mix.byCountry.get(REST_OF_COUNTRIES)?.cost ?? 0n };
  ranked.forEach(([country, a], index) => {
    if (index < MAX_MIX_COUNTRIES) c[country] = [a.seconds, a.cost.toString()];
    else {
      rest.seconds += a.seconds;
      rest.cost += a.cost;
    }
  });
  if (rest.seconds > 0 || rest.cost !== 0n) c[REST_OF_COUNTRIES] = [rest.seconds, rest.cost.toString()];
  return { k, c, i: mix.inferredCalls };
}

/** null when the stored value is not a mix (rows written before mixes were kept): the breakdown is then unknown. */
export function decodeMix(json: unknown): ConferenceMix | null {
  if (typeof json !== 'object' || json === null) return null;
  const { k, c, i } = json as Partial<ConferenceMixJson>;
  if (typeof k !== 'object' || k === null || typeof c !== 'object' || c === null || typeof i !== 'number') return null;
  const mix = emptyMix();
  for (const [kind, [calls, seconds, cost]] of Object.entries(k)) mix.byKind.set(kind as UsageCallKind, { calls, seconds, cost: BigInt(cost) });
  for (const [country, [seconds, cost]] of Object.entries(c)) mix.byCountry.set(country, { seconds, cost: BigInt(cost) });
  mix.inferredCalls = i;
  return mix;
}
