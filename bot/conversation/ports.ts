/**
 * What the conversation service reads, as small ports. Later issues fill two of them: the credits ledger gives the
 * balance estimate, the usage history gives learned rates. Until they are wired, the null sources answer honestly:
 * the balance is unknown, and no rate is learned.
 */
import type { Money } from '../billing/money';
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
