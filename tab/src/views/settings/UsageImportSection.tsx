import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { ProgressBar } from '@fluentui/react-progress';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1 } from '@fluentui/react-text';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { Fragment, useState } from 'react';
import type { JobResponse, UsageImportProgressJson, UsageImportResultJson } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import type { Translate } from '../../strings/strings';
import { FilePicker } from './FilePicker';
import { newIdempotencyKey } from '../../api/idempotency';
import { fileToBase64 } from './files';
import { asApiError } from '../../api/apiError';
import { apiErrorText } from './SectionState';
import { Panel } from '../../ui/Panel';
import { useSettingsStyles } from './settingsStyles';
import { isFinished, useJob } from './useJob';

/** The API accepts 64 MB of base64: a little under 48 MB of file. */
const MAX_FILE_MB = 45;

function phaseText(t: Translate, format: { number(value: number): string }, progress: UsageImportProgressJson): string {
  if (progress.phase === 'writing') {
    return t('settings.usageImport.phases.writing', { written: format.number(progress.rowsWritten), total: format.number(progress.rowsTotal ?? 0) });
  }
  if (progress.phase === 'rolling-up' && progress.daysTotal) {
    return t('settings.usageImport.rollingUpDays', { done: format.number(progress.daysDone), total: format.number(progress.daysTotal) });
  }
  return t(`settings.usageImport.phases.${progress.phase}`);
}

/** Writing the calls fills the first half of the bar, recalculating the days' totals the second (about as long). */
const WRITING_SHARE = 0.5;

/** 0–1 while calls are written and days recalculated; undefined (an indeterminate bar) while checking or waiting. */
function progressValue(job: Pick<JobResponse, 'status' | 'progress'>): number | undefined {
  if (job.status === 'succeeded') return 1;
  const p = job.progress;
  if (!p) return undefined;
  if (p.phase === 'writing' && p.rowsTotal) return WRITING_SHARE * Math.min(1, p.rowsWritten / p.rowsTotal);
  if (p.phase === 'rolling-up') return WRITING_SHARE + (1 - WRITING_SHARE) * (p.daysTotal ? Math.min(1, p.daysDone / p.daysTotal) : 0);
  return undefined;
}

/** Upload the Teams admin center PSTN usage export (zip or CSV), follow the import job, then show what it did. */
export function UsageImportSection() {
  const t = useStrings();
  const { api } = useSession();
  const styles = useSettingsStyles();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [started, setStarted] = useState<JobResponse | null>(null);
  const [pending, setPending] = useState<{ file: File; key: string } | null>(null);
  const job = useJob(started);
  const running = job !== null && !isFinished(job);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFailure(null);
    setFileProblem(chosen && chosen.size > MAX_FILE_MB * 1024 * 1024 ? t('settings.usageImport.tooLarge', { size: MAX_FILE_MB }) : null);
  };

  const upload = async () => {
    if (!file) return;
    // A retry of the same file after a lost answer reuses its key.
    const attempt = pending?.file === file ? pending : { file, key: newIdempotencyKey() };
    setPending(attempt);
    setUploading(true);
    setFailure(null);
    setStarted(null);
    try {
      const contentBase64 = await fileToBase64(file);
      const accepted = await api.post<JobResponse>('/imports/usage', { fileName: file.name, contentBase64 }, { idempotencyKey: attempt.key });
      setPending(null);
      setStarted(accepted);
    } catch (error) {
      setFailure(apiErrorText(t, asApiError(error)));
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className={styles.section}>
      <Panel title={t('settings.usageImport.title')} icon={<ArrowUploadRegular />} testId="usage-import">
        <Body1 as="p" className={styles.note}>
          {t('settings.usageImport.intro')}
        </Body1>
        <FilePicker label={t('settings.usageImport.fileLabel')} accept=".csv,.zip,text/csv,application/zip" file={file} onFile={choose} problem={fileProblem} disabled={uploading || running} testId="usage-file" />
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!file || fileProblem !== null || uploading || running} onClick={() => void upload()} data-testid="usage-upload">
            {uploading ? t('settings.usageImport.uploading') : t('settings.usageImport.upload')}
          </Button>
        </div>
        {failure ? (
          <MessageBar intent="error">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        ) : null}
        {job ? <ImportJob job={job} /> : null}
      </Panel>
    </div>
  );
}

function ImportJob({ job }: { job: JobResponse }) {
  const t = useStrings();
  const { format } = useSession();
  const progress = job.progress;
  if (job.status === 'succeeded' && job.result) return <ImportResult result={job.result} />;
  if (job.status === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="usage-import-failed">
        <MessageBarBody>
          <MessageBarTitle>{t('settings.usageImport.failed')}</MessageBarTitle>
          {job.errorMessage}
          {job.result && job.result.errors.length > 0 ? <ImportErrors result={job.result} /> : null}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Field label={t('settings.usageImport.progressLabel')} validationMessage={progress ? phaseText(t, format, progress) : t('settings.usageImport.phases.validating')} validationState="none">
      <ProgressBar value={progressValue(job)} thickness="large" data-testid="usage-import-progress" />
    </Field>
  );
}

function ImportResult({ result }: { result: UsageImportResultJson }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useSettingsStyles();
  const facts: Array<[string, number]> = [
    [t('settings.usageImport.rowsInFile'), result.rowsInFile],
    [t('settings.usageImport.rowsAdded'), result.rowsAdded],
    [t('settings.usageImport.rowsAlreadyPresent'), result.rowsAlreadyPresent],
    [t('settings.usageImport.crossSourceDuplicates'), result.crossSourceDuplicates],
    [t('settings.usageImport.daysRecomputed'), result.daysRecomputed],
  ];
  return (
    <MessageBar intent="success" layout="multiline" data-testid="usage-import-result">
      <MessageBarBody>
        <MessageBarTitle>{t('settings.usageImport.succeeded')}</MessageBarTitle>
        <dl className={styles.facts}>
          {facts.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd className={styles.factValue}>{format.number(value)}</dd>
            </Fragment>
          ))}
        </dl>
        {result.firstCallAt && result.lastCallAt ? (
          <Body1 as="p">{t('settings.usageImport.callRange', { from: format.dateTime(result.firstCallAt), to: format.dateTime(result.lastCallAt) })}</Body1>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

function ImportErrors({ result }: { result: UsageImportResultJson }) {
  const t = useStrings();
  const styles = useSettingsStyles();
  return (
    <>
      <Body1 as="p">
        {result.errorCount > result.errors.length
          ? t('settings.usageImport.errorsMore', { shown: result.errors.length, count: result.errorCount })
          : t('settings.usageImport.errorsTitle', { count: result.errorCount })}
      </Body1>
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={t('settings.usageImport.errorsTitle', { count: result.errorCount })}>
        <Table size="small" aria-label={t('settings.usageImport.errorsTitle', { count: result.errorCount })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.lineColumn}>{t('settings.lineErrors.line')}</TableHeaderCell>
              <TableHeaderCell>{t('settings.lineErrors.problem')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.errors.map((e, index) => (
              <TableRow key={`${e.line}-${index}`} data-testid="usage-import-error">
                <TableCell className={styles.numeric}>{e.line === 0 ? t('settings.lineErrors.wholeFile') : e.line}</TableCell>
                <TableCell>{e.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
