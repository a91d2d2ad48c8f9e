import pino from 'pino';
import { GraphClients } from '../../bot/graph/graph-clients';
import { GraphDirectory } from '../../bot/graph/graph-directory';
import { GraphPermissionError } from '../../bot/graph/graph-errors';
import { graphAuthFromConfig, createTokenCredential, PUBLIC_GRAPH_BASE_URL } from '../../bot/graph/graph-auth';
import { loadConfig } from '../../bot/config';
import { SERVICE_PLAN_IDS } from '../../bot/billing/reference/licences';
import { ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity';
import { FakeGraphServer } from '../support/fake-graph/fake-graph-server';
import { ROOT_DIR } from '../support/service';

const TENANT = 'd0000000-0000-4000-8000-000000000001';
const USER = {
  id: 'E0000000-0000-4000-8000-000000000001',
  displayName: 'Rui Costa',
  userPrincipalName: 'rui@fabrikam.example',
  usageLocation: 'pt',
  assignedPlans: [{ assignedDateTime: '2025-01-01T00:00:00Z', capabilityStatus: 'Enabled', service: 'MicrosoftCommunicationsOnline', servicePlanId: SERVICE_PLAN_IDS.ppm }],
  preferredLanguage: 'pt-PT',
};

let graph: FakeGraphServer;
let now: number;
let directory: GraphDirectory;

beforeEach(async () => {
  graph = new FakeGraphServer({ users: [USER], skus: [{ skuId: 'df9561a4-4969-4e6a-8e73-c601b68ec077', skuPartNumber: 'MCOMEETACPEA', capabilityStatus: 'Enabled' }] });
  await graph.start();
  now = 1_000_000;
  const clients = new GraphClients({ baseUrl: graph.baseUrl, auth: { kind: 'none' }, logger: pino({ level: 'silent' }), retry: { maxRetries: 1, delaySeconds: 0, wait: async () => undefined } });
  directory = new GraphDirectory(clients, { ttlSeconds: 60, now: () => now });
});
afterEach(async () => graph.stop());

describe('Graph-backed Directory', () => {
  it('reads users/{id} with usageLocation and assignedPlans', async () => {
    const user = await directory.getUser(TENANT, USER.id);
    expect(user).toEqual({
      id: USER.id.toLowerCase(),
      displayName: 'Rui Costa',
      userPrincipalName: 'rui@fabrikam.example',
      usageLocation: 'PT',
      assignedPlans: [{ servicePlanId: SERVICE_PLAN_IDS.ppm, capabilityStatus: 'Enabled' }],
      preferredLanguage: 'pt-PT',
    });
    expect(graph.requests[0]).toContain('$select=id,displayName,userPrincipalName,usageLocation,assignedPlans');
  });

  it('caches answers for the TTL, then asks again', async () => {
    await directory.getUser(TENANT, USER.id);
    await directory.getUser(TENANT, USER.id);
    expect(graph.requests).toHaveLength(1);
    now += 61_000;
    await directory.getUser(TENANT, USER.id);
    expect(graph.requests).toHaveLength(2);
  });

  it('answers null for an unknown user, and finds people by UPN', async () => {
    expect(await directory.getUser(TENANT, 'e0000000-0000-4000-8000-000000000099')).toBeNull();
    expect((await directory.findUserByPrincipalName(TENANT, 'RUI@fabrikam.example'))?.displayName).toBe('Rui Costa');
  });

  it('reads subscribedSkus', async () => {
    expect(await directory.getSubscribedSkus(TENANT)).toEqual([{ skuId: 'df9561a4-4969-4e6a-8e73-c601b68ec077', skuPartNumber: 'MCOMEETACPEA', capabilityStatus: 'Enabled' }]);
  });

  it.each([
    ['users', () => directory.getUser(TENANT, USER.id), 'User.Read.All'],
    ['subscribedSkus', () => directory.getSubscribedSkus(TENANT), 'LicenseAssignment.Read.All'],
  ])('names the missing permission when %s is refused', async (resource, call, permission) => {
    graph.forbidden.add(resource);
    await expect(call()).rejects.toMatchObject({ code: 'graph-permission-missing', permission });
    await expect(call()).rejects.toBeInstanceOf(GraphPermissionError);
  });
});

describe('how the app reaches Graph', () => {
  const config = (env: Record<string, string>) => loadConfig(env, { version: 'test', rootDir: ROOT_DIR });
  const azure = {
    MODE: 'azure',
    TENANT_ID: TENANT,
    BOT_ID: 'b0000000-0000-4000-8000-000000000001',
    BOT_PASSWORD: 'x',
    AAD_APP_CLIENT_ID: 'a0000000-0000-4000-8000-0000000000aa',
    STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
  };

  it('does not sync in local mode against the public Graph, and uses a local Graph-format server without a token', () => {
    expect(graphAuthFromConfig(config({ MODE: 'local' }))).toBeNull();
    expect(graphAuthFromConfig(config({ MODE: 'local', GRAPH_BASE_URL: 'http://127.0.0.1:9/' }))).toEqual({ kind: 'none' });
    expect(config({}).graph.baseUrl).toBe(PUBLIC_GRAPH_BASE_URL);
  });

  it('uses the client secret with the configured authority in azure mode', () => {
    const auth = graphAuthFromConfig(config({ ...azure, AAD_APP_CLIENT_SECRET: 's3cret', AAD_APP_OAUTH_AUTHORITY_HOST: 'https://login.microsoftonline.us' }));
    expect(auth).toEqual({ kind: 'client-secret', tenantId: TENANT, clientId: azure.AAD_APP_CLIENT_ID, clientSecret: 's3cret', authorityHost: 'https://login.microsoftonline.us' });
    expect(createTokenCredential(auth!)).toBeInstanceOf(ClientSecretCredential);
  });

  it('uses the managed identity in azure mode without a secret', () => {
    const auth = graphAuthFromConfig(config(azure));
    expect(auth).toEqual({ kind: 'managed-identity', clientId: azure.AAD_APP_CLIENT_ID });
    expect(createTokenCredential(auth!)).toBeInstanceOf(ManagedIdentityCredential);
  });
});
