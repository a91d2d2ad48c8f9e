/**
 * The tenant settings as an admin edits them (TenantSettingsJson) and back: validation with one problem code per bad
 * field, the stored document an edit produces, and the fields an edit changed (what the audit records).
 * Amounts are exact decimal strings in the tenant's currency.
 */
import { getCountries } from 'libphonenumber-js/max';
import { z } from 'zod';
import { moneyFromDecimal, toDecimalString, toMoneyJson, type MoneyJson } from '../billing/money';
import type { TenantSettings } from '../store/tenant-settings';
import type { SettingsChoicesJson, TenantSettingsJson } from './settings-types';
import { isKnownTimeZone } from '../billing/intl-cache';

export interface FieldProblem {
  readonly path: string;
  readonly code:
    | 'invalid'
    | 'unknown-country'
    | 'unknown-time-zone'
    | 'unknown-currency'
    | 'invalid-amount'
    | 'must-be-positive'
    | 'out-of-range'
    | 'unknown-user'
    | 'not-a-user'
    | 'too-many'
    | 'cannot-remove-yourself';
}

const COUNTRIES: readonly string[] = [...getCountries()].sort();
const CURRENCIES = Intl.supportedValuesOf('currency');
const TIME_ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')];
const MAX_ADMINS = 100;

/** The lists the form offers; the tenant's current time zone is added when Intl lists it under another name. */
export function settingsChoices(currentTimeZone?: string): SettingsChoicesJson {
  const timeZones = currentTimeZone && !TIME_ZONES.includes(currentTimeZone) ? [currentTimeZone, ...TIME_ZONES] : TIME_ZONES;
  return { countries: [...COUNTRIES], currencies: CURRENCIES, timeZones };
}


const amount = z.string().nullable();
const whole = z.number().int();

/** The shape only; the values are checked by settingsFormProblems. */
export const settingsFormSchema = z
  .object({
    country: z.string(),
    timeZone: z.string(),
    currency: z.string(),
    billingModel: z.enum(['prepaid', 'postpaid']),
    durationRounding: z.enum(['per-started-minute', 'per-second']),
    chargeRounding: z.enum(['per-call', 'per-line']),
    usCaDomestic: z.boolean(),
    highCostPerMinute: amount,
    lowBalanceMinutes: whole,
    monthlyBudget: amount,
    alerts: z
      .object({
        lowBalance: amount,
        runOutWithinDays: whole,
        spendSpikeFactor: z.number(),
        lotsExpiringWithinDays: whole,
      })
      .strict(),
    usageSourceOfTruth: z.enum(['graph', 'export']),
    admins: z.array(z.string().max(256)),
  })
  .strict();

/** Decimal amounts: not negative, at most six decimals (the money scale). */
const DECIMAL = /^\d{1,12}(\.\d{1,6})?$/;

/** Problems with the values of a well-shaped form (admins are resolved separately). */
export function settingsFormProblems(form: TenantSettingsJson): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (path: string, code: FieldProblem['code']) => problems.push({ path, code });
  if (!COUNTRIES.includes(form.country)) add('country', 'unknown-country');
  if (!isKnownTimeZone(form.timeZone)) add('timeZone', 'unknown-time-zone');
  if (!CURRENCIES.includes(form.currency)) add('currency', 'unknown-currency');
  const money = (path: string, value: string | null, positive: boolean) => {
    if (value === null) return;
    if (!DECIMAL.test(value.trim())) add(path, 'invalid-amount');
    else if (positive && /^[0.]+$/.test(value.trim())) add(path, 'must-be-positive');
  };
  money('highCostPerMinute', form.highCostPerMinute, true);
  money('monthlyBudget', form.monthlyBudget, false);
  money('alerts.lowBalance', form.alerts.lowBalance, false);
  const range = (path: string, value: number, min: number, max: number) => {
    if (!(value >= min && value <= max)) add(path, 'out-of-range');
  };
  range('lowBalanceMinutes', form.lowBalanceMinutes, 0, 100_000);
  range('alerts.runOutWithinDays', form.alerts.runOutWithinDays, 1, 365);
  range('alerts.spendSpikeFactor', form.alerts.spendSpikeFactor, 1.1, 100);
  range('alerts.lotsExpiringWithinDays', form.alerts.lotsExpiringWithinDays, 1, 365);
  if (form.admins.length > MAX_ADMINS) add('admins', 'too-many');
  return problems;
}

