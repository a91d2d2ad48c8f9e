/**
 * The organization settings form as typed (text in every number field) and the request it makes, checked with the same
 * rules as the API so an admin sees the problem before saving. Amounts stay decimal strings: never a float.
 */
import type { TenantSettingsJson } from '../../../../bot/api/contracts';

export interface SettingsDraft {
  country: string;
  timeZone: string;
  currency: string;
  billingModel: TenantSettingsJson['billingModel'];
  durationRounding: TenantSettingsJson['durationRounding'];
  chargeRounding: TenantSettingsJson['chargeRounding'];
  usCaDomestic: boolean;
  highCostPerMinute: string;
  lowBalanceMinutes: string;
  monthlyBudget: string;
  lowBalance: string;
  runOutWithinDays: string;
  spendSpikeFactor: string;
  lotsExpiringWithinDays: string;
  usageSourceOfTruth: TenantSettingsJson['usageSourceOfTruth'];
  admins: string[];
}

export type DraftField = Exclude<keyof SettingsDraft, 'admins'> | 'admins';

export type DraftProblem =
  | { code: 'required' | 'invalid-amount' | 'must-be-positive' | 'not-a-whole-number' }
  | { code: 'out-of-range'; min: number; max: number };

export type DraftCheck = { ok: true; request: TenantSettingsJson } | { ok: false; problems: Partial<Record<DraftField, DraftProblem>> };

export const RANGES = {
  lowBalanceMinutes: [0, 100_000],
  runOutWithinDays: [1, 365],
  spendSpikeFactor: [1.1, 100],
  lotsExpiringWithinDays: [1, 365],
} as const;

export function draftOf(settings: TenantSettingsJson): SettingsDraft {
  return {
    country: settings.country,
    timeZone: settings.timeZone,
    currency: settings.currency,
    billingModel: settings.billingModel,
    durationRounding: settings.durationRounding,
    chargeRounding: settings.chargeRounding,
    usCaDomestic: settings.usCaDomestic,
    highCostPerMinute: settings.highCostPerMinute ?? '',
    lowBalanceMinutes: String(settings.lowBalanceMinutes),
    monthlyBudget: settings.monthlyBudget ?? '',
    lowBalance: settings.alerts.lowBalance ?? '',
    runOutWithinDays: String(settings.alerts.runOutWithinDays),
    spendSpikeFactor: String(settings.alerts.spendSpikeFactor),
    lotsExpiringWithinDays: String(settings.alerts.lotsExpiringWithinDays),
    usageSourceOfTruth: settings.usageSourceOfTruth,
    admins: [...settings.admins],
  };
}

/** "0,25" and "0.25" are the same amount; grouping separators are not accepted (an amount is never that large here). */
function normalizeDecimal(text: string): string {
  const trimmed = text.trim().replace(/\s/g, '');
  return /^\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
}

const DECIMAL = /^\d{1,12}(\.\d{1,6})?$/;

export function checkDraft(draft: SettingsDraft): DraftCheck {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const amount = (field: 'highCostPerMinute' | 'monthlyBudget' | 'lowBalance', positive: boolean): string | null => {
    const text = normalizeDecimal(draft[field]);
    if (text === '') return null;
    if (!DECIMAL.test(text)) problems[field] = { code: 'invalid-amount' };
    else if (positive && /^[0.]+$/.test(text)) problems[field] = { code: 'must-be-positive' };
    return text;
  };
  const number = (field: keyof typeof RANGES, whole: boolean): number => {
    const text = draft[field].trim().replace(',', '.');
    const [min, max] = RANGES[field];
    if (text === '') {
      problems[field] = { code: 'required' };
      return NaN;
    }
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text)) problems[field] = { code: whole ? 'not-a-whole-number' : 'out-of-range', min, max };
    else if (whole && !Number.isInteger(value)) problems[field] = { code: 'not-a-whole-number' };
    else if (value < min || value > max) problems[field] = { code: 'out-of-range', min, max };
    return value;
  };
  const request: TenantSettingsJson = {
    country: draft.country,
    timeZone: draft.timeZone,
    currency: draft.currency,
    billingModel: draft.billingModel,
    durationRounding: draft.durationRounding,
    chargeRounding: draft.chargeRounding,
    usCaDomestic: draft.usCaDomestic,
    highCostPerMinute: amount('highCostPerMinute', true),
    lowBalanceMinutes: number('lowBalanceMinutes', true),
    monthlyBudget: amount('monthlyBudget', false),
    alerts: {
      lowBalance: amount('lowBalance', false),
      runOutWithinDays: number('runOutWithinDays', true),
      spendSpikeFactor: number('spendSpikeFactor', false),
      lotsExpiringWithinDays: number('lotsExpiringWithinDays', true),
    },
    usageSourceOfTruth: draft.usageSourceOfTruth,
    admins: draft.admins.map((a) => a.trim()).filter(Boolean),
  };
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, request };
}

/** The API's problem paths ("alerts.runOutWithinDays", "admins.3") → the draft field they belong to. */
export function fieldOfPath(path: string): DraftField | null {
  const [head, tail] = path.split('.');
  if (head === 'alerts' && tail) return tail === 'lowBalance' || tail === 'runOutWithinDays' || tail === 'spendSpikeFactor' || tail === 'lotsExpiringWithinDays' ? tail : null;
  if (head === 'admins') return 'admins';
  const fields: readonly string[] = ['country', 'timeZone', 'currency', 'billingModel', 'durationRounding', 'chargeRounding', 'usCaDomestic', 'highCostPerMinute', 'lowBalanceMinutes', 'monthlyBudget', 'usageSourceOfTruth'];
  return head && fields.includes(head) ? (head as DraftField) : null;
}

/** The fields whose values differ between two versions of the settings, for "their version differs here". */
export function differingFields(a: TenantSettingsJson, b: TenantSettingsJson): Array<{ field: DraftField; a: string; b: string }> {
  const da = draftOf(a);
  const db = draftOf(b);
  const out: Array<{ field: DraftField; a: string; b: string }> = [];
  for (const field of Object.keys(da) as DraftField[]) {
    const va = field === 'admins' ? [...da.admins].sort().join(', ') : String(da[field]);
    const vb = field === 'admins' ? [...db.admins].sort().join(', ') : String(db[field]);
    if (va !== vb) out.push({ field, a: va, b: vb });
  }
  return out;
}
