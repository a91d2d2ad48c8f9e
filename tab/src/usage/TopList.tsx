import { Body1, Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import type { ReactNode } from 'react';
import type { MoneyAmount } from '../../../bot/api/contracts';
import { decimalToNumber } from '../money/decimal';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';

export interface TopItem {
  id: string;
  label: string;
  secondary?: string;
  total: MoneyAmount;
  calls: number;
  minutes: number;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, alignItems: 'baseline' },
  label: { overflowWrap: 'anywhere' },
  amount: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  track: { height: '6px', borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorNeutralBackground5 },
  bar: { height: '100%', borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorBrandBackground, minWidth: '2px' },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** A ranked list with a proportional bar per item: where the money went. */
export function TopList({
  title,
  icon,
  items,
  more,
  note,
  status,
  testId,
}: {
  title: string;
  icon: ReactNode;
  items: readonly TopItem[];
  /** How many items exist beyond those listed. */
  more: number;
  note?: string;
  /** Before the first answer: still coming, or failed (the view shows the error once, above). */
  status: 'loading' | 'failed' | 'ready';
  testId: string;
}) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useStyles();
  const max = Math.max(0, ...items.map((i) => decimalToNumber(i.total.amount)));
  return (
    <Panel title={title} icon={icon} testId={testId}>
      {items.length === 0 ? (
        <Body1 as="p" className={styles.muted}>
          {status === 'loading' ? t('common.loading') : status === 'failed' ? t('common.unavailable') : t('usage.top.empty')}
        </Body1>
      ) : (
        <ol className={styles.list}>
          {items.map((item) => (
            <li key={item.id} className={styles.item}>
              <div className={styles.line}>
                <Body1 className={styles.label}>{item.label}</Body1>
                <Body1 className={styles.amount}>{format.money(item.total.amount, item.total.currency)}</Body1>
              </div>
              <div className={styles.track} aria-hidden="true">
                <div className={styles.bar} style={{ width: `${max > 0 ? (decimalToNumber(item.total.amount) / max) * 100 : 0}%` }} />
              </div>
              <Caption1 className={styles.muted}>
                {item.secondary ? `${item.secondary} · ` : ''}
                {t('usage.top.callsMinutes', { calls: format.number(item.calls, 0), minutes: format.number(item.minutes, 0) })}
              </Caption1>
            </li>
          ))}
        </ol>
      )}
      {more > 0 ? <Caption1 className={styles.muted}>{t('usage.top.more', { count: format.number(more, 0) })}</Caption1> : null}
      {note ? <Caption1 className={styles.muted}>{note}</Caption1> : null}
    </Panel>
  );
}
