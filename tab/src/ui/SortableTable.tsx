import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  type SortDirection,
} from '@fluentui/react-table';
import { tokens } from '@fluentui/react-theme';
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses } from './griffel';

export interface TableColumn<Row> {
  id: string;
  header: string;
  render(row: Row): ReactNode;
  /** What the column sorts by; a column without one cannot be sorted. */
  sortValue?(row: Row): string | number | bigint;
  numeric?: boolean;
}

export interface SortState {
  columnId: string;
  direction: SortDirection;
}

export interface SortableTableProps<Row> {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  sort: SortState;
  onSortChange(sort: SortState): void;
  /** Shown in one full-width row when `rows` is empty. */
  empty: ReactNode;
  testId?: string;
  footer?: ReactNode;
}

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  caption: {
    captionSide: 'top',
    textAlign: 'start',
    padding: `0 0 ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numericHeader: { '& > button, & > div': { justifyContent: 'flex-end' } },
  empty: { padding: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2 },
});

function compareValues(a: string | number | bigint, b: string | number | bigint, collator: Intl.Collator): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rows in the order the table shows them: the one order the table and its CSV export share. */
export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  sort: SortState,
  locale: string,
): Row[] {
  const column = columns.find((c) => c.id === sort.columnId);
  const key = column?.sortValue;
  if (!key) return [...rows];
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable: equal rows keep the API's order.
  return [...rows].sort((a, b) => sign * compareValues(key(a), key(b), collator));
}

/** A Fluent table whose sortable headers are buttons with aria-sort; the caller owns the rows' order. */
export function SortableTable<Row>({ caption, columns, rows, rowKey, sort, onSortChange, empty, testId, footer }: SortableTableProps<Row>) {
  const styles = useStyles();
  const headerFor = (column: TableColumn<Row>) => {
    const className = mergeClasses(column.numeric && styles.numericHeader);
    if (!column.sortValue) {
      return (
        <TableHeaderCell key={column.id} sortable={false} className={className}>
          {column.header}
        </TableHeaderCell>
      );
    }
    const active = sort.columnId === column.id;
    // A new column starts with the largest amounts first, or A to Z; the active one flips.
    const next: SortDirection = active
      ? sort.direction === 'ascending'
        ? 'descending'
        : 'ascending'
      : column.numeric
        ? 'descending'
        : 'ascending';
    return (
      <TableHeaderCell
        key={column.id}
        sortable
        sortDirection={active ? sort.direction : undefined}
        className={className}
        onClick={() => onSortChange({ columnId: column.id, direction: next })}
      >
        {column.header}
      </TableHeaderCell>
    );
  };

  return (
    <div className={styles.wrap} data-testid={testId}>
      <Table size="small" sortable>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>{columns.map(headerFor)}</TableRow>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columns.length} className={styles.empty}>
                {empty}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((row) => (
              <TableRow key={rowKey(row)} data-key={rowKey(row)}>
                {columns.map((column) => (
                  <TableCell key={column.id} className={mergeClasses(column.numeric && styles.numeric)}>
                    {column.render(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
        {footer}
      </Table>
    </div>
  );
}
