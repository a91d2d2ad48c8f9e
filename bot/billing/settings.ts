import { normalizeCurrency, type Money } from './money';

/**
 * Tenant-tunable billing settings. Where the facts are UNCERTAIN, the choice is a setting with a stated default
 * rather than a silent assumption (issue 3). The tenants table stores them (architecture "Data").
 */
export type BillingModel = 'prepaid' | 'postpaid';

/**
 * How a call's duration becomes billed time. The seed says "per minute" with no rounding rule, so this is a setting;
 * the default rounds each call up to the started minute.
 */
export type DurationRounding = 'per-started-minute' | 'per-second';

/** Where amounts are rounded to the currency's minor unit: each call (as the CDRs' 2-decimal charges are) or each line. */
export type ChargeRoundingPoint = 'per-call' | 'per-line';

export interface BillingSettings {
  /** ISO 4217; every rate, threshold and balance of the tenant is in it. */
  readonly currency: string;
  /** ISO 3166 alpha-2 of the organization's location: what it can buy depends on it (domain-facts §4.1). */
  readonly tenantCountry: string;
  /** MCA/NCE tenants are billed after use and see spend against a budget (domain-facts §2.2). */
  readonly billingModel: BillingModel;
  readonly durationRounding: DurationRounding;
  readonly chargeRounding: ChargeRoundingPoint;
  /** US↔Canada meeting dial-out counts as international unless this is true (domain-facts §3.1, UNCERTAIN). */
  readonly usCaDomestic: boolean;
  /** A per-minute rate above this warns before dial-out; null turns the check off. */
  readonly highCostPerMinute: Money | null;
  /** Warn when the balance covers fewer than this many minutes at the call's rate. */
  readonly lowBalanceMinutes: number;
  /** Postpaid spend is shown against this monthly budget; null when none is set. */
  readonly monthlyBudget: Money | null;
  /** Trailing window of the forecast's run-rate, in days. */
  readonly forecastWindowDays: number;
  /** A learned rate needs at least this many calls behind it. */
  readonly learnedRateMinCalls: number;
}

export interface BillingSettingsInit {
  readonly currency: string;
  readonly tenantCountry: string;
}

export const DEFAULT_LOW_BALANCE_MINUTES = 60;
/** Four weeks: the minimum for a weekday-aware run-rate (issue 3 "Forecast"). */
export const DEFAULT_FORECAST_WINDOW_DAYS = 28;

export function defaultBillingSettings(init: BillingSettingsInit, overrides: Partial<BillingSettings> = {}): BillingSettings {
  return {
    currency: normalizeCurrency(init.currency),
    tenantCountry: init.tenantCountry.trim().toUpperCase(),
    billingModel: 'prepaid',
    durationRounding: 'per-started-minute',
    chargeRounding: 'per-call',
    usCaDomestic: false,
    highCostPerMinute: null,
    lowBalanceMinutes: DEFAULT_LOW_BALANCE_MINUTES,
    monthlyBudget: null,
    forecastWindowDays: DEFAULT_FORECAST_WINDOW_DAYS,
    learnedRateMinCalls: 1,
    ...overrides,
  };
}
