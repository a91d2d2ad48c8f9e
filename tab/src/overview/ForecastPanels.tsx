import { Body1, Caption1 } from '@fluentui/react-text';
import { ArrowSyncRegular, CalendarLtrRegular } from '@fluentui/react-icons';
import type { CreditsResponse, ProjectedDateJson } from '../../../bot/api/contracts';
import { daysInRange } from '../usage/dateRanges';
import { useSession, useStrings } from '../shell/shellContext';
import { Panel } from '../ui/Panel';
import { useOverviewStyles } from './overviewStyles';

type Forecast = CreditsResponse['forecast'];

function RunRate({ forecast }: { forecast: Forecast }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useOverviewStyles();
  if (forecast.runRate.kind === 'no-history') return null;
  return (
    <Caption1 as="p" className={styles.muted}>
      {t('overview.runOut.basis', {
        perDay: format.money(forecast.runRate.perDay.amount, forecast.runRate.perDay.currency),
        days: format.number(forecast.runRate.historyDays, 0),
      })}
    </Caption1>
  );
}

/** The projected date, big, with how far away it is; or why there is none. */
function ProjectedDate({
  projected,
  today,
  testId,
  notWithin,
  notApplicable,
}: {
  projected: ProjectedDateJson;
  today: string;
  testId: string;
  notWithin: string;
  notApplicable: string;
}) {
  const { format } = useSession();
  const styles = useOverviewStyles();
  if (projected.kind === 'date') {
    return (
      <div>
        <p className={styles.figureMedium} data-testid={testId}>
          {format.calendarDate(projected.date, 'long')}
        </p>
        <Body1 as="p" className={styles.muted}>
          {format.inDays(daysInRange({ from: today, to: projected.date }) - 1)}
        </Body1>
      </div>
    );
  }
  return (
    <Body1 as="p" className={styles.text} data-testid={testId}>
      {projected.kind === 'not-within-horizon' ? notWithin : notApplicable}
    </Body1>
  );
}

export function RunOutPanel({ credits, className }: { credits: CreditsResponse; className?: string }) {
  const t = useStrings();
  const { forecast } = credits;
  const runOut = forecast.runOut;
  const notApplicable =
    credits.billingModel === 'postpaid'
      ? t('overview.runOut.postpaid')
      : runOut.kind === 'not-applicable' && runOut.why === 'no-balance'
        ? t('overview.runOut.noBalance')
        : t('overview.runOut.noHistory');
  return (
    <Panel title={t('overview.runOut.heading')} icon={<CalendarLtrRegular />} testId="run-out-panel" className={className}>
      <ProjectedDate
        projected={runOut}
        today={credits.today}
        testId="run-out-date"
        notWithin={t('overview.runOut.notWithin', { days: runOut.kind === 'not-within-horizon' ? runOut.horizonDays : 0 })}
        notApplicable={notApplicable}
      />
      <RunRate forecast={forecast} />
    </Panel>
  );
}

export function RechargePanel({ credits, className }: { credits: CreditsResponse; className?: string }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useOverviewStyles();
  const next = credits.forecast.nextAutoRecharge;
  const rule = credits.autoRecharge;
  const notApplicable = !rule
    ? t('overview.recharge.noRule')
    : next.kind === 'not-applicable' && next.why === 'no-balance'
      ? t('overview.recharge.noBalance')
      : t('overview.recharge.noHistory');
  return (
    <Panel title={t('overview.recharge.heading')} icon={<ArrowSyncRegular />} testId="recharge-panel" className={className}>
      {rule ? (
        <ProjectedDate
          projected={next}
          today={credits.today}
          testId="next-recharge"
          notWithin={t('overview.recharge.notWithin', { days: next.kind === 'not-within-horizon' ? next.horizonDays : 0 })}
          notApplicable={notApplicable}
        />
      ) : (
        <Body1 as="p" className={styles.text} data-testid="next-recharge">
          {notApplicable}
        </Body1>
      )}
      {rule ? (
        <Caption1 as="p" className={styles.muted} data-testid="recharge-rule">
          {t('overview.recharge.rule', {
            amount: format.money(rule.amount.amount, rule.amount.currency),
            trigger: format.money(rule.trigger.amount, rule.trigger.currency),
          })}
        </Caption1>
      ) : null}
    </Panel>
  );
}
