/**
 * Answers the tab's usage questions from the roll-ups (never raw rows): totals and minutes by day, month, call kind,
 * country, number type, organizer or conference, for any range up to 13 months, the top N, and month-to-date.
 */
import type { Clock } from '../clock';
import type { TenantSettingsStore } from '../store/tenant-settings';
import type { ConferenceMonthRow, UsageRollupStore } from '../store/usage-rollup-store';
import { firstDayOfMonth, lastDayOfMonth, type CalendarDate } from '../billing/time';
import type { ChargeFeed, UsageFreshness } from './charge-feed';
import { addAmounts, emptyAmounts, type DayRollup, type UsageAmounts } from './rollup';
import { decodeDayRollup } from './rollup-doc';
import { localDateOfMs } from './tenant-time';
import { aggregateConferences, aggregateDays, cellMatches, type UsageAggregate, type UsageFilter, type UsageGroupBy } from './usage-aggregate';
import { monthsOfRange, resolveUsageRange, type RangeProblem, type UsagePreset } from './usage-range';
import { readUsageSettings } from './usage-settings';

export interface UsageQueryRequest {
  readonly tenantId: string;
  readonly range: { preset?: string; from?: string; to?: string };
  readonly groupBy: UsageGroupBy;
  readonly filter: UsageFilter;
  readonly top: number | null;
}

export interface UsageQueryAnswer {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly preset: UsagePreset | null;
  readonly timeZone: string;
  readonly currency: string;
  readonly groupBy: UsageGroupBy;
  readonly aggregate: UsageAggregate;
  readonly monthToDate: { from: CalendarDate; to: CalendarDate; amounts: UsageAmounts };
  readonly freshness: UsageFreshness;
}

export type UsageQueryOutcome = { ok: true; answer: UsageQueryAnswer } | { ok: false; problem: RangeProblem };

export class UsageQueryService {
  constructor(private readonly deps: { rollups: UsageRollupStore; settings: TenantSettingsStore; feed: ChargeFeed; clock: Clock }) {}

  async query(request: UsageQueryRequest): Promise<UsageQueryOutcome> {
    const settings = await readUsageSettings(this.deps.settings, request.tenantId);
    const today = localDateOfMs(this.deps.clock.now().getTime(), settings.timeZone);
    const range = resolveUsageRange(request.range, today);
    if (!range.ok) return range;
    const { from, to } = range;
    const mtdFrom = firstDayOfMonth(today);
    const readFrom = from < mtdFrom ? from : mtdFrom;
    const readTo = to > today ? to : today;
    // One read covers the range and month-to-date when they overlap (the usual case); otherwise two.
    const overlapping = !(to < mtdFrom || from > today);
    const [days, mtdDays, conferences, freshness] = await Promise.all([
      this.readDays(request.tenantId, overlapping ? readFrom : from, overlapping ? readTo : to),
      overlapping ? Promise.resolve(null) : this.readDays(request.tenantId, mtdFrom, today),
      request.groupBy === 'conference' ? this.readConferences(request.tenantId, from, to) : Promise.resolve([]),
      this.deps.feed.freshness(request.tenantId),
    ]);
    const query = { from, to, filter: request.filter, top: request.top, currency: settings.currency };
    const aggregate = request.groupBy === 'conference' ? aggregateConferences(conferences, query) : aggregateDays(days, { ...query, groupBy: request.groupBy });
    const mtd = emptyAmounts();
    for (const day of mtdDays ?? days) {
      if (day.date < mtdFrom || day.date > today) continue;
      for (const cell of day.cells) if (cell.currency === settings.currency && cellMatches(cell, request.filter)) addAmounts(mtd, cell);
    }
    return {
      ok: true,
      answer: {
        from,
        to,
        preset: range.preset,
        timeZone: settings.timeZone,
        currency: settings.currency,
        groupBy: request.groupBy,
        aggregate,
        monthToDate: { from: mtdFrom, to: today, amounts: mtd },
        freshness,
      },
    };
  }

  private async readDays(tenantId: string, from: CalendarDate, to: CalendarDate): Promise<DayRollup[]> {
    const docs = await this.deps.rollups.readDays(tenantId, monthsOfRange(from, to), from, to);
    return docs.map((d) => decodeDayRollup(d.json));
  }

  /** Months wholly inside the range need only their totals; the first and last month need their days. */
  private async readConferences(tenantId: string, from: CalendarDate, to: CalendarDate): Promise<ConferenceMonthRow[]> {
    const months = await Promise.all(
      monthsOfRange(from, to).map(async (m) => {
        const whole = from <= `${m}-01` && to >= lastDayOfMonth(`${m}-01`);
        return whole ? this.deps.rollups.readConferenceTotals(tenantId, m) : [...(await this.deps.rollups.readConferences(tenantId, m)).values()];
      }),
    );
    return months.flat();
  }
}
