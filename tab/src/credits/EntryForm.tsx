import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { Radio, RadioGroup } from '@fluentui/react-radio';
import { Body1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { AddRegular } from '@fluentui/react-icons';
import { useMemo, useState, type FormEvent } from 'react';
import type { LedgerEntryResponse } from '../../../bot/api/contracts';
import { currencyDigits } from '../money/parseAmount';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';
import { ConfirmEntryDialog } from './ConfirmEntryDialog';
import { newIdempotencyKey } from '../api/idempotency';
import { checkDraft, localInputValue, type DraftCheck, type EntryDraft } from './entryDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '560px' },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 600px)': { gridTemplateColumns: '1fr' },
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  submit: { alignSelf: 'flex-start' },
});

type Confirming = { request: Extract<DraftCheck, { ok: true }>['request']; key: string };

/** Admins record a balance read in the admin center, or a purchase: validated here, confirmed, then sent once. */
export function EntryForm({ onRecorded }: { onRecorded(response: LedgerEntryResponse): void }) {
  const t = useStrings();
  const { me, format } = useSession();
  const styles = useStyles();
  const digits = useMemo(() => currencyDigits(format.locale, me.currency), [format.locale, me.currency]);
  const [draft, setDraft] = useState<EntryDraft>(() => ({ kind: 'snapshot', amountText: '', whenText: localInputValue(new Date()) }));
  const [showProblems, setShowProblems] = useState(false);
  const [confirming, setConfirming] = useState<Confirming | null>(null);

  const check = checkDraft(draft, { locale: format.locale, currency: me.currency, currencyDigits: digits, now: new Date() });
  const problems = !check.ok && showProblems ? check : null;
  const example = format.number('1234.5', digits).replace(/[\u00a0\u202f]/g, ' ');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setShowProblems(true);
    if (check.ok) setConfirming({ request: check.request, key: newIdempotencyKey() });
  };

  const amountMessage = problems?.amount
    ? t(`credits.form.problems.${problems.amount}`, { example, digits: String(digits) })
    : undefined;
  const whenMessage = problems?.when ? t(`credits.form.problems.${problems.when}`) : undefined;

  return (
    <Panel title={t('credits.form.heading')} icon={<AddRegular />} testId="entry-form">
      <form className={styles.form} onSubmit={submit} noValidate>
        <Body1 as="p" className={styles.intro}>
          {t('credits.form.intro')}
        </Body1>
        <Field label={t('credits.form.kind')}>
          <RadioGroup
            value={draft.kind}
            onChange={(_, data) => setDraft((d) => ({ ...d, kind: data.value === 'purchase' ? 'purchase' : 'snapshot' }))}
          >
            <Radio value="snapshot" label={t('credits.form.snapshot')} />
            <Radio value="purchase" label={t('credits.form.purchase')} />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Field
            label={t(draft.kind === 'snapshot' ? 'credits.form.balanceLabel' : 'credits.form.amountLabel', { currency: me.currency })}
            required
            validationMessage={amountMessage}
            validationState={amountMessage ? 'error' : 'none'}
          >
            <Input
              value={draft.amountText}
              inputMode="decimal"
              autoComplete="off"
              placeholder={example}
              onChange={(_, data) => setDraft((d) => ({ ...d, amountText: data.value }))}
              data-testid="entry-amount"
            />
          </Field>
          <Field
            label={t(draft.kind === 'snapshot' ? 'credits.form.snapshotWhen' : 'credits.form.purchaseWhen')}
            required
            hint={t('credits.form.zoneHint', { zone })}
            validationMessage={whenMessage}
            validationState={whenMessage ? 'error' : 'none'}
          >
            <Input
              type="datetime-local"
              value={draft.whenText}
              max={localInputValue(new Date())}
              onChange={(_, data) => setDraft((d) => ({ ...d, whenText: data.value }))}
              data-testid="entry-when"
            />
          </Field>
        </div>
        <Button type="submit" appearance="primary" className={styles.submit} data-testid="entry-review">
          {t('credits.form.review')}
        </Button>
      </form>
      {confirming ? (
        <ConfirmEntryDialog
          request={confirming.request}
          idempotencyKey={confirming.key}
          onCancel={() => setConfirming(null)}
          onRecorded={(response) => {
            setConfirming(null);
            setShowProblems(false);
            setDraft({ kind: draft.kind, amountText: '', whenText: localInputValue(new Date()) });
            onRecorded(response);
          }}
        />
      ) : null}
    </Panel>
  );
}
