import type { Money } from '../money';
import type { NumberType } from '../numbers/number-types';
import type { CallKind } from '../reference/call-types';
import type { CalendarDate } from '../time';

/** A per-minute price and the per-call connection fee (domain-facts §1.2: connection fees can come on top). */
export interface Rate {
  readonly perMinute: Money;
  readonly connectionFee: Money;
}

export interface RateCardEntry {
  readonly callKind: CallKind;
  /** ISO 3166 alpha-2: the dial-in number's country, or the dial-out destination (§5: rates follow the destination). */
  readonly country: string;
  /** null: the rate applies to every number type of that country. */
  readonly numberType: NumberType | null;
  readonly rate: Rate;
  readonly effectiveFrom: CalendarDate;
}

/** 'demo' marks made-up prices for the demo tenant; they must never be shown as Microsoft's. */
export type RateCardSource = 'admin' | 'demo';

export interface RateCard {
  readonly source: RateCardSource;
  readonly entries: readonly RateCardEntry[];
}
