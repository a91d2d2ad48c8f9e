import { z } from 'zod';
import { parseDecimalMicros, toMoneyJson, type Money, type MoneyJson } from './money';
import { failure, success, type Result } from './result';
import type { BillingSettings } from './settings';

/** BillingSettings as stored and sent: amounts are decimal strings, never floats (architecture "Money and time"). */
export interface BillingSettingsJson extends Omit<BillingSettings, 'highCostPerMinute' | 'monthlyBudget'> {
  readonly highCostPerMinute: MoneyJson | null;
  readonly monthlyBudget: MoneyJson | null;
}

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const moneyJson = z.object({ amount: decimal, currency: z.string().regex(/^[A-Z]{3}$/) });

const schema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  tenantCountry: z.string().regex(/^[A-Z]{2}$/),
  billingModel: z.enum(['prepaid', 'postpaid']),
  durationRounding: z.enum(['per-started-minute', 'per-second']),
  chargeRounding: z.enum(['per-call', 'per-line']),
  usCaDomestic: z.boolean(),
  highCostPerMinute: moneyJson.nullable(),
  lowBalanceMinutes: z.number().int().min(0),
  monthlyBudget: moneyJson.nullable(),
  forecastWindowDays: z.number().int().min(7).max(366),
  learnedRateMinCalls: z.number().int().min(1),
});

export interface SettingsIssue {
  readonly path: string;
  readonly code: 'invalid-setting' | 'currency-differs-from-tenant';
}

export function billingSettingsToJson(settings: BillingSettings): BillingSettingsJson {
  return {
    ...settings,
    highCostPerMinute: settings.highCostPerMinute && toMoneyJson(settings.highCostPerMinute),
    monthlyBudget: settings.monthlyBudget && toMoneyJson(settings.monthlyBudget),
  };
}

export function parseBillingSettingsJson(json: unknown): Result<BillingSettings, readonly SettingsIssue[]> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return failure(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: 'invalid-setting' as const })));
  }
  const value = parsed.data;
  const toMoney = (m: { amount: string; currency: string } | null): Money | null =>
    m && { micros: parseDecimalMicros(m.amount), currency: m.currency };
  const issues: SettingsIssue[] = [];
  for (const key of ['highCostPerMinute', 'monthlyBudget'] as const) {
    const amount = value[key];
    if (amount && amount.currency !== value.currency) issues.push({ path: key, code: 'currency-differs-from-tenant' });
  }
  if (issues.length > 0) return failure(issues);
  return success({ ...value, highCostPerMinute: toMoney(value.highCostPerMinute), monthlyBudget: toMoney(value.monthlyBudget) });
}
