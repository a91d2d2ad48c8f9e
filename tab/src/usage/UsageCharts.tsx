import { Spinner } from '@fluentui/react-spinner';
import { tokens } from '@fluentui/react-theme';
import { DataBarVerticalRegular, TimerRegular } from '@fluentui/react-icons';
import type { UsageResponse } from '../../../bot/api/contracts';
import { StackedBarChart, type ChartSeries } from '../charts/StackedBarChart';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';
import { CHART_SERIES, stackDays, type ChartFormat, type ChartMetric, type ChartSeriesId } from './chartModel';
import { daysInRange } from './dateRanges';

/** One colour and one pattern per call kind, from the theme, so light, dark and high contrast all work. */
const SERIES_STYLE: Record<ChartSeriesId, Pick<ChartSeries, 'color' | 'pattern'>> = {
  'dial-in-toll': { color: tokens.colorPaletteBlueBorderActive, pattern: 'solid' },
  'dial-in-toll-free': { color: tokens.colorPaletteTealBorderActive, pattern: 'stripes' },
  'dial-out': { color: tokens.colorPaletteDarkOrangeBorderActive, pattern: 'dots' },
  other: { color: tokens.colorPaletteGrapeBorderActive, pattern: 'crosshatch' },
};

const useStyles = makeStyles({
  charts: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  busy: { position: 'relative' },
  spinner: { position: 'absolute', top: tokens.spacingVerticalL, right: tokens.spacingHorizontalXL },
});

export interface UsageChartsProps {
  /** One answer per CHART_SERIES entry (grouped by day); null for a series the filter leaves out. */
  series: ReadonlyArray<UsageResponse | null>;
  range: { from: string; to: string };
  refreshing: boolean;
}

/** Spend and minutes by day, stacked by call kind. Its own chunk: the rest of the usage view renders without it. */
export function UsageCharts({ series, range, refreshing }: UsageChartsProps) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useStyles();
  const long = daysInRange(range) > 62;
  const chartFormat: ChartFormat = {
    money: (amount) => format.money(amount),
    minutes: (value) => format.number(value, 0),
    dayLabel: (day) => format.calendarDate(day, 'long'),
    // Long ranges label month starts; short ones every day that fits.
    axisLabel: (day, index) => (!long ? format.dayShort(day) : day.endsWith('-01') || index === 0 ? format.month(day, 'short') : ''),
  };
  const shown = CHART_SERIES.map((s, i) => ({ s, i })).filter(({ i }) => series[i] !== null);
  const chartSeries: ChartSeries[] = shown.map(({ s }) => ({ id: s.id, label: t(`usage.kinds.${s.id}`), ...SERIES_STYLE[s.id] }));
  const answers = shown.map(({ i }) => series[i] ?? null);
  const from = format.calendarDate(range.from);
  const to = format.calendarDate(range.to);

  const chart = (metric: ChartMetric) => {
    const stacked = stackDays(answers, metric, chartFormat);
    const title = t(metric === 'spend' ? 'usage.charts.spendTitle' : 'usage.charts.minutesTitle');
    const summary = stacked.peak
      ? t(metric === 'spend' ? 'usage.charts.spendSummary' : 'usage.charts.minutesSummary', {
          from,
          to,
          total: stacked.total,
          day: stacked.peak.day,
          amount: stacked.peak.amount,
        })
      : t('usage.charts.emptySummary', { from, to });
    return (
      <Panel
        title={title}
        icon={metric === 'spend' ? <DataBarVerticalRegular /> : <TimerRegular />}
        className={styles.busy}
        testId={`chart-${metric}`}
        actions={refreshing ? <Spinner size="extra-tiny" aria-label={t('common.refreshing')} /> : undefined}
      >
        <StackedBarChart
          title={title}
          summary={summary}
          series={chartSeries}
          columns={stacked.columns}
          formatTick={(value) => (metric === 'spend' ? format.moneyCompact(value) : format.number(value, 1))}
          periodHeader={t('usage.charts.day')}
          totalHeader={t('usage.charts.total')}
          showTableLabel={t('usage.charts.showTable')}
          hideTableLabel={t('usage.charts.hideTable')}
          testId={`chart-${metric}-svg`}
        />
      </Panel>
    );
  };

  return (
    <div className={styles.charts}>
      {chart('spend')}
      {chart('minutes')}
    </div>
  );
}
