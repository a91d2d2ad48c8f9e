/**
 * The facts of an open alert, read defensively: the API types them as a record (episodes keep the facts they opened
 * with, so an old episode may lack a newer field). An alert whose facts don't parse is still shown, by kind alone.
 */
import type { CreditAlertKind, MoneyAmount } from '../../../bot/api/contracts';

export type AlertFacts =
  | { kind: 'lowBalance'; balance: MoneyAmount; threshold: MoneyAmount }
  | { kind: 'runOutSoon'; runOutDate: string; daysLeft: number; perDay: MoneyAmount }
  | { kind: 'spendSpike'; day: string; spend: MoneyAmount; baseline: MoneyAmount; factor: number }
  | { kind: 'lotsExpiring'; withinDays: number; total: MoneyAmount | null; firstExpiresAt: string | null; lots: number }
  | { kind: CreditAlertKind; unparsed: true };

function isMoney(value: unknown): value is MoneyAmount {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  return typeof amount === 'string' && /^-?\d+(\.\d+)?$/.test(amount) && typeof currency === 'string';
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function readAlertFacts(kind: CreditAlertKind, facts: Record<string, unknown>, sumMoney: (values: MoneyAmount[]) => MoneyAmount | null): AlertFacts {
  switch (kind) {
    case 'lowBalance':
      if (isMoney(facts.balance) && isMoney(facts.threshold)) return { kind, balance: facts.balance, threshold: facts.threshold };
      break;
    case 'runOutSoon':
      if (isString(facts.runOutDate) && isNumber(facts.daysLeft) && isMoney(facts.perDay)) {
        return { kind, runOutDate: facts.runOutDate, daysLeft: facts.daysLeft, perDay: facts.perDay };
      }
      break;
    case 'spendSpike':
      if (isString(facts.day) && isMoney(facts.spend) && isMoney(facts.baseline) && isNumber(facts.factor)) {
        return { kind, day: facts.day, spend: facts.spend, baseline: facts.baseline, factor: facts.factor };
      }
      break;
    case 'lotsExpiring': {
      if (!isNumber(facts.withinDays) || !Array.isArray(facts.lots)) break;
      const lots = facts.lots.filter(
        (lot): lot is { remaining: MoneyAmount; expiresAt: string } =>
          typeof lot === 'object' && lot !== null && isMoney((lot as { remaining?: unknown }).remaining) && isString((lot as { expiresAt?: unknown }).expiresAt),
      );
      const first = lots.map((lot) => lot.expiresAt).sort()[0] ?? null;
      return { kind, withinDays: facts.withinDays, total: sumMoney(lots.map((lot) => lot.remaining)), firstExpiresAt: first, lots: lots.length };
    }
  }
  return { kind, unparsed: true };
}
