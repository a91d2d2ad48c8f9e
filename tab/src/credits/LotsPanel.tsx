import { Badge } from '@fluentui/react-badge';
import { Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { WalletRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CreditLotJson, CreditsResponse } from '../../../bot/api/contracts';
import { toMicros } from '../money/decimal';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';
import { SortableTable, sortRows, type SortState, type TableColumn } from '../ui/SortableTable';

const useStyles = makeStyles({
  cell: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The lots the estimate is made of: what each added, what is left, and when it expires. */
export function LotsPanel({ credits }: { credits: CreditsResponse }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useStyles();
  const [sort, setSort] = useState<SortState>({ columnId: 'expires', direction: 'ascending' });
  const expiring = new Set(credits.lotsExpiring.lotIds);
  const now = new Date(credits.asOf);
  const money = (m: { amount: string; currency: string }) => format.money(m.amount, m.currency);

  const columns: TableColumn<CreditLotJson>[] = [
    {
      id: 'acquired',
      header: t('credits.lots.acquired'),
      render: (lot) => (lot.acquiredAt ? format.date(lot.acquiredAt) : t('credits.lots.unknownDate')),
      sortValue: (lot) => lot.acquiredAt ?? '',
    },
    {
      id: 'origin',
      header: t('credits.lots.origin'),
      render: (lot) => (
        <span className={styles.cell}>
          {t(`credits.lots.origins.${lot.origin}`)}
          {lot.provisional ? (
            <Badge appearance="outline" color="informative" title={t('credits.lots.provisionalHint')}>
              {t('common.provisional')}
            </Badge>
          ) : null}
        </span>
      ),
      sortValue: (lot) => t(`credits.lots.origins.${lot.origin}`),
    },
    { id: 'original', header: t('credits.lots.original'), render: (lot) => money(lot.original), sortValue: (lot) => toMicros(lot.original.amount), numeric: true },
    { id: 'remaining', header: t('credits.lots.remaining'), render: (lot) => money(lot.remaining), sortValue: (lot) => toMicros(lot.remaining.amount), numeric: true },
    {
      id: 'expires',
      header: t('credits.lots.expires'),
      render: (lot) =>
        lot.expiresAt ? (
          <span className={styles.cell}>
            {format.date(lot.expiresAt)}
            <Caption1 className={styles.hint}>{format.relative(lot.expiresAt, now)}</Caption1>
            {expiring.has(lot.id) ? (
              <Badge appearance="tint" color="warning">
                {t('credits.lots.expiringSoon')}
              </Badge>
            ) : null}
          </span>
        ) : (
          t('credits.lots.unknownDate')
        ),
      // Unknown expiry sorts last.
      sortValue: (lot) => lot.expiresAt ?? '9999',
    },
  ];

  return (
    <Panel title={t('credits.lots.heading')} icon={<WalletRegular />} testId="lots-panel">
      <SortableTable
        caption={t('credits.lots.caption')}
        columns={columns}
        rows={sortRows(credits.lots, columns, sort, format.locale)}
        rowKey={(lot) => lot.id}
        sort={sort}
        onSortChange={setSort}
        empty={t('credits.lots.empty')}
        testId="lots-table"
      />
    </Panel>
  );
}
