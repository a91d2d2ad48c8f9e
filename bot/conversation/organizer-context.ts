/**
 * Everything an answer about one organizer needs, read once per turn: the directory facts (usage location, plans,
 * the tenant's SKUs), the tenant's billing settings, the effective dial-out policy with its source and date, the
 * rates (card, then learned) and the balance estimate. The tenant id comes from the host's validated gate.
 */
import {
  createRateLookup,
  effectiveDialOutPolicy,
  learnRates,
  parseBillingSettingsJson,
  type BillingSettings,
  type CalendarDate,
  type EffectiveDialOutPolicy,
  type MeetingDialOutSetting,
  type Money,
  type RateCardSource,
  type RateLookup,
  type SubscribedSku,
  type UserPolicyAssignment,
} from '../billing';
import type { Directory, DirectoryUser } from '../identity/directory';
import type { PolicyAssignment } from '../store/dial-out-policy-store';
import type { PolicySource as StoredPolicySource, VersionedSettings } from '../store/tenant-settings';
import { calendarDateIn } from './understanding/date.range.calendar';
import type { BalanceSource, DialOutPolicyReader, LearnedRateSource, RateCardReader, TenantSettingsReader } from './ports';
import { TenantCache } from './tenant-cache';

/** The effective dial-out policy as an answer states it: which one, whose, where the app learned it, and when. */
export interface PolicyFacts {
  readonly name: string | null;
  readonly meetingDialOut: MeetingDialOutSetting | null;
  /** A per-user assignment, or the tenant's global policy because the user has none. */
  readonly level: 'user' | 'tenant-global';
  readonly source: StoredPolicySource;
  /** ISO instant of the assignment or import; null when unknown. */
  readonly at: string | null;
}

export interface OrganizerSummary {
  readonly userId: string;
  readonly displayName: string;
  readonly usageLocation: string | null;
}

export interface OrganizerContext {
  readonly tenantId: string;
  readonly user: DirectoryUser;
  readonly organizer: OrganizerSummary;
  readonly subscribedSkus: readonly SubscribedSku[];
  readonly settings: BillingSettings;
  readonly timeZone: string;
  readonly policy: EffectiveDialOutPolicy;
  readonly policyFacts: PolicyFacts;
  readonly lookupRate: RateLookup;
  /** The tenant's rate card: whether it is demo data, and which countries it prices. */
  readonly rateCard: { readonly source: RateCardSource; readonly countries: readonly string[] } | null;
  readonly balance: Money | null;
  /** Today in the tenant's time zone: the rate card rows in effect today apply. */
  readonly today: CalendarDate;
}

export type UnknownOrganizerReason = 'noUserId' | 'notInDirectory' | 'tenantNotSetUp';

export type OrganizerContextResult = { ok: true; context: OrganizerContext } | { ok: false; reason: UnknownOrganizerReason };

export interface OrganizerContextDeps {
  tenants: TenantSettingsReader;
  directory: Directory;
  policies: DialOutPolicyReader;
  rates: RateCardReader;
  balances: BalanceSource;
  learnedRates: LearnedRateSource;
  /**
   * How long the tenant's settings, SKUs, rates and balance estimate, and each person's dial-out policy, are reused
   * across turns; 0 reads them every turn. Writes this instance makes invalidate them (forgetTenant, forgetAssignment,
   * forgetRates, forgetBalance); another instance's writes show within this time. People are always read fresh.
   */
  cacheTtlMs?: number;
}

interface TenantRates {
  readonly lookupRate: RateLookup;
  readonly rateCard: OrganizerContext['rateCard'];
}

/** Long enough to spare storage under load, short enough that an uploaded rate card shows within seconds. */
export const DEFAULT_CONTEXT_CACHE_MS = 10_000;

export class OrganizerContextLoader {
  private readonly rates: TenantCache<TenantRates>;
  private readonly balances: TenantCache<Money | null>;
  private readonly skus: TenantCache<SubscribedSku[]>;
  private readonly tenants: TenantCache<VersionedSettings | null>;
  private readonly assignments: TenantCache<PolicyAssignment | null>;

  constructor(private readonly deps: OrganizerContextDeps) {
    const ttl = deps.cacheTtlMs ?? DEFAULT_CONTEXT_CACHE_MS;
    this.rates = new TenantCache(ttl);
    this.balances = new TenantCache(ttl);
    this.skus = new TenantCache(ttl);
    this.tenants = new TenantCache(ttl);
    this.assignments = new TenantCache(ttl, undefined, 20_000);
  }

  /** After this instance applied a new rate card: the next turn reads the rates again (other instances within the TTL). */
  forgetRates(): void {
    this.rates.invalidate();
  }

