import { analyzePhoneNumber, type AnalyzedPhoneNumber } from '../../../bot/billing/numbers/phone-number';
import { moneyFromDecimal, type Money } from '../../../bot/billing/money';
import { defaultBillingSettings, type BillingSettings } from '../../../bot/billing/settings';
import type { OrganizerLicences } from '../../../bot/billing/reference/licences';

export const usd = (amount: string): Money => moneyFromDecimal(amount, 'USD');

export function phone(text: string, region?: string): AnalyzedPhoneNumber {
  const result = analyzePhoneNumber(text, region);
  if (!result.ok) throw new Error(`fixture number ${text} is invalid: ${result.error.code}`);
  return result.value;
}

export function settings(overrides: Partial<BillingSettings> = {}): BillingSettings {
  return defaultBillingSettings({ currency: 'USD', tenantCountry: 'US' }, overrides);
}

export const LICENCES: Record<'ppm' | 'subscription' | 'subscriptionWithCredits' | 'ppmWithAddOn' | 'addOnOnly' | 'none', OrganizerLicences> = {
  ppm: { ppm: 'enabled', audioConferencingSubscription: 'absent', usCaDialOutAddOn: 'absent', communicationsCredits: 'absent' },
  subscription: { ppm: 'absent', audioConferencingSubscription: 'enabled', usCaDialOutAddOn: 'absent', communicationsCredits: 'absent' },
  subscriptionWithCredits: { ppm: 'absent', audioConferencingSubscription: 'enabled', usCaDialOutAddOn: 'absent', communicationsCredits: 'enabled' },
  ppmWithAddOn: { ppm: 'enabled', audioConferencingSubscription: 'absent', usCaDialOutAddOn: 'enabled', communicationsCredits: 'absent' },
  addOnOnly: { ppm: 'absent', audioConferencingSubscription: 'absent', usCaDialOutAddOn: 'enabled', communicationsCredits: 'absent' },
  none: { ppm: 'absent', audioConferencingSubscription: 'absent', usCaDialOutAddOn: 'absent', communicationsCredits: 'absent' },
};
