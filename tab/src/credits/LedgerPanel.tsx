import { Badge } from '@fluentui/react-badge';
import { tokens } from '@fluentui/react-theme';
import { HistoryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LedgerEntryJson } from '../../../bot/api/contracts';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';
import { SortableTable, sortRows, type SortState, type TableColumn } from '../ui/SortableTable';

const useStyles = makeStyles({
  cell: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  reversed: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground2 },
});

function effectiveAt(entry: LedgerEntryJson): string {
  switch (entry.kind) {
    case 'snapshot':
      return entry.asOf;
    case 'purchase':
      return entry.purchasedAt;
    case 'autoRechargeRule':
      return entry.effectiveFrom;
    case 'reversal':
      return entry.recordedAt;
  }
}

/** The ledger as entered: who recorded what and when; a reversed entry is struck through, never hidden. */
export function LedgerPanel({ entries }: { entries: readonly LedgerEntryJson[] }) {
  const t = useStrings();
  const { format, me } = useSession();
  const styles = useStyles();
  const [sort, setSort] = useState<SortState>({ columnId: 'recordedAt', direction: 'descending' });
  const money = (m: { amount: string; currency: string }) => format.money(m.amount, m.currency);

  const details = (entry: LedgerEntryJson): string => {
    switch (entry.kind) {
      case 'snapshot':
        return money(entry.balance);
      case 'purchase':
        return entry.origin === 'auto-recharge' ? t('credits.ledger.autoRechargeOrigin', { amount: money(entry.amount) }) : money(entry.amount);
      case 'autoRechargeRule':
        return entry.rule
          ? t('credits.ledger.ruleText', { trigger: money(entry.rule.trigger), amount: money(entry.rule.amount) })
          : t('credits.ledger.ruleOff');
      case 'reversal':
        return t('credits.ledger.reverses');
    }
  };

  const columns: TableColumn<LedgerEntryJson>[] = [
    { id: 'recordedAt', header: t('credits.ledger.recordedAt'), render: (e) => format.dateTime(e.recordedAt), sortValue: (e) => e.recordedAt },
    {
      id: 'kind',
      header: t('credits.ledger.kind'),
      render: (e) => (
        <span className={styles.cell}>
          {t(`credits.ledger.kinds.${e.kind}`)}
          {e.reversed ? (
            <Badge appearance="tint" color="danger">
              {t('credits.ledger.reversed')}
            </Badge>
          ) : null}
        </span>
      ),
      sortValue: (e) => t(`credits.ledger.kinds.${e.kind}`),
    },
    { id: 'details', header: t('credits.ledger.details'), render: (e) => <span className={e.reversed ? styles.reversed : undefined}>{details(e)}</span> },
    { id: 'effective', header: t('credits.ledger.effective'), render: (e) => format.dateTime(effectiveAt(e)), sortValue: effectiveAt },
    {
      id: 'by',
      header: t('credits.ledger.by'),
      render: (e) => (e.recordedBy === me.userId ? t('credits.ledger.you') : t('credits.ledger.someone')),
    },
  ];

  return (
    <Panel title={t('credits.ledger.heading')} icon={<HistoryRegular />} testId="ledger-panel">
      <SortableTable
        caption={t('credits.ledger.caption')}
        columns={columns}
        rows={sortRows(entries, columns, sort, format.locale)}
        rowKey={(e) => e.id}
        sort={sort}
        onSortChange={setSort}
        empty={t('credits.ledger.empty')}
        testId="ledger-table"
      />
    </Panel>
  );
}