const decimalOf = (json: MoneyJson | null): string | null => json && toDecimalString(moneyFromDecimal(json.amount, json.currency));

/** The stored settings as the form shows them. */
export function settingsToForm(settings: TenantSettings): TenantSettingsJson {
  const billing = settings.billing;
  return {
    country: billing.tenantCountry,
    timeZone: settings.timeZone,
    currency: billing.currency,
    billingModel: billing.billingModel,
    durationRounding: billing.durationRounding,
    chargeRounding: billing.chargeRounding,
    usCaDomestic: billing.usCaDomestic,
    highCostPerMinute: decimalOf(billing.highCostPerMinute),
    lowBalanceMinutes: billing.lowBalanceMinutes,
    monthlyBudget: decimalOf(billing.monthlyBudget),
    alerts: {
      lowBalance: decimalOf(settings.alerts.lowBalance),
      runOutWithinDays: settings.alerts.runOutWithinDays,
      spendSpikeFactor: settings.alerts.spendSpikeFactor,
      lotsExpiringWithinDays: settings.alerts.lotsExpiringWithinDays,
    },
    usageSourceOfTruth: settings.usageSourceOfTruth,
    admins: [...settings.adminObjectIds],
  };
}

/** The stored settings after an edit; `adminIds` are the form's admins resolved to object ids. Every amount takes the new currency. */
export function settingsFromForm(current: TenantSettings, form: TenantSettingsJson, adminIds: readonly string[]): TenantSettings {
  const money = (value: string | null): MoneyJson | null => (value === null ? null : toMoneyJson(moneyFromDecimal(value.trim(), form.currency)));
  return {
    ...current,
    timeZone: form.timeZone,
    billing: {
      ...current.billing,
      currency: form.currency,
      tenantCountry: form.country,
      billingModel: form.billingModel,
      durationRounding: form.durationRounding,
      chargeRounding: form.chargeRounding,
      usCaDomestic: form.usCaDomestic,
      highCostPerMinute: money(form.highCostPerMinute),
      lowBalanceMinutes: form.lowBalanceMinutes,
      monthlyBudget: money(form.monthlyBudget),
    },
    alerts: {
      lowBalance: money(form.alerts.lowBalance),
      runOutWithinDays: form.alerts.runOutWithinDays,
      spendSpikeFactor: form.alerts.spendSpikeFactor,
      lotsExpiringWithinDays: form.alerts.lotsExpiringWithinDays,
    },
    usageSourceOfTruth: form.usageSourceOfTruth,
    adminObjectIds: [...adminIds],
  };
}

export type SettingsChanges = { before: Record<string, unknown>; after: Record<string, unknown> };

/** The form fields an edit changed, by dotted path, before and after: what the audit shows. Empty when nothing changed. */
export function changedFields(before: TenantSettings, after: TenantSettings): SettingsChanges {
  const flat = (settings: TenantSettings): Record<string, unknown> => {
    const form = settingsToForm(settings);
    const { alerts, admins, ...rest } = form;
    return {
      ...rest,
      ...Object.fromEntries(Object.entries(alerts).map(([k, v]) => [`alerts.${k}`, v])),
      admins: [...admins].sort(),
    };
  };
  const a = flat(before);
  const b = flat(after);
  const changes: SettingsChanges = { before: {}, after: {} };
  for (const path of Object.keys(b)) {
    if (JSON.stringify(a[path]) === JSON.stringify(b[path])) continue;
    changes.before[path] = a[path] ?? null;
    changes.after[path] = b[path];
  }
  return changes;
}
