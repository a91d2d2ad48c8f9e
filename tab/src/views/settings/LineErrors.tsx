import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1 } from '@fluentui/react-text';
import type { CsvLineErrorJson } from '../../../../bot/api/contracts';
import { useStrings } from '../../shell/shellContext';
import type { StringKey, Translate } from '../../strings/strings';
import { useSettingsStyles } from './settingsStyles';

const CODES = [
  'empty-file', 'csv-syntax', 'missing-column', 'duplicate-column', 'wrong-column-count', 'unknown-call-kind', 'invalid-country',
  'unknown-number-type', 'invalid-currency', 'mixed-currencies', 'invalid-amount', 'negative-amount', 'invalid-effective-from',
  'duplicate-rate', 'currency-differs-from-tenant', 'missing-user', 'invalid-user-principal-name', 'unknown-user', 'unknown-policy',
  'duplicate-user', 'too-many-rows',
] as const;

/** One line's problem in the reader's language; a code this tab does not know is still shown, never as a raw key. */
export function lineErrorText(t: Translate, error: CsvLineErrorJson): string {
  // The rate card parser names the first line as "line 12": keep the number, the sentence says "line" in the reader's language.
  const value = error.code === 'duplicate-rate' ? (error.value ?? '').replace(/^line\s+/i, '') : (error.value ?? '');
  const values = { column: error.column ?? '', value };
  const known = (CODES as readonly string[]).includes(error.code);
  return known ? t(`settings.lineErrors.codes.${error.code}` as StringKey, values) : t('settings.lineErrors.codes.other', { value: error.code });
}

/** What was wrong with an uploaded CSV, line by line; nothing was applied. */
export function LineErrors({ errors, max = 200 }: { errors: readonly CsvLineErrorJson[]; max?: number }) {
  const t = useStrings();
  const styles = useSettingsStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="line-errors">
      <MessageBarBody>
        <MessageBarTitle>{t('settings.lineErrors.title', { count: errors.length })}</MessageBarTitle>
        <Body1 as="p" className={styles.note}>
          {t('settings.lineErrors.intro')}
        </Body1>
        <div className={styles.tableScroll}>
          <Table size="small" aria-label={t('settings.lineErrors.title', { count: errors.length })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.lineColumn}>{t('settings.lineErrors.line')}</TableHeaderCell>
                <TableHeaderCell className={styles.codeColumn}>{t('settings.lineErrors.column')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.lineErrors.problem')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {errors.map((error, index) => (
                <TableRow key={`${error.line}-${error.code}-${index}`} data-testid="line-error">
                  <TableCell className={styles.numeric}>{error.line === 0 ? t('settings.lineErrors.wholeFile') : error.line}</TableCell>
                  <TableCell>{error.column ?? ''}</TableCell>
                  <TableCell>{lineErrorText(t, error)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        {errors.length >= max ? <Body1 as="p">{t('settings.lineErrors.more', { count: max })}</Body1> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
