import { Caption1 } from '@fluentui/react-text';
import type { CreditsResponse } from '../../../bot/api/contracts';
import { useSession, useStrings } from '../shell/shellContext';
import { useOverviewStyles } from './overviewStyles';

/** How current the figures are: the 24 to 48 hour lag, the last sync and the newest call counted. */
export function Freshness({ credits }: { credits: CreditsResponse }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useOverviewStyles();
  const now = new Date(credits.asOf);
  const { lastSyncAt, newestCallAt, lagHours } = credits.data;
  const when = (value: string) => `${format.dateTime(value)} · ${format.relative(value, now)}`;
  return (
    <>
      <hr className={styles.divider} />
      <dl className={styles.facts}>
        <dt>{t('overview.freshness.lagLabel')}</dt>
        <dd data-testid="data-lag">{t('overview.freshness.lagValue')}</dd>
        <dt>{t('overview.freshness.lastSync')}</dt>
        <dd data-testid="last-sync">{lastSyncAt ? when(lastSyncAt) : t('common.never')}</dd>
        <dt>{t('overview.freshness.newestCall')}</dt>
        <dd data-testid="newest-call">
          {newestCallAt ? format.dateTime(newestCallAt) : t('common.notYet')}
          {newestCallAt && lagHours !== null ? ` · ${t('overview.freshness.lagHours', { hours: format.number(lagHours, 0) })}` : ''}
        </dd>
      </dl>
      <Caption1 as="p" className={styles.muted}>
        {t('overview.freshness.lag')}
      </Caption1>
    </>
  );
}
