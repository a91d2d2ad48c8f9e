import { Body1, Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { ArrowTrendingDownRegular, ArrowTrendingRegular, DataTrendingRegular } from '@fluentui/react-icons';
import type { MoneyAmount } from '../../../bot/api/contracts';
import { compareDecimals, decimalRatio, subtractDecimal } from '../money/decimal';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';
import { useOverviewStyles } from './overviewStyles';

/** This month so far against last month: the same days of it, and its whole total. */
export interface MonthComparison {
  /** "2025-03" */
  month: string;
  monthToDate: MoneyAmount;
  lastMonth: string;
  /** Last month's first N days, N being the days of this month so far: a like-for-like comparison. */
  lastMonthSamePeriod: MoneyAmount;
  lastMonthTotal: MoneyAmount;
  projectedTotal: MoneyAmount | null;
}

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalL },
  change: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0 },
  changeIcon: { fontSize: '20px', flexShrink: 0 },
});

export function MonthPanel({ comparison, failed, className }: { comparison: MonthComparison | null; failed: boolean; className?: string }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useStyles();
  const o = useOverviewStyles();
  const money = (m: MoneyAmount) => format.money(m.amount, m.currency);

  if (!comparison) {
    return (
      <Panel title={t('overview.month.heading')} icon={<DataTrendingRegular />} testId="month-panel" className={className}>
        <Body1 as="p" className={o.muted}>
          {failed ? t('common.loadFailed') : t('common.loading')}
        </Body1>
      </Panel>
    );
  }

  const { monthToDate, lastMonthSamePeriod } = comparison;
  const direction = compareDecimals(monthToDate.amount, lastMonthSamePeriod.amount);
  const ratio = decimalRatio(subtractDecimal(monthToDate.amount, lastMonthSamePeriod.amount), lastMonthSamePeriod.amount);
  const change =
    direction === 0
      ? t('overview.month.changeSame')
      : ratio === null
        ? null
        : t(direction > 0 ? 'overview.month.change' : 'overview.month.changeDown', { percent: format.percent(Math.abs(ratio)) });

  return (
    <Panel title={t('overview.month.heading')} icon={<DataTrendingRegular />} testId="month-panel" className={className}>
      <div className={styles.columns}>
        <div>
          <Caption1 as="p" className={o.muted}>
            {t('overview.month.monthToDate', { month: format.month(comparison.month) })}
          </Caption1>
          <p className={o.figureMedium} data-testid="month-to-date">
            {money(monthToDate)}
          </p>
        </div>
        <div>
          <Caption1 as="p" className={o.muted}>
            {format.month(comparison.lastMonth)}
          </Caption1>
          <p className={o.figureMedium} data-testid="last-month">
            {money(comparison.lastMonthTotal)}
          </p>
        </div>
      </div>
      {change ? (
        <Body1 as="p" className={styles.change} data-testid="month-change">
          {direction > 0 ? (
            <ArrowTrendingRegular className={styles.changeIcon} aria-hidden="true" />
          ) : direction < 0 ? (
            <ArrowTrendingDownRegular className={styles.changeIcon} aria-hidden="true" />
          ) : null}
          {change}
        </Body1>
      ) : null}
      <Caption1 as="p" className={o.muted}>
        {t('overview.month.samePeriod', { amount: money(lastMonthSamePeriod) })}
        {comparison.projectedTotal ? ` · ${t('overview.month.projected', { amount: money(comparison.projectedTotal) })}` : ''}
      </Caption1>
    </Panel>
  );
}
