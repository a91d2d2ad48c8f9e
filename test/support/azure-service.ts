/**
 * The real service in azure mode, against the local identity servers (identity-servers.ts), serving two tenants:
 * the demo tenant and Fabrikam (a second tenant with its own people), seeded straight into its tables.
 * Secrets are seeded into the environment so tests can check they never reach the logs.
 */
import type { Clock } from '../../bot/clock';
import { TenantSettingsStore } from '../../bot/store/tenant-settings';
import { StoredDirectory } from '../../bot/store/directory-store';
import { demoTenantSettings } from '../../bot/demo/seed-demo-tenant';
import { DEMO_TENANT_ID, DEMO_USERS, demoAssignedPlans } from '../../bot/demo/demo-tenant';
import type { RunningApp } from '../../bot/index';
import { startTestService, type TestService } from './service';
import { startLocalBotFrameworkOpenId, startLocalEntra, type LocalBotFrameworkOpenId, type LocalEntra } from './identity-servers';

export const TEST_BOT_ID = 'b0770000-0000-4000-8000-0000000000b0';
export const TEST_CLIENT_ID = 'c11e0000-0000-4000-8000-0000000000c1';
export const TEST_APP_ID_URI = `api://ppm.test.example/${TEST_CLIENT_ID}`;
/** Secrets seeded into the environment; none of them may ever appear in a log line. */
export const SEEDED_SECRETS = {
  BOT_PASSWORD: 'bot-secret-Qv7~not-for-logs-91f3',
  AAD_APP_CLIENT_SECRET: 'aad-secret-Xk2~not-for-logs-5d0e',
};

export const FABRIKAM = {
  tenantId: 'fab00000-0000-4000-8000-0000000000fb',
  name: 'Fabrikam (test)',
  users: [
    { id: 'fb000000-0000-4000-8000-000000000001', displayName: 'Farah Okafor', userPrincipalName: 'farah@fabrikam.example', admin: true },
    { id: 'fb000000-0000-4000-8000-000000000002', displayName: 'Felix Brandt', userPrincipalName: 'felix@fabrikam.example', admin: false },
    { id: 'fb000000-0000-4000-8000-000000000003', displayName: 'Fumiko Sato', userPrincipalName: 'fumiko@fabrikam.example', admin: false },
  ],
} as const;

/** A tenant id nobody serves. */
export const FOREIGN_TENANT_ID = '0de00000-0000-4000-8000-0000000000de';

export interface AzureTestService extends TestService {
  entra: LocalEntra;
  botFramework: LocalBotFrameworkOpenId;
  /** Every service log line, every identity server stopped. */
  stopAll(): Promise<void>;
}

export async function startAzureTestService(options: { env?: Record<string, string>; clock?: Clock; seed?: boolean } = {}): Promise<AzureTestService> {
  const entra = await startLocalEntra({ clientId: TEST_CLIENT_ID, appIdUri: TEST_APP_ID_URI });
  const botFramework = await startLocalBotFrameworkOpenId();
  const service = await startTestService({
    env: {
      MODE: 'azure',
      HOST: '127.0.0.1',
      TENANT_ID: `${DEMO_TENANT_ID},${FABRIKAM.tenantId}`,
      BOT_ID: TEST_BOT_ID,
      BOT_TYPE: 'SingleTenant',
      BOT_TENANT_ID: DEMO_TENANT_ID,
      BOT_OPENID_METADATA: botFramework.metadataUrl,
      AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
      AAD_APP_ID_URI: TEST_APP_ID_URI,
      AAD_APP_OAUTH_AUTHORITY_HOST: entra.authorityHost,
      API_RATE_LIMIT_PER_MINUTE: '100000',
      ...SEEDED_SECRETS,
      ...options.env,
    },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  if (options.seed !== false) await seedTwoTenants(service.app);
  return {
    ...service,
    entra,
    botFramework,
    stopAll: async () => {
      await service.stop();
      await Promise.all([entra.close(), botFramework.close()]);
    },
  };
}

/** Azure mode seeds nothing itself: the demo tenant and Fabrikam go straight into the tables. */
export async function seedTwoTenants(app: RunningApp): Promise<void> {
  const settings = new TenantSettingsStore(app.store);
  const directory = new StoredDirectory(app.store);
  await settings.save(demoTenantSettings([]), null);
  await settings.save({ ...demoTenantSettings([]), tenantId: FABRIKAM.tenantId, displayName: FABRIKAM.name, adminObjectIds: FABRIKAM.users.filter((u) => u.admin).map((u) => u.id) }, null);
  for (const user of DEMO_USERS) {
    await directory.putUser(DEMO_TENANT_ID, {
      id: user.aadObjectId,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      usageLocation: user.usageLocation,
      assignedPlans: demoAssignedPlans(user.licence),
    });
  }
  for (const user of FABRIKAM.users) {
    await directory.putUser(FABRIKAM.tenantId, { id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, usageLocation: 'DE', assignedPlans: [] });
  }
}

/** A clock the test moves by hand (the service's rate limiter and token expiry read it). */
export class TestClock implements Clock {
  private at: number;
  constructor(start: Date | string) {
    this.at = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
}
