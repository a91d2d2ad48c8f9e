import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { Body1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { useState } from 'react';
import type { CreditsResponse, LedgerEntriesResponse, LedgerEntryResponse } from '../../../bot/api/contracts';
import { EntryForm } from '../credits/EntryForm';
import { LedgerPanel } from '../credits/LedgerPanel';
import { LotsPanel } from '../credits/LotsPanel';
import { RulePanel } from '../credits/RulePanel';
import { shownData, useApiGet } from '../data/useApiGet';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { ApiProblem, LoadingCards } from '../ui/ViewStates';
import { ViewIntro } from './ViewLayout';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  columns: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    alignItems: 'start',
    '@media (max-width: 960px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

function RecordedMessage({ response }: { response: LedgerEntryResponse }) {
  const t = useStrings();
  const { format } = useSession();
  const entry = response.entry;
  if (entry.kind !== 'snapshot' && entry.kind !== 'purchase') return null;
  const amount = entry.kind === 'snapshot' ? entry.balance : entry.amount;
  return (
    <MessageBar intent="success" layout="multiline" data-testid="entry-recorded">
      <MessageBarBody>
        <MessageBarTitle>{t('credits.recorded.title')}</MessageBarTitle>
        {response.created
          ? t(entry.kind === 'snapshot' ? 'credits.recorded.snapshot' : 'credits.recorded.purchase', {
              amount: format.money(amount.amount, amount.currency),
            })
          : t('credits.recorded.existing')}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Lots, the auto-recharge rule and the ledger; admins also record balances and purchases here. */
export function CreditsView() {
  const t = useStrings();
  const { me } = useSession();
  const styles = useStyles();
  const credits = useApiGet<CreditsResponse>('/credits');
  const ledger = useApiGet<LedgerEntriesResponse>('/credits/entries');
  const [recorded, setRecorded] = useState<LedgerEntryResponse | null>(null);
  const data = shownData(credits.resource);
  const entries = shownData(ledger.resource);

  const onRecorded = (response: LedgerEntryResponse): void => {
    setRecorded(response);
    credits.reload();
    ledger.reload();
  };

  return (
    <div
      className={styles.view}
      data-testid="credits"
      data-state={credits.resource.status === 'ready' && ledger.resource.status === 'ready' ? 'ready' : 'loading'}
    >
      <ViewIntro title="views.credits.title" summary="views.credits.summary" />
      {recorded ? <RecordedMessage response={recorded} /> : null}
      {credits.resource.status === 'error' ? <ApiProblem error={credits.resource.error} onRetry={credits.reload} /> : null}
      {ledger.resource.status === 'error' ? <ApiProblem error={ledger.resource.error} onRetry={ledger.reload} /> : null}
      {data ? (
        <div className={styles.columns}>
          <LotsPanel credits={data} />
          <RulePanel credits={data} />
        </div>
      ) : credits.resource.status === 'loading' ? (
        <LoadingCards label={t('credits.loading')} count={2} />
      ) : null}
      {me.role === 'admin' ? (
        <EntryForm onRecorded={onRecorded} />
      ) : (
        <Body1 as="p" className={styles.note}>
          {t('credits.form.readerNote')}
        </Body1>
      )}
      {entries ? <LedgerPanel entries={entries.entries} /> : null}
    </div>
  );
}
