import { Badge } from '@fluentui/react-badge';
import { Body1, Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { AlertRegular, CheckmarkCircleRegular, WarningFilled } from '@fluentui/react-icons';
import type { CreditsResponse } from '../../../bot/api/contracts';
import { sumMoney } from '../money/moneyAmount';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';
import { readAlertFacts, type AlertFacts } from './alertFacts';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  icon: { flexShrink: 0, fontSize: '20px', color: tokens.colorStatusWarningForeground3, marginTop: '2px' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  since: { color: tokens.colorNeutralForeground2 },
  none: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', color: tokens.colorNeutralForeground2 },
  noneIcon: { flexShrink: 0, fontSize: '20px', color: tokens.colorStatusSuccessForeground1 },
});

function useAlertText(): (facts: AlertFacts) => string {
  const t = useStrings();
  const { format } = useSession();
  const money = (m: { amount: string; currency: string }) => format.money(m.amount, m.currency);
  return (facts) => {
    if ('unparsed' in facts) return t(`overview.alerts.kinds.${facts.kind}`);
    switch (facts.kind) {
      case 'lowBalance':
        return t('overview.alerts.lowBalance', { balance: money(facts.balance), threshold: money(facts.threshold) });
      case 'runOutSoon':
        return t('overview.alerts.runOutSoon', {
          date: format.calendarDate(facts.runOutDate, 'long'),
          days: format.number(facts.daysLeft, 0),
          perDay: money(facts.perDay),
        });
      case 'spendSpike':
        return t('overview.alerts.spendSpike', {
          spend: money(facts.spend),
          day: format.calendarDate(facts.day, 'long'),
          factor: format.number(facts.factor, 1),
          baseline: money(facts.baseline),
        });
      case 'lotsExpiring':
        if (!facts.total || !facts.firstExpiresAt) return t('overview.alerts.kinds.lotsExpiring');
        return t('overview.alerts.lotsExpiring', {
          amount: money(facts.total),
          days: format.number(facts.withinDays, 0),
          date: format.date(facts.firstExpiresAt),
        });
    }
  };
}

/** Open alert episodes, each in one sentence with its figures; a designed "all clear" when there are none. */
export function AlertsPanel({ credits, className }: { credits: CreditsResponse; className?: string }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useStyles();
  const text = useAlertText();
  const alerts = credits.alerts;
  return (
    <Panel
      title={t('overview.alerts.heading')}
      icon={<AlertRegular />}
      className={className}
      testId="alerts-panel"
      actions={
        alerts.length > 0 ? (
          <Badge appearance="filled" color="warning" data-testid="alert-count">
            {format.number(alerts.length, 0)}
          </Badge>
        ) : undefined
      }
    >
      {alerts.length === 0 ? (
        <div className={styles.none}>
          <CheckmarkCircleRegular className={styles.noneIcon} aria-hidden="true" />
          <Body1 as="p" style={{ margin: 0 }}>
            {t('overview.alerts.none')}
          </Body1>
        </div>
      ) : (
        <ul className={styles.list}>
          {alerts.map((alert) => (
            <li key={`${alert.kind}-${alert.openedAt}`} className={styles.item} data-alert-kind={alert.kind}>
              <WarningFilled className={styles.icon} aria-hidden="true" />
              <div className={styles.text}>
                <Body1>{text(readAlertFacts(alert.kind, alert.facts, sumMoney))}</Body1>
                <Caption1 className={styles.since}>{t('overview.alerts.since', { time: format.dateTime(alert.openedAt) })}</Caption1>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
