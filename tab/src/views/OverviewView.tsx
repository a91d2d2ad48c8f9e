import { tokens } from '@fluentui/react-theme';
import type { CreditsResponse } from '../../../bot/api/contracts';
import { shownData, useApiGet } from '../data/useApiGet';
import { AlertsPanel } from '../overview/AlertsPanel';
import { BalancePanel } from '../overview/BalancePanel';
import { BudgetPanel } from '../overview/BudgetPanel';
import { RechargePanel, RunOutPanel } from '../overview/ForecastPanels';
import { MonthPanel } from '../overview/MonthPanel';
import { SyncFailure } from '../overview/SyncFailure';
import { useMonthComparison } from '../overview/useMonthComparison';
import { useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { ApiProblem, LoadingCards } from '../ui/ViewStates';
import { ViewIntro } from './ViewLayout';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(12, minmax(0, 1fr))',
  },
  wide: { gridColumn: 'span 7', '@media (max-width: 960px)': { gridColumn: 'span 12' } },
  side: { gridColumn: 'span 5', '@media (max-width: 960px)': { gridColumn: 'span 12' } },
  third: { gridColumn: 'span 4', '@media (max-width: 960px)': { gridColumn: 'span 12' } },
});

/** The tenant at a glance: the balance (or budget), how current it is, when it runs out, this month, the alerts. */
export function OverviewView() {
  const t = useStrings();
  const styles = useStyles();
  const { resource, reload } = useApiGet<CreditsResponse>('/credits');
  const credits = shownData(resource);
  const month = useMonthComparison(credits);

  return (
    <div
      className={styles.view}
      data-testid="overview"
      data-state={resource.status === 'ready' && (month.comparison || month.failed) ? 'ready' : 'loading'}
    >
      <ViewIntro title="views.overview.title" summary="views.overview.summary" />
      {resource.status === 'error' ? <ApiProblem error={resource.error} onRetry={reload} /> : null}
      {credits ? (
        <>
          <SyncFailure data={credits.data} />
          <div className={styles.grid}>
            {credits.billingModel === 'postpaid' && credits.budget ? (
              <BudgetPanel credits={credits} budget={credits.budget} className={styles.wide} />
            ) : (
              <BalancePanel credits={credits} className={styles.wide} />
            )}
            <AlertsPanel credits={credits} className={styles.side} />
            <RunOutPanel credits={credits} className={styles.third} />
            <RechargePanel credits={credits} className={styles.third} />
            <MonthPanel comparison={month.comparison} failed={month.failed} className={styles.third} />
          </div>
        </>
      ) : resource.status === 'loading' ? (
        <LoadingCards label={t('overview.loading')} count={5} />
      ) : null}
    </div>
  );
}
