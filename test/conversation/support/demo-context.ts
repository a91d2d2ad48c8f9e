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
