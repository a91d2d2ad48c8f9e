import { Button } from '@fluentui/react-button';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1 } from '@fluentui/react-text';
import { ArrowUploadRegular, CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CsvLineErrorJson, RateApplyResponse, RateJson, RatePreviewResponse } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { FilePicker } from './FilePicker';
import { newIdempotencyKey } from './files';
import { LineErrors } from './LineErrors';
import { calendarDateText, callKindText, numberTypeText, rateText } from './rateText';
import { apiErrorText, asApiError } from './SectionState';
import { Panel } from '../../ui/Panel';
import { useSettingsStyles } from './settingsStyles';

const MAX_FILE_MB = 8;
const SHOWN_CHANGES = 200;

type Step =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'errors'; errors: CsvLineErrorJson[] }
  | { kind: 'preview'; csv: string; preview: Extract<RatePreviewResponse, { ok: true }>; key: string }
  | { kind: 'failed'; message: string };

interface ChangeRow {
  kind: 'added' | 'changed' | 'removed';
  rate: RateJson;
  before: RateJson | null;
}

/** Upload a CSV → its line errors, or every change it would make → apply exactly that. */
export function RateUploadPanel({ onApplied, onStart }: { onApplied(result: RateApplyResponse): void; onStart(): void }) {
  const t = useStrings();
  const { api } = useSession();
  const styles = useSettingsStyles();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [applying, setApplying] = useState(false);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setStep({ kind: 'idle' });
    setFileProblem(chosen && chosen.size > MAX_FILE_MB * 1024 * 1024 ? t('settings.file.tooLarge', { size: MAX_FILE_MB }) : null);
  };

  const preview = async () => {
    if (!file) return;
    onStart();
    setStep({ kind: 'busy' });
    try {
      const csv = await file.text();
      const answer = await api.post<RatePreviewResponse>('/rates/preview', { csv, fileName: file.name });
      setStep(answer.ok ? { kind: 'preview', csv, preview: answer, key: newIdempotencyKey() } : { kind: 'errors', errors: answer.errors });
    } catch (error) {
      setStep({ kind: 'failed', message: apiErrorText(t, asApiError(error)) });
    }
  };

  const apply = async () => {
    if (step.kind !== 'preview') return;
    setApplying(true);
    try {
      // The preview's key: a second click, or a retry after a lost answer, replays the first apply.
      const result = await api.post<RateApplyResponse>('/rates/apply', { csv: step.csv, fingerprint: step.preview.fingerprint }, { idempotencyKey: step.key });
      setStep({ kind: 'idle' });
      setFile(null);
      onApplied(result);
    } catch (error) {
      const failure = asApiError(error);
      setStep({ kind: 'failed', message: failure.status === 409 ? t('settings.rates.outdated') : apiErrorText(t, failure) });
    } finally {
      setApplying(false);
    }
  };

  return (
    <Panel title={t('settings.rates.uploadTitle')} icon={<ArrowUploadRegular />} testId="rate-upload">
      <Body1 as="p" className={styles.note}>
        {t('settings.rates.uploadIntro')}
      </Body1>
      <FilePicker label={t('settings.rates.fileLabel')} accept=".csv,text/csv" file={file} onFile={choose} problem={fileProblem} testId="rate-file" />
      <div className={styles.actions}>
        <Button appearance={step.kind === 'preview' ? 'secondary' : 'primary'} disabled={!file || fileProblem !== null || step.kind === 'busy'} onClick={() => void preview()} data-testid="rate-preview">
          {step.kind === 'busy' ? t('settings.rates.previewing') : t('settings.rates.preview')}
        </Button>
      </div>
      {step.kind === 'errors' ? <LineErrors errors={step.errors} /> : null}
      {step.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{step.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {step.kind === 'preview' ? <RatePreview preview={step.preview} applying={applying} onApply={() => void apply()} onCancel={() => setStep({ kind: 'idle' })} /> : null}
    </Panel>
  );
}

function RatePreview({ preview, applying, onApply, onCancel }: { preview: Extract<RatePreviewResponse, { ok: true }>; applying: boolean; onApply(): void; onCancel(): void }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useSettingsStyles();
  const rows: ChangeRow[] = [
    ...preview.changed.map((c) => ({ kind: 'changed' as const, rate: c.after, before: c.before })),
    ...preview.added.map((rate) => ({ kind: 'added' as const, rate, before: null })),
    ...preview.removed.map((rate) => ({ kind: 'removed' as const, rate, before: null })),
  ];
  const title = t('settings.rates.previewTitle', { added: preview.added.length, changed: preview.changed.length, removed: preview.removed.length, unchanged: preview.unchanged });
  return (
    <MessageBar intent="info" layout="multiline" data-testid="rate-preview-result">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <Body1 as="p" className={styles.note}>
          {rows.length === 0 ? t('settings.rates.noChanges') : t('settings.rates.previewNote')}
        </Body1>
        {rows.length > 0 ? (
          <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={title}>
            <Table size="small" aria-label={title}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('settings.rates.change')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.country')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.callKind')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.numberType')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.effectiveFrom')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.before')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.rates.after')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.slice(0, SHOWN_CHANGES).map(({ kind, rate, before }) => (
                  <TableRow key={`${kind}|${rate.callKind}|${rate.country}|${rate.numberType ?? ''}|${rate.effectiveFrom}`} data-testid="rate-change">
                    <TableCell>{t(`settings.rates.changeKinds.${kind}`)}</TableCell>
                    <TableCell>{format.country(rate.country)}</TableCell>
                    <TableCell>{callKindText(t, rate.callKind)}</TableCell>
                    <TableCell>{numberTypeText(t, rate.numberType)}</TableCell>
                    <TableCell>{calendarDateText(format.locale, rate.effectiveFrom)}</TableCell>
                    <TableCell>{kind === 'changed' && before ? rateText(t, format, before) : kind === 'removed' ? rateText(t, format, rate) : ''}</TableCell>
                    <TableCell>{kind === 'removed' ? '' : rateText(t, format, rate)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : null}
        {rows.length > SHOWN_CHANGES ? <Body1 as="p">{t('settings.rates.moreRows', { count: rows.length - SHOWN_CHANGES })}</Body1> : null}
        <div className={styles.actions}>
          <Button appearance="primary" icon={<CheckmarkRegular />} disabled={applying} onClick={onApply} data-testid="rate-apply">
            {applying ? t('settings.rates.applying') : t('settings.rates.apply')}
          </Button>
          <Button icon={<DismissRegular />} disabled={applying} onClick={onCancel}>
            {t('settings.cancel')}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
