import { Badge } from '@fluentui/react-badge';
import { Button } from '@fluentui/react-button';
import { Body1, Caption1 } from '@fluentui/react-text';
import { WalletRegular } from '@fluentui/react-icons';
import type { CreditsResponse } from '../../../bot/api/contracts';
import { compareDecimals } from '../money/decimal';
import { useOpenView, useSession, useStrings } from '../shell/shellContext';
import { EmptyState } from '../ui/ViewStates';
import { Panel } from '../ui/Panel';
import { Freshness } from './Freshness';
import { useOverviewStyles } from './overviewStyles';

/** The prepaid estimate, labelled as one, with what it rests on and how current it is. */
export function BalancePanel({ credits, className }: { credits: CreditsResponse; className?: string }) {
  const t = useStrings();
  const { format, me } = useSession();
  const openView = useOpenView();
  const styles = useOverviewStyles();
  const estimate = credits.estimate;

  if (!estimate || estimate.kind === 'no-snapshot') {
    return (
      <Panel title={t('overview.balance.heading')} icon={<WalletRegular />} className={className} testId="balance-panel">
        <EmptyState
          icon={<WalletRegular />}
          action={
            me.role === 'admin' ? (
              <Button appearance="primary" onClick={() => openView('credits')}>
                {t('overview.balance.enterBalance')}
              </Button>
            ) : undefined
          }
        >
          <strong>{t('overview.balance.noSnapshotTitle')}</strong>{' '}
          {me.role === 'admin' ? t('overview.balance.noSnapshotAdmin') : t('overview.balance.noSnapshotReader')}
        </EmptyState>
        <Freshness credits={credits} />
      </Panel>
    );
  }

  const snapshot = estimate.basis.snapshot;
  return (
    <Panel
      title={t('overview.balance.heading')}
      icon={<WalletRegular />}
      className={className}
      testId="balance-panel"
    >
      <div>
        <div className={styles.figureRow}>
          <p className={styles.figure} data-testid="balance-amount">
            {format.money(estimate.balance.amount, estimate.balance.currency)}
          </p>
          <Badge appearance="filled" color="warning" size="large" data-testid="estimate-badge">
            {t('common.estimate')}
          </Badge>
        </div>
        <Body1 as="p" className={styles.text} data-testid="balance-as-of">
          {t('overview.balance.asOf', { time: format.dateTime(estimate.at) })}
        </Body1>
      </div>
      {compareDecimals(estimate.balance.amount, '0') <= 0 ? (
        <Body1 as="p" className={styles.danger}>
          {t('overview.balance.negative')}
        </Body1>
      ) : null}
      <Caption1 as="p" className={styles.muted}>
        {t('overview.balance.basis', {
          snapshot: format.money(snapshot.balance.amount, snapshot.balance.currency),
          date: format.dateTime(snapshot.asOf),
        })}
      </Caption1>
      <Freshness credits={credits} />
    </Panel>
  );
}
