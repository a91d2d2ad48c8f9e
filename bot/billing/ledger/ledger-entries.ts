import type { Money } from '../money';
import type { Instant } from '../time';

/**
 * The credit ledger is append-only (architecture "Credit balance"): an edit is a new entry and a mistake is undone by
 * a reversal. No API exposes the Communications Credits balance (domain-facts §2.7), so these entries are what an
 * admin tells the app.
 */
interface EntryBase {
  readonly id: string;
  readonly recordedAt: Instant;
  readonly recordedBy: string | null;
}

/** The balance an admin read in the Microsoft 365 admin center at a given time. */
export interface BalanceSnapshotEntry extends EntryBase {
  readonly kind: 'snapshot';
  readonly asOf: Instant;
  readonly balance: Money;
}

/** Funds added: a lot, consumed first-in first-out and forfeited 12 months after purchase (domain-facts §2.3). */
export interface PurchaseEntry extends EntryBase {
  readonly kind: 'purchase';
  readonly purchasedAt: Instant;
  readonly amount: Money;
  /** A recharge the admin saw on an invoice is recorded as a purchase with origin 'auto-recharge'. */
  readonly origin: 'manual' | 'auto-recharge';
}

/** "When the balance falls below" trigger and "Recharge with" amount (domain-facts §2.3). */
export interface AutoRechargeRule {
  readonly trigger: Money;
  readonly amount: Money;
}

/** The rule in force from `effectiveFrom`; `rule: null` records that auto-recharge was turned off. */
export interface AutoRechargeRuleEntry extends EntryBase {
  readonly kind: 'auto-recharge-rule';
  readonly effectiveFrom: Instant;
  readonly rule: AutoRechargeRule | null;
}

export interface ReversalEntry extends EntryBase {
  readonly kind: 'reversal';
  /** The id of the entry this one cancels; reversing a reversal restores the original. */
  readonly reverses: string;
}

export type LedgerEntry = BalanceSnapshotEntry | PurchaseEntry | AutoRechargeRuleEntry | ReversalEntry;

/**
 * One call's cost against the balance: charge + connection charge of a row that draws on credits
 * (see drawsOnCommunicationsCredits). The id is the call log row id, so the same row applied twice counts once.
 */
export interface CreditCharge {
  readonly id: string;
  readonly startedAt: Instant;
  readonly amount: Money;
}
