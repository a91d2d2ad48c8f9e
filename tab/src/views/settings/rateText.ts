import type { LearnedRateJson, MoneyAmount, RateJson } from '../../../../bot/api/contracts';
import type { Formatters } from '../../locale/formatters';
import type { StringKey, Translate } from '../../strings/strings';

const NUMBER_TYPES = ['fixed-line', 'mobile', 'fixed-line-or-mobile', 'toll-free', 'premium-rate', 'shared-cost', 'voip', 'personal', 'pager', 'uan', 'voicemail'];

export function callKindText(t: Translate, kind: RateJson['callKind']): string {
  return t(`settings.rates.callKinds.${kind}` as StringKey);
}

export function numberTypeText(t: Translate, type: string | null): string {
  if (type === null) return t('settings.rates.anyNumberType');
  return NUMBER_TYPES.includes(type) ? t(`settings.rates.numberTypes.${type}` as StringKey) : type;
}

const isZero = (m: MoneyAmount) => /^0*(\.0*)?$/.test(m.amount);

/** "$0.022 a minute", with "+ $0.01 a call" when there is a connection fee. */
export function rateText(t: Translate, format: Formatters, rate: Pick<RateJson | LearnedRateJson, 'perMinute' | 'connectionFee'>): string {
  const perMinute = format.rate(rate.perMinute.amount, rate.perMinute.currency);
  if (isZero(rate.connectionFee)) return t('settings.rates.rateOnly', { rate: perMinute });
  return t('settings.rates.rateWithFee', { rate: perMinute, fee: format.rate(rate.connectionFee.amount, rate.connectionFee.currency) });
}

/** The months a learned rate rests on, in the reader's locale ("Nov 2025 – Nov 2026"), in the tenant's time zone. */
export function monthRangeText(locale: string, timeZone: string, from: string, to: string): string {
  const formatter = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone });
  return formatter.formatRange(new Date(from), new Date(to));
}

/** A connection fee, or nothing when there is none. */
export function feeText(format: Formatters, fee: MoneyAmount): string {
  return isZero(fee) ? '' : format.rate(fee.amount, fee.currency);
}
