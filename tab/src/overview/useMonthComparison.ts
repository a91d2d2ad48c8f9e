import type { CreditsResponse, UsageResponse } from '../../../bot/api/contracts';
import { useApiGet } from '../data/useApiGet';
import { monthComparison } from './monthComparison';
import type { MonthComparison } from './MonthPanel';

/**
 * This month so far against last month, from one usage answer: last month by day (for its total and its first N days)
 * carries this month's month-to-date too. The projection comes from the credits forecast.
 */
export function useMonthComparison(credits: CreditsResponse | null): { comparison: MonthComparison | null; failed: boolean } {
  const { resource } = useApiGet<UsageResponse>('/usage?preset=last-month&groupBy=day');
  if (resource.status === 'error') return { comparison: null, failed: true };
  if (resource.status !== 'ready') return { comparison: null, failed: false };
  return { comparison: monthComparison(resource.data, credits?.forecast.monthEnd.total ?? null), failed: false };
}
