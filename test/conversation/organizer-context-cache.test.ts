/**
 * The organizer context reads the tenant's settings and a person's dial-out policy through short caches: repeated
 * turns read storage once, and what this instance writes (forgetTenant, forgetAssignment) shows at the next turn.
 */
import { DEMO_SUBSCRIBED_SKUS, DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { demoTenantSettings } from '../../bot/demo/seed-demo-tenant';
import { OrganizerContextLoader } from '../../bot/conversation/organizer-context';
import type { PolicyAssignment } from '../../bot/store/dial-out-policy-store';
import type { TenantSettings } from '../../bot/store/tenant-settings';
import { DEMO_RATE_CARD } from '../../bot/billing';

const NOW = new Date('2026-11-02T15:00:00Z');
const camille = demoUser('camille');

function loader(cacheTtlMs?: number) {
  let settings: TenantSettings = demoTenantSettings([]);
  let assignment: PolicyAssignment | null = { userId: camille.aadObjectId, policyName: 'DialoutCPCDomesticPSTNInternational', source: 'seed', assignedAt: '2026-10-01T00:00:00Z' };
  const reads = { tenants: 0, policies: 0 };
  const contexts = new OrganizerContextLoader({
    tenants: {
      get: async () => {
        reads.tenants += 1;
        return { settings, etag: '*' };
      },
    },
    directory: {
      getUser: async (_t, id) => (id === camille.aadObjectId ? { id, displayName: camille.displayName, userPrincipalName: camille.userPrincipalName, usageLocation: 'FR', assignedPlans: [] } : null),
      findUserByPrincipalName: async () => null,
      listUsers: async () => [],
      getSubscribedSkus: async () => DEMO_SUBSCRIBED_SKUS,
    },
    policies: {
      get: async () => {
        reads.policies += 1;
        return assignment;
      },
    },
    rates: { getCard: async () => DEMO_RATE_CARD },
    balances: { currentBalance: async () => null },
    learnedRates: { rateSamples: async () => [] },
    ...(cacheTtlMs !== undefined ? { cacheTtlMs } : {}),
  });
  return {
    contexts,
    reads,
    setTimeZone: (timeZone: string) => {
      settings = { ...settings, timeZone };
    },
    setPolicy: (policyName: string) => {
      assignment = { ...assignment!, policyName, source: 'import' };
    },
  };
}

async function load(contexts: OrganizerContextLoader) {
  const loaded = await contexts.load(DEMO_TENANT_ID, camille.aadObjectId, NOW);
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.context;
}

it('reads the settings and the policy once for repeated turns, and again after this instance wrote them', async () => {
  const h = loader();
  for (let i = 0; i < 5; i += 1) await load(h.contexts);
  expect(h.reads).toEqual({ tenants: 1, policies: 1 });

  h.setTimeZone('Europe/Paris');
  expect((await load(h.contexts)).timeZone).toBe('America/New_York');
  h.contexts.forgetTenant(DEMO_TENANT_ID);
  expect((await load(h.contexts)).timeZone).toBe('Europe/Paris');

  h.setPolicy('DialoutCPCandPSTNDisabled');
  expect((await load(h.contexts)).policyFacts.name).toBe('DialoutCPCDomesticPSTNInternational');
  h.contexts.forgetAssignment(DEMO_TENANT_ID, camille.aadObjectId.toUpperCase());
  expect((await load(h.contexts)).policyFacts).toMatchObject({ name: 'DialoutCPCandPSTNDisabled', source: 'import' });
  expect(h.reads).toEqual({ tenants: 2, policies: 2 });
});

it('reads every turn with a zero TTL', async () => {
  const h = loader(0);
  for (let i = 0; i < 3; i += 1) await load(h.contexts);
  expect(h.reads).toEqual({ tenants: 3, policies: 3 });
});
