/**
 * What an admin may write to the credit ledger. Decides only: the ledger service reads what these rules need and
 * writes. Amounts must be in the tenant's currency (every balance of a tenant is in it: settings.ts), and a balance
 * or a purchase cannot be dated in the future (the admin read it, or paid it, already).
 */
import type { LedgerEntryContent } from '../store/ledger-store';
import type { Money } from '../billing/money';
import { instantToMs } from '../billing/time';

export type LedgerProblemCode = 'currency-differs-from-tenant' | 'in-the-future' | 'not-positive' | 'negative' | 'unknown-entry';

export interface LedgerProblem {
  readonly path: string;
  readonly code: LedgerProblemCode;
}

/** Clocks differ a little between the admin's browser and the service. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export interface LedgerRuleContext {
  readonly currency: string;
  readonly now: Date;
  /** For a reversal: does the entry it names exist in this tenant's ledger? */
  readonly reversalTargetExists: boolean;
}

export function ledgerContentProblems(content: LedgerEntryContent, context: LedgerRuleContext): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const currency = (path: string, amount: Money): void => {
    if (amount.currency !== context.currency) problems.push({ path, code: 'currency-differs-from-tenant' });
  };
  const notFuture = (path: string, instant: string): void => {
    if (instantToMs(instant) > context.now.getTime() + FUTURE_TOLERANCE_MS) problems.push({ path, code: 'in-the-future' });
  };
  switch (content.kind) {
    case 'snapshot':
      // A balance may be below zero (domain-facts §2.4), so its sign is not checked.
      currency('balance', content.balance);
      notFuture('asOf', content.asOf);
      break;
    case 'purchase':
      currency('amount', content.amount);
      if (content.amount.micros <= 0n) problems.push({ path: 'amount', code: 'not-positive' });
      notFuture('purchasedAt', content.purchasedAt);
      break;
    case 'auto-recharge-rule':
      if (content.rule) {
        currency('rule.trigger', content.rule.trigger);
        currency('rule.amount', content.rule.amount);
        if (content.rule.trigger.micros < 0n) problems.push({ path: 'rule.trigger', code: 'negative' });
        if (content.rule.amount.micros <= 0n) problems.push({ path: 'rule.amount', code: 'not-positive' });
      }
      break;
    case 'reversal':
      if (!context.reversalTargetExists) problems.push({ path: 'reverses', code: 'unknown-entry' });
      break;
  }
  return problems;
}
