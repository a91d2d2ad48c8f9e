import { MessageBar, MessageBarBody } from '@fluentui/react-message-bar';
import { Body1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { GlobeRegular, PeopleRegular, VideoRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { UsageResponse } from '../../../bot/api/contracts';
import { shownData, useApiGet, type ApiGet } from '../data/useApiGet';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';
import { ApiProblem, LoadingCards } from '../ui/ViewStates';
import { CHART_SERIES } from '../usage/chartModel';
import { todayIn } from '../usage/dateRanges';
import { FilterBar } from '../usage/FilterBar';
import { RangePicker, type RangeChoice } from '../usage/RangePicker';
import { TopList, type TopItem } from '../usage/TopList';
import { useUsageNames } from '../usage/usageNames';
import { filtersActive, NO_FILTERS, usagePath, type UsageFilters } from '../usage/usageQuery';
import { UsageTablePanel } from '../usage/UsageTablePanel';
import { UsageTotals } from '../usage/UsageTotals';
import type { TableDimension } from '../usage/usageTable';
import { ViewIntro } from './ViewLayout';

/** The charts are their own chunk, fetched after the rest of the view. */
const UsageCharts = lazy(() => import('../usage/UsageCharts.js').then((m) => ({ default: m.UsageCharts })));

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tops: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  chartsLoading: { minHeight: '320px' },
});

const TOP_SHOWN = 5;

function topItems(answer: UsageResponse | null, label: (g: UsageResponse['groups'][number]) => string, secondary?: (g: UsageResponse['groups'][number]) => string | undefined): TopItem[] {
  return (answer?.groups ?? []).slice(0, TOP_SHOWN).map((g, i) => ({
    id: g.key ?? `none-${i}`,
    label: label(g),
    secondary: secondary?.(g),
    total: g.figures.total,
    calls: g.figures.calls,
    minutes: g.figures.minutes,
  }));
}

const errorOf = (...gets: ApiGet<unknown>[]) => gets.find((g) => g.resource.status === 'error');

/** What a part shows before it has an answer of its own. */
function statusOf(get: ApiGet<unknown>): 'loading' | 'failed' | 'ready' {
  if (shownData(get.resource) !== null) return 'ready';
  return get.resource.status === 'error' ? 'failed' : get.resource.status === 'loading' ? 'loading' : 'ready';
}

