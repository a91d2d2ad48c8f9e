import { Button } from '@fluentui/react-button';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1 } from '@fluentui/react-text';
import { ArrowUploadRegular, CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CsvLineErrorJson, PolicyApplyResponse, PolicyPreviewResponse } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { FilePicker } from './FilePicker';
import { newIdempotencyKey } from './files';
import { LineErrors } from './LineErrors';
import { policySourceText } from './policyText';
import { apiErrorText, asApiError } from './SectionState';
import { Panel } from '../../ui/Panel';
import { useSettingsStyles } from './settingsStyles';

const MAX_FILE_MB = 8;
const SHOWN_ROWS = 300;
const POWERSHELL = 'Get-CsOnlineUser | Select-Object UserPrincipalName,OnlineDialOutPolicy |\n  Export-Csv dial-out-policies.csv -NoTypeInformation -Encoding UTF8';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'errors'; errors: CsvLineErrorJson[] }
  | { kind: 'preview'; csv: string; preview: Extract<PolicyPreviewResponse, { ok: true }>; key: string }
  | { kind: 'failed'; message: string };

/** Upload a Get-CsOnlineUser export → line errors (unknown people, unknown policies) or each person's change → import. */
export function PolicyImportPanel({ imported, onStart, onImported }: { imported: PolicyApplyResponse | null; onStart(): void; onImported(result: PolicyApplyResponse): void }) {
  const t = useStrings();
  const { api, format } = useSession();
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
      const answer = await api.post<PolicyPreviewResponse>('/policies/preview', { csv, fileName: file.name });
      setStep(answer.ok ? { kind: 'preview', csv, preview: answer, key: newIdempotencyKey() } : { kind: 'errors', errors: answer.errors });
    } catch (error) {
      setStep({ kind: 'failed', message: apiErrorText(t, asApiError(error)) });
    }
  };

  const apply = async () => {
    if (step.kind !== 'preview') return;
    setApplying(true);
    try {
      const result = await api.post<PolicyApplyResponse>('/policies/apply', { csv: step.csv, fingerprint: step.preview.fingerprint }, { idempotencyKey: step.key });
      setStep({ kind: 'idle' });
      setFile(null);
      onImported(result);
    } catch (error) {
      const failure = asApiError(error);
      setStep({ kind: 'failed', message: failure.status === 409 ? t('settings.policies.outdated') : apiErrorText(t, failure) });
    } finally {
      setApplying(false);
    }
  };

  return (
    <Panel title={t('settings.policies.importTitle')} icon={<ArrowUploadRegular />} testId="policy-import">
      <Body1 as="p" className={styles.note}>
        {t('settings.policies.importIntro')}
      </Body1>
      <pre className={styles.code}>{POWERSHELL}</pre>
      <FilePicker label={t('settings.policies.fileLabel')} accept=".csv,text/csv" file={file} onFile={choose} problem={fileProblem} testId="policy-file" />
      <div className={styles.actions}>
        <Button appearance={step.kind === 'preview' ? 'secondary' : 'primary'} disabled={!file || fileProblem !== null || step.kind === 'busy'} onClick={() => void preview()} data-testid="policy-preview">
          {step.kind === 'busy' ? t('settings.rates.previewing') : t('settings.policies.preview')}
        </Button>
      </div>
      {imported ? (
        <MessageBar intent="success" data-testid="policy-imported">
          <MessageBarBody>{t('settings.policies.applied', { count: imported.assignments, changed: imported.changed, date: format.dateTime(imported.importedAt) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {step.kind === 'errors' ? <LineErrors errors={step.errors} /> : null}
      {step.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{step.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {step.kind === 'preview' ? (
        <PolicyPreview preview={step.preview} applying={applying} onApply={() => void apply()} onCancel={() => setStep({ kind: 'idle' })} />
      ) : null}
    </Panel>
  );
}

function PolicyPreview({ preview, applying, onApply, onCancel }: { preview: Extract<PolicyPreviewResponse, { ok: true }>; applying: boolean; onApply(): void; onCancel(): void }) {
  const t = useStrings();
  const styles = useSettingsStyles();
  const title = t('settings.policies.previewTitle', { count: preview.rows.length, new: preview.counts.new, changed: preview.counts.changed, unchanged: preview.counts.unchanged });
  const policyName = (name: string) => (name.toLowerCase() === 'global' ? t('settings.policies.followsGlobal') : name);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="policy-preview-result">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <Body1 as="p" className={styles.note}>
          {t('settings.policies.previewNote')}
        </Body1>
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={title}>
          <Table size="small" aria-label={title}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.lineColumn}>{t('settings.lineErrors.line')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.policies.person')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.policies.currentPolicy')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.policies.policy')}</TableHeaderCell>
                <TableHeaderCell className={styles.codeColumn}>{t('settings.rates.change')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.rows.slice(0, SHOWN_ROWS).map((row) => (
                <TableRow key={row.userId} data-testid="policy-change">
                  <TableCell className={styles.numeric}>{row.line}</TableCell>
                  <TableCell>{`${row.displayName} (${row.userPrincipalName})`}</TableCell>
                  <TableCell className={styles.breakable}>{row.current ? `${policyName(row.current.policyName)} — ${policySourceText(t, row.current.source)}` : t('settings.policies.noCurrent')}</TableCell>
                  <TableCell className={styles.breakable}>{policyName(row.policyName)}</TableCell>
                  <TableCell>{t(`settings.policies.changeKinds.${row.change}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        {preview.rows.length > SHOWN_ROWS ? <Body1 as="p">{t('settings.rates.moreRows', { count: preview.rows.length - SHOWN_ROWS })}</Body1> : null}
        <div className={styles.actions}>
          <Button appearance="primary" icon={<CheckmarkRegular />} disabled={applying} onClick={onApply} data-testid="policy-apply">
            {applying ? t('settings.rates.applying') : t('settings.policies.apply')}
          </Button>
          <Button icon={<DismissRegular />} disabled={applying} onClick={onCancel}>
            {t('settings.cancel')}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
