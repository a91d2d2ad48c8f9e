import type { Money } from '../money';
import type { Rate } from '../rates/rate-card';
import type { RateLookupResult } from '../rates/rate-lookup';
import type { BillingModel } from '../settings';

export type BalanceCoverage =
  | { readonly kind: 'minutes'; readonly minutes: number }
  /** The rate is free per minute and the balance pays the connection fee: time is not what runs out. */
  | { readonly kind: 'unlimited' }
  | { readonly kind: 'unknown'; readonly why: 'no-balance' | 'rate-unknown' }
  | { readonly kind: 'not-applicable'; readonly why: 'postpaid' | 'us-ca-add-on' | 'zone-a-pool' };

export interface BalanceCoverageInput {
  readonly billingModel: BillingModel;
  /** The current balance estimate; null when there is none. */
  readonly balance: Money | null;
  readonly rate: RateLookupResult;
  /** What pays for the call: only 'communications-credits' draws on the balance. */
  readonly coverage: 'us-ca-add-on' | 'zone-a-pool' | 'communications-credits';
}

/** Whole minutes of one call the balance pays for: the connection fee first, then the per-minute rate. */
export function minutesBalanceCovers(balance: Money, rate: Rate): BalanceCoverage {
  const afterFee = balance.micros - rate.connectionFee.micros;
  if (afterFee < 0n || balance.micros <= 0n) return { kind: 'minutes', minutes: 0 };
  if (rate.perMinute.micros === 0n) return { kind: 'unlimited' };
  const minutes = afterFee / rate.perMinute.micros;
  return { kind: 'minutes', minutes: minutes > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(minutes) };
}

export function balanceCoverage(input: BalanceCoverageInput): BalanceCoverage {
  if (input.billingModel === 'postpaid') return { kind: 'not-applicable', why: 'postpaid' };
  if (input.coverage !== 'communications-credits') return { kind: 'not-applicable', why: input.coverage };
  if (input.balance === null) return { kind: 'unknown', why: 'no-balance' };
  if (input.rate.kind === 'unknown')
    return input.balance.micros <= 0n ? { kind: 'minutes', minutes: 0 } : { kind: 'unknown', why: 'rate-unknown' };
  return minutesBalanceCovers(input.balance, input.rate.rate);
}
