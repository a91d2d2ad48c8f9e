import type { MoneyAmount, UsageResponse } from '../../../bot/api/contracts';
import { addDecimals } from '../money/decimal';
import type { MonthComparison } from './MonthPanel';

/**
 * Month-to-date against last month, exactly: last month's total, and the sum of its first N days where N is the day of
 * this month that month-to-date runs to (a like-for-like comparison; a shorter last month stops at its end).
 */
export function monthComparison(lastMonth: UsageResponse, projectedTotal: MoneyAmount | null): MonthComparison {
  const mtd = lastMonth.monthToDate;
  const dayOfMonth = Number(mtd.to.slice(8, 10));
  const samePeriod = lastMonth.groups
    .filter((g) => g.key !== null && Number(g.key.slice(8, 10)) <= dayOfMonth)
    .map((g) => g.figures.total.amount);
  return {
    month: mtd.from.slice(0, 7),
    monthToDate: mtd.figures.total,
    lastMonth: lastMonth.range.from.slice(0, 7),
    lastMonthSamePeriod: { amount: addDecimals(samePeriod), currency: lastMonth.currency },
    lastMonthTotal: lastMonth.totals.total,
    projectedTotal,
  };
}
