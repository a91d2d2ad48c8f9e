import { divideRounded, type Money } from '../money';
import { instantToMs, type Instant } from '../time';
import type { CreditCharge } from './ledger-entries';
import { dedupeCharges } from './ledger-view';

/**
 * Postpaid tenants (MCA/NCE) are billed after use and cannot buy credits (domain-facts §2.2), so they see spend
 * against a budget instead of a balance (architecture "Credit balance").
 */
export interface PostpaidSpend {
  readonly from: Instant;
  readonly to: Instant;
  readonly spend: Money;
  readonly chargesCounted: number;
  readonly budget: Money | null;
  /** budget − spend; negative when over budget. */
  readonly remaining: Money | null;
  /** Spend as a share of the budget in basis points (10000 = 100%), rounded half up; null without a budget. */
  readonly budgetUsedBasisPoints: number | null;
}

export interface PostpaidSpendInput {
  readonly charges: readonly CreditCharge[];
  /** Calls that started in [from, to) count: the period is chosen by the caller in the tenant's time zone. */
  readonly from: Instant;
  readonly to: Instant;
  readonly currency: string;
  readonly budget: Money | null;
}

export function postpaidSpend(input: PostpaidSpendInput): PostpaidSpend {
  const fromMs = instantToMs(input.from);
  const toMs = instantToMs(input.to);
  let spend = 0n;
  let count = 0;
  for (const { charge, startedAtMs: ms } of dedupeCharges(input.charges).charges) {
    if (ms < fromMs || ms >= toMs) continue;
    if (charge.amount.currency !== input.currency)
      throw new RangeError(`Charge ${charge.id} is in ${charge.amount.currency}, not ${input.currency}`);
    spend += charge.amount.micros;
    count += 1;
  }
  const budget = input.budget;
  if (budget !== null && budget.currency !== input.currency) throw new RangeError(`Budget is in ${budget.currency}, not ${input.currency}`);
  return {
    from: input.from,
    to: input.to,
    spend: { micros: spend, currency: input.currency },
    chargesCounted: count,
    budget,
    remaining: budget && { micros: budget.micros - spend, currency: input.currency },
    budgetUsedBasisPoints: budget && budget.micros > 0n ? Number(divideRounded(spend * 10_000n, budget.micros, 'half-up')) : null,
  };
}
