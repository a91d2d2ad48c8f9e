import { Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import type { UsageResponse } from '../../../bot/api/contracts';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';

const useStyles = makeStyles({
  strip: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    boxShadow: tokens.shadow2,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
});

/** The range's totals under the filters, and this month so far. */
export function UsageTotals({ answer }: { answer: UsageResponse }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useStyles();
  const money = (m: { amount: string; currency: string }) => format.money(m.amount, m.currency);
  const items: Array<[string, string, string]> = [
    ['total-cost', t('usage.totals.cost'), money(answer.totals.total)],
    ['total-credits', t('usage.totals.credits'), money(answer.totals.creditCharge)],
    ['total-minutes', t('usage.totals.minutes'), format.number(answer.totals.minutes, 0)],
    ['total-calls', t('usage.totals.calls'), format.number(answer.totals.calls, 0)],
    ['month-to-date', t('usage.totals.monthToDate'), money(answer.monthToDate.figures.total)],
  ];
  return (
    <dl className={styles.strip} data-testid="usage-totals">
      {items.map(([id, label, value]) => (
        <div key={id} className={styles.item}>
          <dt>
            <Caption1 className={styles.label}>{label}</Caption1>
          </dt>
          <dd className={styles.value} style={{ margin: 0 }} data-testid={id}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
