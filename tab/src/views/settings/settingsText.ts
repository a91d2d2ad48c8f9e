import type { Formatters } from '../../locale/formatters';
import type { StringKey, Translate } from '../../strings/strings';
import type { DraftField } from './settingsDraft';

const LABELS: Record<DraftField, StringKey> = {
  country: 'settings.tenant.fields.country',
  timeZone: 'settings.tenant.fields.timeZone',
  currency: 'settings.tenant.fields.currency',
  billingModel: 'settings.tenant.fields.billingModel',
  durationRounding: 'settings.tenant.fields.durationRounding',
  chargeRounding: 'settings.tenant.fields.chargeRounding',
  usCaDomestic: 'settings.tenant.fields.usCaDomestic',
  highCostPerMinute: 'settings.tenant.fields.highCostPerMinute',
  lowBalanceMinutes: 'settings.tenant.fields.lowBalanceMinutes',
  monthlyBudget: 'settings.tenant.fields.monthlyBudget',
  lowBalance: 'settings.tenant.fields.lowBalance',
  runOutWithinDays: 'settings.tenant.fields.runOutWithinDays',
  spendSpikeFactor: 'settings.tenant.fields.spendSpikeFactor',
  lotsExpiringWithinDays: 'settings.tenant.fields.lotsExpiringWithinDays',
  usageSourceOfTruth: 'settings.tenant.fields.usageSourceOfTruth',
  admins: 'settings.tenant.admins',
};

/** The form's label of a setting ("Time zone"); amounts name the currency. */
export function fieldLabel(t: Translate, field: DraftField, currency: string): string {
  return t(LABELS[field], { currency });
}

/** A setting's value as the form shows it: localized choices, country names, "(empty)". */
export function fieldValueText(t: Translate, format: Formatters, field: DraftField, value: unknown, names: (id: string) => string = (id) => id): string {
  if (value === null || value === undefined || value === '') return t('settings.tenant.empty');
  switch (field) {
    case 'country':
      return format.country(String(value));
    case 'billingModel':
      return value === 'postpaid' ? t('settings.tenant.fields.postpaid') : t('settings.tenant.fields.prepaid');
    case 'durationRounding':
      return value === 'per-second' ? t('settings.tenant.fields.per-second') : t('settings.tenant.fields.per-started-minute');
    case 'chargeRounding':
      return value === 'per-line' ? t('settings.tenant.fields.per-line') : t('settings.tenant.fields.per-call');
    case 'usCaDomestic':
      return value === true || value === 'true' ? t('settings.tenant.fields.usCaDomesticOption') : t('settings.tenant.fields.usCaInternational');
    case 'usageSourceOfTruth':
      return value === 'export' ? t('settings.tenant.fields.export') : t('settings.tenant.fields.graph');
    case 'admins': {
      const ids = Array.isArray(value) ? value.map(String) : String(value).split(', ').filter(Boolean);
      return ids.length === 0 ? t('settings.tenant.empty') : ids.map(names).join(', ');
    }
    default:
      return String(value);
  }
}
