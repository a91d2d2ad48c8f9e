/**
 * Spend and minutes by day, stacked by call kind, from one usage answer per series (the API groups by one dimension,
 * so each kind is asked for on its own). Pure: formatting is passed in. Money is added exactly; floats only size bars.
 */
import type { UsageCallKindJson, UsageResponse } from '../../../bot/api/contracts';
import type { ChartColumn } from '../charts/StackedBarChart';
import { addDecimals, compareDecimals, decimalToNumber } from '../money/decimal';
import { OTHER_KINDS } from './usageQuery';

export const CHART_SERIES = [
  { id: 'dial-in-toll', kinds: ['dial-in-toll'] },
  { id: 'dial-in-toll-free', kinds: ['dial-in-toll-free'] },
  { id: 'dial-out', kinds: ['dial-out'] },
  { id: 'other', kinds: OTHER_KINDS },
] as const satisfies ReadonlyArray<{ id: string; kinds: readonly UsageCallKindJson[] }>;

export type ChartSeriesId = (typeof CHART_SERIES)[number]['id'];
export type ChartMetric = 'spend' | 'minutes';

export interface ChartFormat {
  money(amount: string): string;
  minutes(value: number): string;
  /** Axis label for a day; '' leaves the day unlabelled. */
  axisLabel(day: string, index: number, days: readonly string[]): string;
  dayLabel(day: string): string;
}

export interface StackedDays {
  columns: ChartColumn[];
  /** Exact total over the range, formatted. */
  total: string;
  /** The day with the most, or null when there is nothing. */
  peak: { day: string; amount: string } | null;
}

/** Seconds to minutes with two decimals, as the API counts them. */
function minutesOf(seconds: number): number {
  return Math.round((seconds / 60) * 100) / 100;
}

export function stackDays(series: ReadonlyArray<UsageResponse | null>, metric: ChartMetric, format: ChartFormat): StackedDays {
  const days = series.find((s): s is UsageResponse => s !== null)?.groups.map((g) => g.key ?? '') ?? [];
  const byDay = series.map((s) => new Map((s?.groups ?? []).map((g) => [g.key ?? '', g.figures])));
  const figuresOn = (day: string) => byDay.map((m) => m.get(day) ?? null);

  if (metric === 'spend') {
    const totals: string[] = [];
    const columns = days.map((day, index): ChartColumn => {
      const amounts = figuresOn(day).map((f) => f?.total.amount ?? '0');
      const total = addDecimals(amounts);
      totals.push(total);
      return {
        id: day,
        axisLabel: format.axisLabel(day, index, days),
        label: format.dayLabel(day),
        values: amounts.map(decimalToNumber),
        display: amounts.map((a) => format.money(a)),
        totalDisplay: format.money(total),
      };
    });
    let peak = -1;
    totals.forEach((total, i) => {
      if (compareDecimals(total, '0') > 0 && (peak < 0 || compareDecimals(total, totals[peak] ?? '0') > 0)) peak = i;
    });
    return {
      columns,
      total: format.money(addDecimals(totals)),
      peak: peak < 0 ? null : { day: format.dayLabel(days[peak] ?? ''), amount: format.money(totals[peak] ?? '0') },
    };
  }

  const daySeconds: number[] = [];
  const columns = days.map((day, index): ChartColumn => {
    const seconds = figuresOn(day).map((f) => f?.seconds ?? 0);
    const minutes = seconds.map(minutesOf);
    const total = seconds.reduce((a, b) => a + b, 0);
    daySeconds.push(total);
    return {
      id: day,
      axisLabel: format.axisLabel(day, index, days),
      label: format.dayLabel(day),
      values: minutes,
      display: minutes.map((m) => format.minutes(m)),
      totalDisplay: format.minutes(minutesOf(total)),
    };
  });
  const peakSeconds = Math.max(0, ...daySeconds);
  const peak = peakSeconds > 0 ? daySeconds.indexOf(peakSeconds) : -1;
  return {
    columns,
    total: format.minutes(minutesOf(daySeconds.reduce((a, b) => a + b, 0))),
    peak: peak < 0 ? null : { day: format.dayLabel(days[peak] ?? ''), amount: format.minutes(minutesOf(peakSeconds)) },
  };
}
