import { Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { useMemo, useState } from 'react';
import type { EligibilityResponse, UsageResponse } from '../../../bot/api/contracts';
import { shownData, useApiGet } from '../data/useApiGet';
import { CoveragePanel } from '../meetings/CoveragePanel';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { ApiProblem, LoadingCards } from '../ui/ViewStates';
import { todayIn } from '../usage/dateRanges';
import { RangePicker, type RangeChoice } from '../usage/RangePicker';
import { NO_FILTERS, usagePath } from '../usage/usageQuery';
import { UsageTablePanel } from '../usage/UsageTablePanel';
import { UsageTotals } from '../usage/UsageTotals';
import type { TableDimension } from '../usage/usageTable';
import { ViewIntro } from './ViewLayout';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  scope: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const OWN_DIMENSIONS: readonly TableDimension[] = ['conference', 'day', 'callKind', 'country'];

/**
 * An organizer's own costs, as the bot tells them, and whether their meetings are covered. The API scopes /usage to the
 * caller's own rows for organizers; admins and readers who open this view are filtered to themselves explicitly.
 */
export function MyMeetingsView() {
  const t = useStrings();
  const { me } = useSession();
  const styles = useStyles();
  const [range, setRange] = useState<RangeChoice>({ kind: 'preset', preset: 'month' });
  const [dimension, setDimension] = useState<TableDimension>('conference');
  const today = useMemo(() => todayIn(me.timeZone, new Date()), [me.timeZone]);
  const filters = useMemo(() => ({ ...NO_FILTERS, organizer: me.userId }), [me.userId]);
  const usage = useApiGet<UsageResponse>(usagePath({ range, groupBy: dimension, filters, top: 100 }));
  const answer = shownData(usage.resource);
  const eligibility = useApiGet<EligibilityResponse>('/eligibility');
  const ready = usage.resource.status === 'ready' && eligibility.resource.status === 'ready';

  return (
    <div className={styles.view} data-testid="my-meetings" data-state={ready ? 'ready' : 'loading'}>
      <ViewIntro title="views.myMeetings.title" summary="views.myMeetings.summary" />
      <CoveragePanel eligibility={eligibility} />
      <RangePicker value={range} today={today} onChange={setRange} />
      {usage.resource.status === 'error' ? <ApiProblem error={usage.resource.error} onRetry={usage.reload} /> : null}
      {answer ? <UsageTotals answer={answer} /> : usage.resource.status === 'loading' ? <LoadingCards label={t('meetings.loading')} count={4} /> : null}
      <UsageTablePanel
        dimensions={OWN_DIMENSIONS}
        dimension={dimension}
        onDimensionChange={setDimension}
        answer={answer}
        refreshing={usage.resource.status === 'loading'}
        failed={usage.resource.status === 'error'}
      />
      <Caption1 as="p" className={styles.scope}>
        {t('meetings.scope')}
      </Caption1>
    </div>
  );
}
