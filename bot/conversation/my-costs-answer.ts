/**
 * "What did my meetings cost?": the asker's own conferences in the range (default: the last 30 days, in the tenant's
 * time zone), read through the usage API's query service, so the total is exactly GET /api/v1/usage's for the same
 * range (groupBy=conference, the organizer's own rows). Each meeting: minutes by call kind, cost and top countries;
 * calls tied to the organizer only through the conference id are counted and said (domain-facts §1.5).
 */
import { addDays, type CalendarDate, type Money } from '../billing';
import { countriesByCost, emptyMix, mergeMix, REST_OF_COUNTRIES, UNKNOWN_COUNTRY, type ConferenceMix } from '../usage/conference-mix';
import type { UsageAmounts } from '../usage/rollup';
import type { UsageGroup } from '../usage/usage-aggregate';
import { addMonthsToFirst, MAX_RANGE_MONTHS } from '../usage/usage-range';
import { MAX_MEETINGS_SHOWN, type CallKindMinutes, type MeetingCost, type MyCostsAnswer } from './answer-model';
import type { OrganizerContext } from './organizer-context';
import type { UsageReader } from './ports';
import type { DateRange } from './understanding';

export const DEFAULT_COST_DAYS = 30;
/** Countries named per meeting; the rest are "and other countries". */
export const TOP_COUNTRIES_SHOWN = 3;

export async function myCostsAnswer(usage: UsageReader, context: OrganizerContext, asked: DateRange | undefined): Promise<MyCostsAnswer> {
  const range = rangeOf(asked, context.today);
  const outcome = await usage.query({
    tenantId: context.tenantId,
    range: { from: range.from, to: range.to },
    groupBy: 'conference',
    filter: { organizerId: context.organizer.userId.toLowerCase() },
    top: null,
  });
  // The range is built above within the query's limits, so a refusal here is a bug.
  if (!outcome.ok) throw new Error(`usage query refused the range ${range.from}..${range.to}: ${outcome.problem}`);
  const { aggregate, currency, timeZone, freshness } = outcome.answer;
  const money = (micros: bigint): Money => ({ micros, currency });

  const shown = aggregate.groups.slice(0, MAX_MEETINGS_SHOWN);
  const hidden = aggregate.groups.slice(MAX_MEETINGS_SHOWN);
  const all = allMixes(aggregate.groups);
  return {
    kind: 'myCosts',
    organizer: context.organizer,
    range,
    timeZone,
    total: { meetings: aggregate.groupCount, calls: aggregate.totals.calls, seconds: aggregate.totals.seconds, cost: money(costOf(aggregate.totals)) },
    byKind: all ? kindsOf(all) : null,
    meetings: shown.map((group) => meetingCost(group, currency)),
    more:
      hidden.length > 0
        ? {
            meetings: hidden.length,
            seconds: hidden.reduce((s, g) => s + g.amounts.seconds, 0),
            cost: money(hidden.reduce((s, g) => s + costOf(g.amounts), 0n)),
          }
        : null,
    otherCurrencies: aggregate.otherCurrencies.map((o) => ({ micros: costOf(o.amounts), currency: o.currency })),
    inferredCalls: all ? all.inferredCalls : null,
    newestCallAt: freshness.newestCallAt,
  };
}

/** The asked range, or the last 30 days; never longer than the 13 months the usage views keep. */
function rangeOf(asked: DateRange | undefined, today: CalendarDate): MyCostsAnswer['range'] {
  const range: MyCostsAnswer['range'] = asked
    ? { from: asked.from, to: asked.to, label: asked.label, ...(asked.days !== undefined ? { days: asked.days } : {}) }
    : { from: addDays(today, -(DEFAULT_COST_DAYS - 1)), to: today, label: 'last30Days' };
  const earliest = addMonthsToFirst(range.to, -(MAX_RANGE_MONTHS - 1));
  return range.from < earliest ? { ...range, from: earliest } : range;
}

function costOf(amounts: UsageAmounts): bigint {
  return amounts.charge + amounts.connection;
}

function allMixes(groups: readonly UsageGroup[]): ConferenceMix | null {
  const all = emptyMix();
  for (const group of groups) {
    if (!group.mix) return null;
    mergeMix(all, group.mix);
  }
  return all;
}

function kindsOf(mix: ConferenceMix): CallKindMinutes[] {
  return [...mix.byKind]
    .map(([kind, a]) => ({ kind, calls: a.calls, seconds: a.seconds }))
    .sort((a, b) => b.seconds - a.seconds || (a.kind < b.kind ? -1 : 1));
}

function meetingCost(group: UsageGroup, currency: string): MeetingCost {
  const mix = group.mix ?? null;
  const countries = mix ? countriesByCost(mix) : [];
  const named = countries.filter(([country]) => country !== REST_OF_COUNTRIES);
  return {
    conferenceId: group.key ?? '',
    firstCallAt: group.firstCallAt ?? '',
    lastCallAt: group.lastCallAt ?? '',
    calls: group.amounts.calls,
    seconds: group.amounts.seconds,
    cost: { micros: costOf(group.amounts), currency },
    byKind: mix ? kindsOf(mix) : null,
    topCountries: mix
      ? named.slice(0, TOP_COUNTRIES_SHOWN).map(([country, a]) => ({ country: country === UNKNOWN_COUNTRY ? null : country, seconds: a.seconds, cost: { micros: a.cost, currency } }))
      : null,
    moreCountries: named.length > TOP_COUNTRIES_SHOWN || countries.some(([country]) => country === REST_OF_COUNTRIES),
    inferredCalls: mix ? mix.inferredCalls : null,
  };
}