/** Where the money goes: spend and minutes by day and call kind, the top places, people and meetings, and a table. */
export function UsageView() {
  const t = useStrings();
  const { me, format } = useSession();
  const styles = useStyles();
  const names = useUsageNames();
  const [range, setRange] = useState<RangeChoice>({ kind: 'preset', preset: '28d' });
  const [filters, setFilters] = useState<UsageFilters>(NO_FILTERS);
  const [dimension, setDimension] = useState<TableDimension>('day');
  const today = useMemo(() => todayIn(me.timeZone, new Date()), [me.timeZone]);

  // Hooks in a fixed order: one per chart series, then the facets, the meetings and the table.
  const s0 = useApiGet<UsageResponse>(usagePath({ range, groupBy: 'day', filters, onlyKinds: CHART_SERIES[0].kinds }));
  const s1 = useApiGet<UsageResponse>(usagePath({ range, groupBy: 'day', filters, onlyKinds: CHART_SERIES[1].kinds }));
  const s2 = useApiGet<UsageResponse>(usagePath({ range, groupBy: 'day', filters, onlyKinds: CHART_SERIES[2].kinds }));
  const s3 = useApiGet<UsageResponse>(usagePath({ range, groupBy: 'day', filters, onlyKinds: CHART_SERIES[3].kinds }));
  const countries = useApiGet<UsageResponse>(usagePath({ range, groupBy: 'country', filters: { ...filters, country: null }, top: 100 }));
  const organizers = useApiGet<UsageResponse>(usagePath({ range, groupBy: 'organizer', filters: { ...filters, organizer: null }, top: 100 }));
  const conferences = useApiGet<UsageResponse>(usagePath({ range, groupBy: 'conference', filters, top: TOP_SHOWN }));
  const table = useApiGet<UsageResponse>(usagePath({ range, groupBy: dimension, filters, top: 100 }));

  const seriesGets = [s0, s1, s2, s3];
  const series = seriesGets.map((g) => (g.resource.status === 'idle' ? null : shownData(g.resource)));
  const seriesReady = seriesGets.every((g) => g.resource.status !== 'loading' || shownData(g.resource) !== null);
  const seriesRefreshing = seriesGets.some((g) => g.resource.status === 'loading');
  const tableAnswer = shownData(table.resource);
  const failed = errorOf(s0, s1, s2, s3, countries, organizers, conferences, table);
  const chartRange = series.find((s) => s !== null)?.range ?? tableAnswer?.range ?? null;
  const otherCurrencies = tableAnswer?.otherCurrencies ?? [];

  // Every part has answered (or was not asked): tests and screenshots wait for this.
  const settled = [s0, s1, s2, s3, countries, organizers, conferences, table].every((g) => g.resource.status === 'ready' || g.resource.status === 'idle');
  const countryAnswer = shownData(countries.resource);
  const organizerAnswer = shownData(organizers.resource);
  const conferenceAnswer = shownData(conferences.resource);

  return (
    <div className={styles.view} data-testid="usage" data-state={settled ? 'ready' : 'loading'}>
      <ViewIntro title="views.usage.title" summary="views.usage.summary" />
      <div className={styles.controls}>
        <RangePicker value={range} today={today} onChange={setRange} />
        <FilterBar filters={filters} onChange={setFilters} countries={countryAnswer} organizers={organizerAnswer} />
      </div>
      {failed && failed.resource.status === 'error' ? (
        <ApiProblem
          error={failed.resource.error}
          onRetry={() => [s0, s1, s2, s3, countries, organizers, conferences, table].forEach((g) => g.resource.status === 'error' && g.reload())}
        />
      ) : null}
      {otherCurrencies.length > 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('usage.otherCurrencies', {
              amounts: otherCurrencies.map((o) => format.money(o.figures.total.amount, o.figures.total.currency)).join(', '),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {tableAnswer ? <UsageTotals answer={tableAnswer} /> : table.resource.status === 'loading' ? <LoadingCards label={t('usage.loading')} count={4} /> : null}
      {tableAnswer && tableAnswer.totals.calls === 0 && !filtersActive(filters) ? (
        <Panel title={t('usage.emptyTitle')}>
          <Body1 as="p" style={{ margin: 0 }}>
            {t('usage.empty')}
          </Body1>
        </Panel>
      ) : null}
      {seriesReady && chartRange ? (
        <Suspense fallback={<LoadingCards label={t('usage.charts.loading')} count={2} />}>
          <UsageCharts series={series} range={chartRange} refreshing={seriesRefreshing} />
        </Suspense>
      ) : seriesRefreshing ? (
        <LoadingCards label={t('usage.charts.loading')} count={2} />
      ) : null}
      <div className={styles.tops}>
        <TopList
          title={t('usage.top.countries')}
          icon={<GlobeRegular />}
          items={topItems(countryAnswer, (g) => names.country(g.key))}
          more={Math.max(0, (countryAnswer?.groupCount ?? 0) - TOP_SHOWN)}
          status={statusOf(countries)}
          testId="top-countries"
        />
        <TopList
          title={t('usage.top.organizers')}
          icon={<PeopleRegular />}
          items={topItems(organizerAnswer, (g) => names.organizer(g), (g) => g.organizer?.userPrincipalName ?? undefined)}
          more={Math.max(0, (organizerAnswer?.groupCount ?? 0) - TOP_SHOWN)}
          status={statusOf(organizers)}
          testId="top-organizers"
        />
        <TopList
          title={t('usage.top.conferences')}
          icon={<VideoRegular />}
          items={topItems(
            conferenceAnswer,
            (g) => names.conference(g),
            (g) => g.organizer?.displayName ?? g.organizer?.userPrincipalName ?? t('usage.names.unattributed'),
          )}
          more={Math.max(0, (conferenceAnswer?.groupCount ?? 0) - TOP_SHOWN)}
          note={conferenceAnswer && conferenceAnswer.ignoredFilters.length > 0 ? t('usage.top.ignoredFilters') : undefined}
          status={statusOf(conferences)}
          testId="top-conferences"
        />
      </div>
      <UsageTablePanel
        dimension={dimension}
        onDimensionChange={setDimension}
        answer={tableAnswer}
        refreshing={table.resource.status === 'loading'}
        failed={table.resource.status === 'error'}
      />
    </div>
  );
}
