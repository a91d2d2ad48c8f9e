import { Button } from '@fluentui/react-button';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1 } from '@fluentui/react-text';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import type { RateApplyResponse, RateJson, RatePreviewResponse } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { FilePicker } from './FilePicker';
import { LineErrors } from './LineErrors';
import { callKindText, numberTypeText, rateText } from './rateText';
import { Panel } from '../../ui/Panel';
import { useSettingsStyles } from './settingsStyles';
import { PreviewActions } from './PreviewActions';
import { useCsvPreviewApply } from './useCsvPreviewApply';

const SHOWN_CHANGES = 200;

interface ChangeRow {
  kind: 'added' | 'changed' | 'removed';
  rate: RateJson;
  before: RateJson | null;
}

/** Upload a CSV → its line errors, or every change it would make → apply exactly that. */
export function RateUploadPanel({ onApplied, onStart }: { onApplied(result: RateApplyResponse): void; onStart(): void }) {
  const t = useStrings();
  const styles = useSettingsStyles();
  const upload = useCsvPreviewApply<RatePreviewResponse, RateApplyResponse>({ previewPath: '/rates/preview', applyPath: '/rates/apply', outdated: 'settings.rates.outdated', onStart, onApplied });
  const { step } = upload;

  return (
    <Panel title={t('settings.rates.uploadTitle')} icon={<ArrowUploadRegular />} testId="rate-upload">
      <Body1 as="p" className={styles.note}>
        {t('settings.rates.uploadIntro')}
      </Body1>
      <FilePicker label={t('settings.rates.fileLabel')} accept=".csv,text/csv" file={upload.file} onFile={upload.choose} problem={upload.fileProblem} testId="rate-file" />
      <div className={styles.actions}>
        <Button appearance={step.kind === 'preview' ? 'secondary' : 'primary'} disabled={!upload.canPreview} onClick={upload.preview} data-testid="rate-preview">
          {step.kind === 'busy' ? t('settings.rates.previewing') : t('settings.rates.preview')}
        </Button>
      </div>
      {step.kind === 'errors' ? <LineErrors errors={step.errors} /> : null}
      {step.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{step.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {step.kind === 'preview' ? <RatePreview preview={step.preview} applying={upload.applying} onApply={upload.apply} onCancel={upload.cancel} /> : null}
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
                    <TableCell>{format.calendarDate(rate.effectiveFrom)}</TableCell>
                    <TableCell>{kind === 'changed' && before ? rateText(t, format, before) : kind === 'removed' ? rateText(t, format, rate) : ''}</TableCell>
                    <TableCell>{kind === 'removed' ? '' : rateText(t, format, rate)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : null}
        {rows.length > SHOWN_CHANGES ? <Body1 as="p">{t('settings.rates.moreRows', { count: rows.length - SHOWN_CHANGES })}</Body1> : null}
        <PreviewActions applyLabel="settings.rates.apply" applying={applying} onApply={onApply} onCancel={onCancel} testId="rate-apply" />
      </MessageBarBody>
    </MessageBar>
  );
}
