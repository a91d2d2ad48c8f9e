/**
 * Does the Communications Credits balance cover an organizer's calls? A coarse status the bot can say in one line,
 * decided from the balance estimate and the tenant's low-balance threshold. Decides only.
 */
import type { CreditBalance } from '../billing/ledger/credit-balance';
import { compareMoney, zero, type Money } from '../billing/money';
import type { BillingModel } from '../billing/settings';
import type { Instant } from '../billing/time';

/**
 * good: above the threshold (or postpaid: billed after use, nothing runs out);
 * low: above zero but below the tenant's low-balance threshold;
 * exhausted: at or below zero, so credit-funded calls (toll-free, PPM dial-in and dial-out) may stop (domain-facts §2.4);
 * unknown: no balance snapshot has been entered.
 */
export type CoverageStatus = 'good' | 'low' | 'exhausted' | 'unknown';

export interface CreditCoverage {
  readonly status: CoverageStatus;
  readonly billingModel: BillingModel;
  /** The estimate the status rests on; null for postpaid tenants and without a snapshot. */
  readonly balance: Money | null;
  readonly at: Instant;
  readonly lowBalanceThreshold: Money | null;
}

export interface CoverageInput {
  readonly billingModel: BillingModel;
  /** null for postpaid tenants. */
  readonly balance: CreditBalance | null;
  readonly lowBalanceThreshold: Money | null;
  readonly at: Instant;
}

export function creditCoverage(input: CoverageInput): CreditCoverage {
  const base = { billingModel: input.billingModel, at: input.at, lowBalanceThreshold: input.lowBalanceThreshold };
  if (input.billingModel === 'postpaid') return { ...base, status: 'good', balance: null };
  if (!input.balance || input.balance.kind !== 'estimate') return { ...base, status: 'unknown', balance: null };
  const balance = input.balance.balance;
  if (compareMoney(balance, zero(balance.currency)) <= 0) return { ...base, status: 'exhausted', balance };
  const threshold = input.lowBalanceThreshold;
  if (threshold && threshold.currency === balance.currency && compareMoney(balance, threshold) < 0) return { ...base, status: 'low', balance };
  return { ...base, status: 'good', balance };
}