  /** After this instance saved a tenant's settings (billing, time zone, global policy): the next turn reads them again. */
  forgetTenant(tenantId: string): void {
    this.tenants.invalidate(tenantId);
  }

  /** After this instance wrote a person's dial-out policy: their next turn reads it again. */
  forgetAssignment(tenantId: string, userId: string): void {
    this.assignments.invalidate(`${tenantId}|${userId.toLowerCase()}`);
  }

  /** After a ledger entry or new usage: the next turn reads the balance estimate again. */
  forgetBalance(tenantId: string): void {
    this.balances.invalidate(tenantId);
  }

  async load(tenantId: string, userId: string | undefined, now: Date): Promise<OrganizerContextResult> {
    if (!userId) return { ok: false, reason: 'noUserId' };
    const [tenant, user] = await Promise.all([this.tenants.get(tenantId, () => this.deps.tenants.get(tenantId)), this.deps.directory.getUser(tenantId, userId)]);
    if (!tenant) return { ok: false, reason: 'tenantNotSetUp' };
    if (!user) return { ok: false, reason: 'notInDirectory' };
    const parsed = parseBillingSettingsJson(tenant.settings.billing);
    if (!parsed.ok) return { ok: false, reason: 'tenantNotSetUp' };
    const settings = parsed.value;

    const [skus, assignment, rates, balance] = await Promise.all([
      this.skus.get(tenantId, () => this.deps.directory.getSubscribedSkus(tenantId)),
      this.assignments.get(`${tenantId}|${userId.toLowerCase()}`, () => this.deps.policies.get(tenantId, userId)),
      this.rates.get(`${tenantId}|${settings.currency}|${settings.learnedRateMinCalls}`, () => this.loadRates(tenantId, settings, now)),
      this.balances.get(tenantId, () => this.deps.balances.currentBalance(tenantId, now)),
    ]);
    const global = tenant.settings.globalDialOutPolicy;
    const policy = effectiveDialOutPolicy(userAssignment(assignment), { policyName: global.name, recordedAt: global.setAt || null });
    const perUser = assignment !== null && assignment.policyName.trim().toLowerCase() !== 'global';
    const policyFacts: PolicyFacts = {
      name: policy.kind === 'known' ? policy.policy.name : (assignment?.policyName ?? global.name),
      meetingDialOut: policy.kind === 'known' ? policy.policy.meetingDialOut : null,
      level: perUser ? 'user' : 'tenant-global',
      source: perUser ? assignment.source : global.source,
      at: (perUser ? assignment.assignedAt : global.setAt) || null,
    };
    return {
      ok: true,
      context: {
        tenantId,
        user,
        organizer: { userId: user.id, displayName: user.displayName, usageLocation: user.usageLocation?.trim().toUpperCase() || null },
        subscribedSkus: skus,
        settings,
        timeZone: tenant.settings.timeZone,
        policy,
        policyFacts,
        lookupRate: rates.lookupRate,
        rateCard: rates.rateCard,
        balance: balance !== null && balance.currency === settings.currency ? balance : null,
        today: calendarDateIn(now, tenant.settings.timeZone) ?? now.toISOString().slice(0, 10),
      },
    };
  }

  /** The card's rows and the learned rates in the tenant's currency, indexed once for every turn that reuses them. */
  private async loadRates(tenantId: string, settings: BillingSettings, now: Date): Promise<TenantRates> {
    const [card, samples] = await Promise.all([
      this.deps.rates.getCard(tenantId),
      this.deps.learnedRates.rateSamples(tenantId, settings.currency, now),
    ]);
    const countries = card ? [...new Set(card.entries.filter((e) => e.rate.perMinute.currency === settings.currency).map((e) => e.country))] : [];
    return {
      lookupRate: createRateLookup({ currency: settings.currency, card, learned: learnRates(samples, settings.currency, settings.learnedRateMinCalls) }),
      rateCard: card ? { source: card.source, countries: countries.sort() } : null,
    };
  }
}

/** A missing row means no per-user assignment: the tenant's global policy applies (domain-facts §3.3). */
function userAssignment(stored: PolicyAssignment | null): UserPolicyAssignment {
  if (stored === null) return { state: 'none', origin: 'csv-import', recordedAt: null };
  const origin = stored.source === 'admin' ? 'tab' : 'csv-import';
  if (stored.policyName.trim().toLowerCase() === 'global') return { state: 'none', origin, recordedAt: stored.assignedAt };
  return { state: 'assigned', policyName: stored.policyName, origin, recordedAt: stored.assignedAt };
}
