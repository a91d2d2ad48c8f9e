import { compareMoney, type Money } from '../money';
import type { BillingModel } from '../settings';

export type EstimateBalanceCoverage = 'covered' | 'short' | 'exhausted' | 'unknown' | 'postpaid';

/**
 * Does the credits balance estimate cover an estimated meeting total? PPM dial-in and dial-out are paid from
 * Communications Credits (domain-facts §2.1); at zero, metered calls may stop (§2.4, UNCERTAIN for PPM), so an
 * exhausted balance is said apart from one that is merely below the total. Postpaid tenants are billed after use.
 */
export function estimateBalanceCoverage(input: { billingModel: BillingModel; balance: Money | null; total: Money }): EstimateBalanceCoverage {
  if (input.billingModel === 'postpaid') return 'postpaid';
  if (input.balance === null || input.balance.currency !== input.total.currency) return 'unknown';
  if (input.balance.micros <= 0n) return 'exhausted';
  return compareMoney(input.balance, input.total) >= 0 ? 'covered' : 'short';
}
