/**
 * The usage views' arithmetic over roll-up cells: filter, total, group, top N. Pure; amounts stay exact (micros).
 */
import type { CalendarDate } from '../billing/time';
import type { ConferenceMonthRow } from '../store/usage-rollup-store';
import type { Attribution, UsageCallKind } from './pstn-call';
import { addAmounts, emptyAmounts, type DayRollup, type OrganizerLabel, type RollupCell, type UsageAmounts } from './rollup';
import { decodeMix, emptyMix, mergeMix, type ConferenceMix } from './conference-mix';
import { datesBetween } from './tenant-time';
import { monthsOfRange } from './usage-range';

export const USAGE_GROUP_BYS = ['day', 'month', 'callKind', 'country', 'organizer', 'numberType', 'conference'] as const;
export type UsageGroupBy = (typeof USAGE_GROUP_BYS)[number];

export interface UsageFilter {
  readonly callKinds?: readonly UsageCallKind[];
  /** ISO alpha-2; '' matches rows whose country is unknown. */
  readonly countries?: readonly string[];
  /** Only this organizer's rows (an organizer sees only their own). */
  readonly organizerId?: string;
  readonly ppmOnly?: boolean;
}

export interface UsageGroup {
  /** The group's value: a date, month, call kind, country, number type, organizer id or conference id; null = unknown/unattributed. */
  readonly key: string | null;
  readonly amounts: UsageAmounts;
  readonly organizer?: OrganizerLabel & { id: string | null; attribution: Attribution | 'mixed' };
  readonly firstCallAt?: string;
  readonly lastCallAt?: string;
  /** Conference groups: the calls by kind and country; null when a day's row predates the mix (conference-mix.ts). */
  readonly mix?: ConferenceMix | null;
}

export interface UsageAggregate {
  readonly totals: UsageAmounts;
  readonly groups: UsageGroup[];
  /** Everything past the top N, summed; null when nothing was cut. */
  readonly rest: UsageAmounts | null;
  readonly groupCount: number;
  /** Amounts in currencies other than the one asked for are never mixed in; they are listed here. */
  readonly otherCurrencies: Array<{ currency: string; amounts: UsageAmounts }>;
}

export function cellMatches(cell: RollupCell, filter: UsageFilter): boolean {
  if (filter.ppmOnly && !cell.ppm) return false;
  if (filter.callKinds && filter.callKinds.length > 0 && !filter.callKinds.includes(cell.callKind)) return false;
  if (filter.countries && filter.countries.length > 0 && !filter.countries.includes(cell.country ?? '')) return false;
  if (filter.organizerId !== undefined && cell.organizerId !== filter.organizerId) return false;
  return true;
}

function byCost(a: UsageGroup, b: UsageGroup): number {
  const ca = a.amounts.charge + a.amounts.connection;
  const cb = b.amounts.charge + b.amounts.connection;
  if (ca !== cb) return ca > cb ? -1 : 1;
  if (a.amounts.seconds !== b.amounts.seconds) return b.amounts.seconds - a.amounts.seconds;
  return (a.key ?? '~') < (b.key ?? '~') ? -1 : 1;
}

function topN(groups: UsageGroup[], top: number | null): { groups: UsageGroup[]; rest: UsageAmounts | null } {
  groups.sort(byCost);
  if (top === null || groups.length <= top) return { groups, rest: null };
  const rest = emptyAmounts();
  for (const g of groups.slice(top)) addAmounts(rest, g.amounts);
  return { groups: groups.slice(0, top), rest };
}

function keyOf(groupBy: Exclude<UsageGroupBy, 'conference'>, date: CalendarDate, cell: RollupCell): string | null {
  switch (groupBy) {
    case 'day':
      return date;
    case 'month':
      return date.slice(0, 7);
    case 'callKind':
      return cell.callKind;
    case 'country':
      return cell.country;
    case 'organizer':
      return cell.organizerId;
    case 'numberType':
      return cell.numberType;
  }
}

