import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { MessageBar, MessageBarBody } from '@fluentui/react-message-bar';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1, Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { ArrowDownloadRegular, ChevronLeftRegular, ChevronRightRegular, HistoryRegular } from '@fluentui/react-icons';
import { useMemo, useState, type FormEvent } from 'react';
import type { AuditResponse } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { makeStyles } from '../../ui/griffel';
import { auditActionText, auditChangeLines } from './auditText';
import { downloadText } from '../../ui/download';
import { asApiError } from '../../api/apiError';
import { apiErrorText, SectionState } from './SectionState';
import { Panel } from '../../ui/Panel';
import { useSettingsStyles } from './settingsStyles';
import { shownData, useApiGet } from '../../data/useApiGet';
import { addDays, isCalendarDate, todayIn } from '../../usage/dateRanges';

const PAGE_SIZE = 25;
const MAX_DAYS = 400;

const useStyles = makeStyles({
  range: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  lines: { listStyleType: 'none', margin: 0, padding: 0, overflowWrap: 'anywhere' },
  secondary: { color: tokens.colorNeutralForeground2, display: 'block' },
  pager: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** Every change, newest first, with who, when, what and before → after; the same range as CSV. */
export function AuditSection() {
  const t = useStrings();
  const { api, me, format } = useSession();
  const styles = useStyles();
  const shared = useSettingsStyles();
  const today = useMemo(() => todayIn(me.timeZone, new Date()), [me.timeZone]);
  const [range, setRange] = useState({ from: addDays(today, -29), to: today });
  const [typed, setTyped] = useState(range);
  const [page, setPage] = useState(1);
  const [rangeProblem, setRangeProblem] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  const query = `from=${range.from}&to=${range.to}`;
  const { resource, reload } = useApiGet<AuditResponse>(`/audit?${query}&page=${page}&pageSize=${PAGE_SIZE}`);
  const audit = shownData(resource);
  const pages = audit ? Math.max(1, Math.ceil(audit.total / PAGE_SIZE)) : 1;

  const show = (event: FormEvent) => {
    event.preventDefault();
    const valid = isCalendarDate(typed.from) && isCalendarDate(typed.to) && typed.from <= typed.to && typed.from >= addDays(typed.to, -MAX_DAYS);
    setRangeProblem(!valid);
    if (!valid) return;
    setRange(typed);
    setPage(1);
  };

  const exportCsv = async () => {
    setExporting(true);
    setExportFailure(null);
    try {
      downloadText(`ppm-audit-${range.from}-${range.to}.csv`, await api.getText(`/audit.csv?${query}`));
    } catch (error) {
      setExportFailure(apiErrorText(t, asApiError(error)));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className={shared.section}>
      <Panel title={t('settings.audit.title')} icon={<HistoryRegular />} testId="audit">
        <Body1 as="p" className={shared.note}>
          {t('settings.audit.intro')}
        </Body1>
        <form className={styles.range} onSubmit={show} noValidate>
          <Field label={t('settings.audit.from')} validationState={rangeProblem ? 'error' : 'none'}>
            <Input type="date" value={typed.from} max={typed.to} onChange={(_, data) => setTyped((r) => ({ ...r, from: data.value }))} data-testid="audit-from" />
          </Field>
          <Field label={t('settings.audit.to')} validationState={rangeProblem ? 'error' : 'none'}>
            <Input type="date" value={typed.to} onChange={(_, data) => setTyped((r) => ({ ...r, to: data.value }))} data-testid="audit-to" />
          </Field>
          <Button type="submit">{t('settings.audit.show')}</Button>
          <Button icon={<ArrowDownloadRegular />} disabled={exporting} onClick={() => void exportCsv()} data-testid="audit-export">
            {exporting ? t('settings.audit.exporting') : t('settings.audit.export')}
          </Button>
        </form>
        {rangeProblem ? (
          <MessageBar intent="error">
            <MessageBarBody>{t('settings.audit.invalidRange')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {exportFailure ? (
          <MessageBar intent="error">
            <MessageBarBody>{exportFailure}</MessageBarBody>
          </MessageBar>
        ) : null}
        <SectionState resource={resource} onRetry={reload} />
        {audit && audit.entries.length === 0 ? (
          <Body1 as="p" className={shared.note}>
            {t('settings.audit.none')}
          </Body1>
        ) : null}
        {audit && audit.entries.length > 0 ? (
          <>
            <div className={shared.tableScroll} tabIndex={0} role="region" aria-label={t('settings.audit.title')}>
              <Table size="small" aria-label={t('settings.audit.title')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={shared.whenColumn}>{t('settings.audit.when')}</TableHeaderCell>
                    <TableHeaderCell className={shared.personColumn}>{t('settings.audit.who')}</TableHeaderCell>
                    <TableHeaderCell className={shared.personColumn}>{t('settings.audit.what')}</TableHeaderCell>
                    <TableHeaderCell>{t('settings.audit.change')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {audit.entries.map((entry) => (
                    <TableRow key={`${entry.at}|${entry.id}`} data-testid="audit-row">
                      <TableCell>{format.dateTime(entry.at)}</TableCell>
                      <TableCell>
                        {entry.actor ? (entry.actor.displayName ?? entry.actor.id) : t('settings.audit.system')}
                        {entry.actor?.userPrincipalName ? <Caption1 className={styles.secondary}>{entry.actor.userPrincipalName}</Caption1> : null}
                      </TableCell>
                      <TableCell>
                        {auditActionText(t, entry.action)}
                        <Caption1 className={styles.secondary}>{`${t('settings.audit.target')}: ${entry.target}`}</Caption1>
                      </TableCell>
                      <TableCell>
                        <ul className={styles.lines}>
                          {auditChangeLines(t, format, entry, me.currency).map((line, i) => (
                            <li key={i}>{line}</li>
                          ))}
                        </ul>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <div className={styles.pager}>
              <Button icon={<ChevronLeftRegular />} aria-label={t('settings.audit.previous')} title={t('settings.audit.previous')} disabled={page <= 1} onClick={() => setPage((p) => p - 1)} />
              <Body1 aria-live="polite">{t('settings.audit.page', { page, pages, total: audit.total })}</Body1>
              <Button icon={<ChevronRightRegular />} aria-label={t('settings.audit.next')} title={t('settings.audit.next')} disabled={page >= pages} onClick={() => setPage((p) => p + 1)} />
            </div>
          </>
        ) : null}
      </Panel>
    </div>
  );
}
