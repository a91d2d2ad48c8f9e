/**
 * The demo tenant as in-memory port implementations, for unit tests of the conversation layer and the cards (the
 * HTTP and TestAdapter suites use the real stores on Azurite). Built from the same data the demo seed writes.
 */
import { DEMO_RATE_CARD, type Money, type RateCard, type RateHistorySample } from '../../../bot/billing';
import {
  DEMO_POLICY_IMPORTED_AT,
  DEMO_SUBSCRIBED_SKUS,
  DEMO_TENANT_ID,
  DEMO_USERS,
  demoAssignedPlans,
  demoUser,
} from '../../../bot/demo/demo-tenant';
import { demoTenantSettings } from '../../../bot/demo/seed-demo-tenant';
import type { Directory, DirectoryUser } from '../../../bot/identity/directory';
import { OrganizerContextLoader, type OrganizerContext } from '../../../bot/conversation/organizer-context';
import { PpmConversationService } from '../../../bot/conversation/conversation-service';
import type { CreditsReader, UsageReader } from '../../../bot/conversation/ports';
import type { CoverageStatus } from '../../../bot/credits/coverage';
import type { CreditsOverview } from '../../../bot/credits/credits-overview';
import { addAmounts, emptyAmounts } from '../../../bot/usage/rollup';
import type { UsageGroup } from '../../../bot/usage/usage-aggregate';
import type { UsageQueryRequest } from '../../../bot/usage/usage-query-service';
import type { PolicyAssignment } from '../../../bot/store/dial-out-policy-store';
import type { TenantSettings } from '../../../bot/store/tenant-settings';

export const NOW = new Date('2026-11-02T15:00:00Z');

function directoryUser(key: string): DirectoryUser {
  const u = demoUser(key);
  return { id: u.aadObjectId, displayName: u.displayName, userPrincipalName: u.userPrincipalName, usageLocation: u.usageLocation, assignedPlans: demoAssignedPlans(u.licence) };
}

export interface DemoPortsOptions {
  settings?: (s: TenantSettings) => TenantSettings;
  card?: RateCard | null;
  balance?: Money | null;
  samples?: RateHistorySample[];
  users?: DirectoryUser[];
}

export function demoContextLoader(options: DemoPortsOptions = {}): OrganizerContextLoader {
  const settings = (options.settings ?? ((s) => s))(demoTenantSettings([]));
  const users = options.users ?? DEMO_USERS.map((u) => directoryUser(u.key));
  const directory: Directory = {
    getUser: async (_t, id) => users.find((u) => u.id === id.toLowerCase()) ?? null,
    findUserByPrincipalName: async () => null,
    listUsers: async () => users,
    getSubscribedSkus: async () => DEMO_SUBSCRIBED_SKUS,
  };
  const policies = new Map<string, PolicyAssignment>(
    DEMO_USERS.filter((u) => u.dialOutPolicy).map((u) => [
      u.aadObjectId,
      { userId: u.aadObjectId, policyName: u.dialOutPolicy!, source: 'seed', assignedAt: DEMO_POLICY_IMPORTED_AT },
    ]),
  );
  return new OrganizerContextLoader({
    tenants: { get: async (id) => (id === DEMO_TENANT_ID ? { settings, etag: '*' } : null) },
    directory,
    policies: { get: async (_t, id) => policies.get(id) ?? null },
    rates: { getCard: async () => (options.card === undefined ? DEMO_RATE_CARD : options.card) },
    balances: { currentBalance: async () => options.balance ?? null },
    learnedRates: { rateSamples: async () => options.samples ?? [] },
  });
}

export async function demoContext(key: string, options: DemoPortsOptions = {}): Promise<OrganizerContext> {
  const loaded = await demoContextLoader(options).load(DEMO_TENANT_ID, demoUser(key).aadObjectId, NOW);
  if (!loaded.ok) throw new Error(`no context for ${key}: ${loaded.reason}`);
  return loaded.context;
}

export interface DemoServiceOptions extends DemoPortsOptions {
  /** The credits coverage everyone sees; 'unknown' (no snapshot) by default. */
  coverage?: { status: CoverageStatus; billingModel?: 'prepaid' | 'postpaid'; balance?: Money | null };
  /** What admins see in personal chat; null when the tenant has no credits picture. */
  overview?: CreditsOverview | null;
  /** Keys of the demo users who are admins; the demo's own admins by default. */
  admins?: string[];
  /** Conference groups the usage query answers with (filtered by organizer, as the real one does). */
  meetings?: UsageGroup[];
  /** Every usage query asked, for assertions on ranges and filters. */
  usageQueries?: UsageQueryRequest[];
}

/** The conversation service over the demo tenant in memory: contexts, credits, admins and usage as in-memory ports. */
export function demoConversationService(options: DemoServiceOptions = {}): PpmConversationService {
  const admins = new Set((options.admins ?? DEMO_USERS.filter((u) => u.admin).map((u) => u.key)).map((key) => demoUser(key).aadObjectId));
  const credits: CreditsReader = {
    coverage: async (_tenantId, now) => ({
      status: options.coverage?.status ?? 'unknown',
      billingModel: options.coverage?.billingModel ?? 'prepaid',
      balance: options.coverage?.balance ?? null,
      at: now.toISOString(),
      lowBalanceThreshold: null,
    }),
    overview: async () => options.overview ?? null,
  };
  const usage: UsageReader = {
    query: async (request) => {
      options.usageQueries?.push(request);
      const groups = (options.meetings ?? []).filter((g) => request.filter.organizerId === undefined || g.organizer?.id === request.filter.organizerId);
      const totals = emptyAmounts();
      for (const g of groups) addAmounts(totals, g.amounts);
      return {
        ok: true,
        answer: {
          from: request.range.from ?? NOW.toISOString().slice(0, 10),
          to: request.range.to ?? NOW.toISOString().slice(0, 10),
          preset: null,
          timeZone: 'America/New_York',
          currency: 'USD',
          groupBy: request.groupBy,
          aggregate: { totals, groups: request.top === null ? groups : groups.slice(0, request.top), rest: null, groupCount: groups.length, otherCurrencies: [] },
          monthToDate: { from: '2026-11-01', to: '2026-11-02', amounts: emptyAmounts() },
          freshness: { lastSyncAt: null, newestCallAt: '2026-11-01T03:00:00.000Z', lastError: null, lastErrorAt: null },
        },
      };
    },
  };
  return new PpmConversationService({ contexts: demoContextLoader(options), credits, access: { isAdmin: async (_t, id) => admins.has(id.toLowerCase()) }, usage });
}
