import { Button } from '@fluentui/react-button';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1 } from '@fluentui/react-text';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import type { PolicyApplyResponse, PolicyPreviewResponse } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { FilePicker } from './FilePicker';
import { LineErrors } from './LineErrors';
import { policySourceText } from './policyText';
import { Panel } from '../../ui/Panel';
import { useSettingsStyles } from './settingsStyles';
import { PreviewActions } from './PreviewActions';
import { useCsvPreviewApply } from './useCsvPreviewApply';

const SHOWN_ROWS = 300;
const POWERSHELL = 'Get-CsOnlineUser | Select-Object UserPrincipalName,OnlineDialOutPolicy |\n  Export-Csv dial-out-policies.csv -NoTypeInformation -Encoding UTF8';

/** Upload a Get-CsOnlineUser export → line errors (unknown people, unknown policies) or each person's change → import. */
export function PolicyImportPanel({ imported, onStart, onImported }: { imported: PolicyApplyResponse | null; onStart(): void; onImported(result: PolicyApplyResponse): void }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useSettingsStyles();
  const upload = useCsvPreviewApply<PolicyPreviewResponse, PolicyApplyResponse>({
    previewPath: '/policies/preview',
    applyPath: '/policies/apply',
    outdated: 'settings.policies.outdated',
    onStart,
    onApplied: onImported,
  });
  const { step } = upload;

  return (
    <Panel title={t('settings.policies.importTitle')} icon={<ArrowUploadRegular />} testId="policy-import">
      <Body1 as="p" className={styles.note}>
        {t('settings.policies.importIntro')}
      </Body1>
      <pre className={styles.code}>{POWERSHELL}</pre>
      <FilePicker label={t('settings.policies.fileLabel')} accept=".csv,text/csv" file={upload.file} onFile={upload.choose} problem={upload.fileProblem} testId="policy-file" />
      <div className={styles.actions}>
        <Button appearance={step.kind === 'preview' ? 'secondary' : 'primary'} disabled={!upload.canPreview} onClick={upload.preview} data-testid="policy-preview">
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
        <PolicyPreview preview={step.preview} applying={upload.applying} onApply={upload.apply} onCancel={upload.cancel} />
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
        <PreviewActions applyLabel="settings.policies.apply" applying={applying} onApply={onApply} onCancel={onCancel} testId="policy-apply" />
      </MessageBarBody>
    </MessageBar>
  );
}