export function aggregateDays(
  days: readonly DayRollup[],
  query: { from: CalendarDate; to: CalendarDate; groupBy: Exclude<UsageGroupBy, 'conference'>; filter: UsageFilter; top: number | null; currency: string },
): UsageAggregate {
  const totals = emptyAmounts();
  const others = new Map<string, UsageAmounts>();
  const groups = new Map<string | null, { amounts: UsageAmounts; attributions: Set<Attribution> }>();
  const labels = new Map<string, OrganizerLabel>();
  for (const day of days) {
    if (day.date < query.from || day.date > query.to) continue;
    for (const [id, label] of Object.entries(day.organizers)) labels.set(id, label);
    for (const cell of day.cells) {
      if (!cellMatches(cell, query.filter)) continue;
      if (cell.currency !== query.currency) {
        let other = others.get(cell.currency);
        if (!other) others.set(cell.currency, (other = emptyAmounts()));
        addAmounts(other, cell);
        continue;
      }
      addAmounts(totals, cell);
      const key = keyOf(query.groupBy, day.date, cell);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { amounts: emptyAmounts(), attributions: new Set() }));
      addAmounts(group.amounts, cell);
      group.attributions.add(cell.attribution);
    }
  }
  let list: UsageGroup[] = [...groups].map(([key, g]) => {
    if (query.groupBy !== 'organizer') return { key, amounts: g.amounts };
    const label = key === null ? { upn: null, name: null } : (labels.get(key) ?? { upn: null, name: null });
    const attribution: Attribution | 'mixed' = g.attributions.size === 1 ? [...g.attributions][0]! : 'mixed';
    return { key, amounts: g.amounts, organizer: { id: key, ...label, attribution } };
  });
  let rest: UsageAmounts | null = null;
  if (query.groupBy === 'day' || query.groupBy === 'month') {
    // Charts want every period, including the quiet ones.
    const keys = query.groupBy === 'day' ? datesBetween(query.from, query.to) : monthsOfRange(query.from, query.to);
    const byKey = new Map(list.map((g) => [g.key, g]));
    list = keys.map((key) => byKey.get(key) ?? { key, amounts: emptyAmounts() });
  } else {
    ({ groups: list, rest } = topN(list, query.top));
  }
  return {
    totals,
    groups: list,
    rest,
    groupCount: groups.size,
    otherCurrencies: [...others].map(([currency, amounts]) => ({ currency, amounts })),
  };
}

/** Conferences in range: the per-day entries of the month rows that fall in [from, to]. Call kind and country do not apply. */
/** The days' mixes merged; null when some day has none (written before mixes were kept). */
function mergedMix(dayMixes: readonly unknown[]): ConferenceMix | null {
  const mix = emptyMix();
  for (const json of dayMixes) {
    const day = decodeMix(json);
    if (!day) return null;
    mergeMix(mix, day);
  }
  return mix;
}

export function aggregateConferences(
  rows: readonly ConferenceMonthRow[],
  query: { from: CalendarDate; to: CalendarDate; filter: UsageFilter; top: number | null; currency: string },
): UsageAggregate {
  const totals = emptyAmounts();
  const others = new Map<string, UsageAmounts>();
  // Each conference's day mixes are kept as stored and merged only for the groups shown: a 13-month view has tens of
  // thousands of conferences and shows ten.
  const merged = new Map<string, { row: ConferenceMonthRow; amounts: UsageAmounts; first: number; last: number; dayMixes: unknown[] }>();
  for (const row of rows) {
    if (query.filter.organizerId !== undefined && row.organizerId !== query.filter.organizerId) continue;
    for (const [date, d] of Object.entries(row.days)) {
      if (date < query.from || date > query.to) continue;
      if (query.filter.organizerId !== undefined && d[7] !== query.filter.organizerId) continue;
      const amounts: UsageAmounts = { calls: d[0], seconds: d[1], charge: BigInt(d[2]), connection: BigInt(d[3]), credit: BigInt(d[4]) };
      if (row.currency !== query.currency) {
        let other = others.get(row.currency);
        if (!other) others.set(row.currency, (other = emptyAmounts()));
        addAmounts(other, amounts);
        continue;
      }
      addAmounts(totals, amounts);
      let m = merged.get(row.conferenceId);
      if (!m) merged.set(row.conferenceId, (m = { row, amounts: emptyAmounts(), first: d[5], last: d[6], dayMixes: [] }));
      addAmounts(m.amounts, amounts);
      m.dayMixes.push(d[9]);
      m.first = Math.min(m.first, d[5]);
      m.last = Math.max(m.last, d[6]);
    }
  }
  const dayMixesOf = new Map<UsageGroup, unknown[]>();
  const list: UsageGroup[] = [...merged.values()].map((m) => {
    const group: UsageGroup = {
      key: m.row.conferenceId,
      amounts: m.amounts,
      organizer: { id: m.row.organizerId, upn: m.row.organizerUpn, name: m.row.organizerName, attribution: m.row.attribution },
      firstCallAt: new Date(m.first).toISOString(),
      lastCallAt: new Date(m.last).toISOString(),
      mix: null,
    };
    dayMixesOf.set(group, m.dayMixes);
    return group;
  });
  const { groups: shown, rest } = topN(list, query.top);
  const groups = shown.map((g) => ({ ...g, mix: mergedMix(dayMixesOf.get(g) ?? []) }));
  return { totals, groups, rest, groupCount: merged.size, otherCurrencies: [...others].map(([currency, amounts]) => ({ currency, amounts })) };
}
