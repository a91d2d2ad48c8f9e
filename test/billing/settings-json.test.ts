import { billingSettingsToJson, parseBillingSettingsJson } from '../../bot/billing/settings-json';
import { defaultBillingSettings } from '../../bot/billing/settings';
import { usd } from './support/builders';

describe('billing settings', () => {
  const settings = defaultBillingSettings({ currency: 'usd', tenantCountry: 'us' }, { highCostPerMinute: usd('0.25'), monthlyBudget: usd('500') });

  it('defaults to prepaid, per started minute, rounding per call, US↔CA international', () => {
    expect(defaultBillingSettings({ currency: 'EUR', tenantCountry: 'fr' })).toEqual({
      currency: 'EUR',
      tenantCountry: 'FR',
      billingModel: 'prepaid',
      durationRounding: 'per-started-minute',
      chargeRounding: 'per-call',
      usCaDomestic: false,
      highCostPerMinute: null,
      lowBalanceMinutes: 60,
      monthlyBudget: null,
      forecastWindowDays: 28,
      learnedRateMinCalls: 1,
    });
  });

  it('round-trips through JSON with amounts as decimal strings', () => {
    const json = billingSettingsToJson(settings);
    expect(json.highCostPerMinute).toEqual({ amount: '0.25', currency: 'USD' });
    expect(parseBillingSettingsJson(JSON.parse(JSON.stringify(json)))).toEqual({ ok: true, value: settings });
  });

  it.each([
    [{ billingModel: 'credit' }, [{ path: 'billingModel', code: 'invalid-setting' }]],
    [{ lowBalanceMinutes: -1 }, [{ path: 'lowBalanceMinutes', code: 'invalid-setting' }]],
    [{ highCostPerMinute: { amount: '0.1', currency: 'EUR' } }, [{ path: 'highCostPerMinute', code: 'currency-differs-from-tenant' }]],
    [{ monthlyBudget: { amount: 500, currency: 'USD' } }, [{ path: 'monthlyBudget.amount', code: 'invalid-setting' }]],
  ])('refuses %j', (over, issues) => {
    expect(parseBillingSettingsJson({ ...billingSettingsToJson(settings), ...over })).toEqual({ ok: false, error: issues });
  });
});
