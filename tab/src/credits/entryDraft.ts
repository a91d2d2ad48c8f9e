/**
 * The admin's balance or purchase entry, from the form's text to the API request, with every problem named. Pure:
 * the locale, currency and "now" are parameters.
 */
import type { NewLedgerEntryRequest } from '../../../bot/api/contracts';
import { compareDecimals } from '../money/decimal';
import { parseAmount } from '../money/parseAmount';

export type EntryKind = 'snapshot' | 'purchase';

export interface EntryDraft {
  kind: EntryKind;
  amountText: string;
  /** A datetime-local value ("2025-03-01T09:30"), in the browser's time zone. */
  whenText: string;
}

export type AmountProblem = 'amountMissing' | 'amountInvalid' | 'amountNotPositive' | 'amountTooLarge';
export type WhenProblem = 'whenMissing' | 'whenFuture';

export type DraftCheck =
  | { ok: true; request: Extract<NewLedgerEntryRequest, { kind: EntryKind }> }
  | { ok: false; amount: AmountProblem | null; when: WhenProblem | null };

export interface DraftContext {
  locale: string;
  currency: string;
  currencyDigits: number;
  now: Date;
}

/** The service allows five minutes of clock difference; the form allows one, so it never sends what will bounce. */
const FUTURE_TOLERANCE_MS = 60_000;

/** A datetime-local value to an instant, read in the browser's time zone; null when empty or malformed. */
export function instantOfLocal(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Now as a datetime-local value (minutes), for the field's default and its max. */
export function localInputValue(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function checkDraft(draft: EntryDraft, context: DraftContext): DraftCheck {
  const parsed = parseAmount(draft.amountText, context.locale, context.currencyDigits);
  let amount: AmountProblem | null = null;
  if (!parsed.ok) amount = parsed.problem === 'missing' ? 'amountMissing' : parsed.problem === 'tooLarge' ? 'amountTooLarge' : 'amountInvalid';
  // A balance may be below zero (domain-facts §2.4); a purchase may not.
  else if (draft.kind === 'purchase' && compareDecimals(parsed.amount, '0') <= 0) amount = 'amountNotPositive';

  const instant = instantOfLocal(draft.whenText);
  let when: WhenProblem | null = null;
  if (!instant) when = 'whenMissing';
  else if (instant.getTime() > context.now.getTime() + FUTURE_TOLERANCE_MS) when = 'whenFuture';

  if (amount || when || !parsed.ok || !instant) return { ok: false, amount, when };
  const money = { amount: parsed.amount, currency: context.currency };
  const at = instant.toISOString();
  return {
    ok: true,
    request: draft.kind === 'snapshot' ? { kind: 'snapshot', asOf: at, balance: money } : { kind: 'purchase', purchasedAt: at, amount: money, origin: 'manual' },
  };
}
