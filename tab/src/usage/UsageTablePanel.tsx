import { Badge } from '@fluentui/react-badge';
import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Select } from '@fluentui/react-select';
import { Spinner } from '@fluentui/react-spinner';
import { Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { ArrowDownloadRegular, TableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { UsageResponse } from '../../../bot/api/contracts';
import { toMicros } from '../money/decimal';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';
import { SortableTable, sortRows, type SortState, type TableColumn } from '../ui/SortableTable';
import { downloadText } from '../ui/download';
import { buildCsv } from './csv';
import { useUsageNames } from './usageNames';
import { TABLE_DIMENSIONS, csvFileName, usageCsvColumns, usageRows, type TableDimension, type UsageRow } from './usageTable';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  spacer: { flexGrow: 1 },
  name: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

const defaultSort = (dimension: TableDimension): SortState =>
  dimension === 'day' ? { columnId: 'key', direction: 'ascending' } : { columnId: 'cost', direction: 'descending' };

export interface UsageTablePanelProps {
  /** The groupings offered (organizers are not offered "organizer" in their own view). */
  dimensions?: readonly TableDimension[];
  dimension: TableDimension;
  onDimensionChange(dimension: TableDimension): void;
  answer: UsageResponse | null;
  refreshing: boolean;
  /** The last request failed (the view shows the error above, with a retry). */
  failed: boolean;
}

/** The breakdown as a sortable table, and a CSV of exactly its rows in its order. */
export function UsageTablePanel({ dimensions = TABLE_DIMENSIONS, dimension, onDimensionChange, answer, refreshing, failed }: UsageTablePanelProps) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useStyles();
  const names = useUsageNames();
  const [sort, setSort] = useState<SortState>(() => defaultSort(dimension));
  // The answer may still be the previous dimension's while the new one loads.
  const current = answer && answer.groupBy === dimension ? answer : null;
  const rows = current ? usageRows(current, names, t('usage.names.rest')) : [];
  const waiting = failed ? t('common.unavailable') : t('common.loading');

  const nameColumn: TableColumn<UsageRow> = {
    id: 'key',
    header: t(`usage.table.dimensions.${dimension}`),
    render: (row) => {
      if (dimension === 'day' && row.key) return format.calendarDate(row.key);
      if (dimension === 'organizer' && row.attribution && !row.rest) {
        return (
          <span className={styles.name}>
            {row.name}
            <Caption1 className={styles.muted}>
              {[row.organizerUpn, t(`usage.attribution.${row.attribution}`)].filter(Boolean).join(' · ')}
            </Caption1>
          </span>
        );
      }
      if (row.rest) return <Badge appearance="outline" color="informative">{row.name}</Badge>;
      return row.name;
    },
    // Dates and ids sort by their raw value, names by the name shown; "all others" always last.
    sortValue: (row) => (row.rest ? '\uffff' : dimension === 'day' ? (row.key ?? '') : row.name),
  };
  const conferenceColumns: TableColumn<UsageRow>[] =
    dimension === 'conference'
      ? [
          { id: 'organizer', header: t('usage.table.organizer'), render: (r) => r.organizerName ?? r.organizerUpn ?? '', sortValue: (r) => r.organizerName ?? '' },
          { id: 'first', header: t('usage.table.firstCall'), render: (r) => (r.firstCallAt ? format.dateTime(r.firstCallAt) : ''), sortValue: (r) => r.firstCallAt ?? '' },
          { id: 'last', header: t('usage.table.lastCall'), render: (r) => (r.lastCallAt ? format.dateTime(r.lastCallAt) : ''), sortValue: (r) => r.lastCallAt ?? '' },
        ]
      : [];
  const columns: TableColumn<UsageRow>[] = [
    nameColumn,
    ...conferenceColumns,
    { id: 'calls', header: t('usage.table.calls'), render: (r) => format.number(r.figures.calls, 0), sortValue: (r) => r.figures.calls, numeric: true },
    { id: 'minutes', header: t('usage.table.minutes'), render: (r) => format.number(r.figures.minutes, 2), sortValue: (r) => r.figures.seconds, numeric: true },
    { id: 'cost', header: t('usage.table.cost'), render: (r) => format.money(r.figures.total.amount, r.figures.total.currency), sortValue: (r) => toMicros(r.figures.total.amount), numeric: true },
    {
      id: 'credits',
      header: t('usage.table.credits'),
      render: (r) => format.money(r.figures.creditCharge.amount, r.figures.creditCharge.currency),
      sortValue: (r) => toMicros(r.figures.creditCharge.amount),
      numeric: true,
    },
  ];
  const shown = sortRows(rows, columns, sort, format.locale);

  const exportCsv = (): void => {
    if (!current) return;
    const csv = buildCsv(usageCsvColumns(dimension, shown.some((r) => r.rest)), shown);
    downloadText(csvFileName(dimension, current.range.from, current.range.to), csv);
  };

  return (
    <Panel
      title={t('usage.table.heading')}
      icon={<TableRegular />}
      testId="usage-table-panel"
      actions={refreshing ? <Spinner size="extra-tiny" aria-label={t('common.refreshing')} /> : undefined}
    >
      <div className={styles.toolbar}>
        <Field label={t('usage.table.groupBy')}>
          <Select
            value={dimension}
            onChange={(_, data) => {
              const next = dimensions.find((d) => d === data.value) ?? dimension;
              setSort(defaultSort(next));
              onDimensionChange(next);
            }}
            data-testid="table-dimension"
          >
            {dimensions.map((d) => (
              <option key={d} value={d}>
                {t(`usage.table.dimensions.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.spacer} />
        <Button icon={<ArrowDownloadRegular />} onClick={exportCsv} disabled={!current || rows.length === 0} data-testid="export-csv">
          {t('usage.table.export')}
        </Button>
      </div>
      <SortableTable
        caption={
          current
            ? t('usage.table.caption', {
                count: format.number(shown.length, 0),
                from: format.calendarDate(current.range.from),
                to: format.calendarDate(current.range.to),
              })
            : waiting
        }
        columns={columns}
        rows={shown}
        rowKey={(r) => r.id}
        sort={sort}
        onSortChange={setSort}
        empty={current ? t('usage.table.empty') : waiting}
        testId="usage-table"
      />
    </Panel>
  );
}
