/**
 * What the conversation service reads, as small ports: the credits ledger gives the balance estimate and the coverage,
 * the usage history gives learned rates and the organizer's meetings, the access service says who is an admin. The
 * null sources answer honestly where nothing is wired: the balance is unknown, and no rate is learned.
 */
import type { Money } from '../billing/money';
import type { CreditCoverage } from '../credits/coverage';
import type { CreditsOverview } from '../credits/credits-overview';
import type { UsageQueryOutcome, UsageQueryRequest } from '../usage/usage-query-service';
import type { RateHistorySample } from '../billing/rates/learned-rates';
import type { RateCard } from '../billing/rates/rate-card';
import type { PolicyAssignment } from '../store/dial-out-policy-store';
import type { VersionedSettings } from '../store/tenant-settings';

export interface BalanceSource {
  /** The tenant's current Communications Credits balance estimate, or null when there is none. */
  currentBalance(tenantId: string, now: Date): Promise<Money | null>;
}

export interface LearnedRateSource {
  /** Aggregated call history in the tenant's currency, for learnRates(); empty when there is none. */
  rateSamples(tenantId: string, currency: string, now: Date): Promise<readonly RateHistorySample[]>;
}

export const NO_BALANCE: BalanceSource = { currentBalance: async () => null };
export const NO_LEARNED_RATES: LearnedRateSource = { rateSamples: async () => [] };

export interface TenantSettingsReader {
  get(tenantId: string): Promise<VersionedSettings | null>;
}

export interface DialOutPolicyReader {
  get(tenantId: string, userId: string): Promise<PolicyAssignment | null>;
}

export interface RateCardReader {
  getCard(tenantId: string): Promise<RateCard | null>;
}

export interface CreditsReader {
  /** good / low / exhausted / unknown, from the balance estimate and the tenant's low-balance threshold. */
  coverage(tenantId: string, now: Date): Promise<CreditCoverage>;
  /** The whole estimate (amount, as-of, forecast, recharge): for admins in personal chat only. */
  overview(tenantId: string, now: Date): Promise<CreditsOverview | null>;
}

export interface AdminCheck {
  isAdmin(tenantId: string, userId: string): Promise<boolean>;
}

/** The usage API's own query service: the bot's meeting costs are the same numbers as GET /api/v1/usage. */
export interface UsageReader {
  query(request: UsageQueryRequest): Promise<UsageQueryOutcome>;
}
