import { Button } from '@fluentui/react-button';
import { Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-dialog';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { Spinner } from '@fluentui/react-spinner';
import { Body1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { useRef, useState } from 'react';
import type { LedgerEntryResponse } from '../../../bot/api/contracts';
import { ApiError } from '../api/apiError';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import type { DraftCheck } from './entryDraft';
import { useProblemText } from './problemText';

type ValidRequest = Extract<DraftCheck, { ok: true }>['request'];

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ConfirmEntryDialogProps {
  request: ValidRequest;
  /** Made when the dialog opened: every click and retry of this entry sends it. */
  idempotencyKey: string;
  onRecorded(response: LedgerEntryResponse): void;
  onCancel(): void;
}

/** Shows exactly what will be recorded and records it once, however often "Record" is clicked. */
export function ConfirmEntryDialog({ request, idempotencyKey, onRecorded, onCancel }: ConfirmEntryDialogProps) {
  const t = useStrings();
  const { api, format } = useSession();
  const styles = useStyles();
  const problemText = useProblemText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  const money = request.kind === 'snapshot' ? request.balance : request.amount;
  const when = request.kind === 'snapshot' ? request.asOf : request.purchasedAt;
  const summary = t(request.kind === 'snapshot' ? 'credits.confirm.snapshot' : 'credits.confirm.purchase', {
    amount: format.money(money.amount, money.currency),
    time: format.dateTime(when),
  });

  const record = async (): Promise<void> => {
    // A second click before React re-renders the disabled button is ignored here, and would be harmless anyway:
    // it would carry the same Idempotency-Key.
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      const response = await api.post<LedgerEntryResponse>('/credits/entries', request, { idempotencyKey });
      onRecorded(response);
    } catch (cause) {
      setError(cause instanceof ApiError ? problemText(cause) : t('errors.server'));
      inFlight.current = false;
      setPending(false);
    }
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (!data.open && !pending ? onCancel() : undefined)}>
      <DialogSurface aria-describedby="confirm-entry-summary">
        <DialogBody>
          <DialogTitle>{t('credits.confirm.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p" id="confirm-entry-summary" className={styles.summary} data-testid="confirm-summary">
              {summary}
            </Body1>
            <Body1 as="p" className={styles.note}>
              {t('credits.confirm.permanent')}
            </Body1>
            {error ? (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t('credits.confirm.failed')}</MessageBarTitle>
                  {error}
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel} disabled={pending}>
              {t('credits.confirm.cancel')}
            </Button>
            <Button
              appearance="primary"
              onClick={() => void record()}
              disabledFocusable={pending}
              icon={pending ? <Spinner size="tiny" /> : undefined}
              data-testid="confirm-record"
            >
              {pending ? t('credits.confirm.recording') : t('credits.confirm.record')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
