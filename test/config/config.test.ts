import { ConfigError, loadConfig } from '../../bot/config';
import { DEMO_TENANT_ID } from '../../bot/demo/demo-tenant';

const opts = { version: 'test', rootDir: '/app' };
const TENANT = '11111111-2222-4333-8444-555555555555';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, opts);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('configuration', () => {
  it('defaults to local mode on loopback with the demo tenant and bot auth off', () => {
    const config = loadConfig({}, opts);
    expect(config.mode).toBe('local');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3978);
    expect(config.tenantIds).toEqual([DEMO_TENANT_ID]);
    expect(config.bot.appId).toBe('');
    expect(config.storage.connectionString).toBeUndefined();
    expect(config.storage.azuriteLocation).toBe('/app/.data/azurite');
  });

  it('reads the sync depth and re-read window, 365 days and 72 hours by default', () => {
    expect(loadConfig({}, opts).sync).toEqual({ firstSyncDays: 365, rereadHours: 72 });
    expect(loadConfig({ SYNC_FIRST_DAYS: '30', SYNC_REREAD_HOURS: '24' }, opts).sync).toEqual({ firstSyncDays: 30, rereadHours: 24 });
  });

  it('keeps local data in memory when AZURITE_IN_MEMORY is true', () => {
    expect(loadConfig({ AZURITE_IN_MEMORY: 'true' }, opts).storage.azuriteLocation).toBeUndefined();
  });

  it('names every missing variable in azure mode', () => {
    const problems = problemsOf({ MODE: 'azure' });
    for (const name of ['TENANT_ID', 'BOT_ID', 'BOT_PASSWORD', 'AAD_APP_CLIENT_ID', 'STORAGE_CONNECTION_STRING']) {
      expect(problems.some((p) => p.startsWith(`${name}:`))).toBe(true);
    }
  });

  it('does not ask for a bot password with a managed identity', () => {
    const problems = problemsOf({ MODE: 'azure', BOT_TYPE: 'UserAssignedMSI' });
    expect(problems.some((p) => p.startsWith('BOT_PASSWORD:'))).toBe(false);
    expect(problems.some((p) => p.startsWith('BOT_ID:'))).toBe(true);
  });

  it.each(['BOT_PASSWORD', 'AAD_APP_CLIENT_SECRET', 'STORAGE_CONNECTION_STRING'])(
    'requires MODE to be named when %s is set, so a forgotten MODE never turns auth off',
    (name) => {
      const problems = problemsOf({ [name]: 'something' });
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^MODE: .*${name}`))]);
    },
  );

  it('refuses a non-loopback host in local mode', () => {
    expect(problemsOf({ HOST: '0.0.0.0' })).toEqual([expect.stringMatching(/^HOST: /)]);
    expect(problemsOf({ HOST: '::1' })).toEqual([]);
  });

  it('binds all interfaces in azure mode by default, and takes every external URL from config', () => {
    const config = loadConfig(
      {
        MODE: 'azure',
        TENANT_ID: `${TENANT}, ${DEMO_TENANT_ID}`,
        BOT_ID: 'b0700000-0000-4000-8000-000000000001',
        BOT_PASSWORD: 'p',
        AAD_APP_CLIENT_ID: 'aad00000-0000-4000-8000-000000000001',
        STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        GRAPH_BASE_URL: 'http://127.0.0.1:9999/',
        AAD_APP_OAUTH_AUTHORITY_HOST: 'http://127.0.0.1:9998',
        BOT_OPENID_METADATA: 'http://127.0.0.1:9997/openid',
      },
      opts,
    );
    expect(config.host).toBe('0.0.0.0');
    expect(config.tenantIds).toEqual([TENANT, DEMO_TENANT_ID]);
    expect(config.graph.baseUrl).toBe('http://127.0.0.1:9999');
    expect(config.aad.authorityHost).toBe('http://127.0.0.1:9998');
    expect(config.bot.openIdMetadataUrl).toBe('http://127.0.0.1:9997/openid');
    expect(config.aad.appIdUri).toBe('api://aad00000-0000-4000-8000-000000000001');
  });

  it.each([
    ['PORT', 'abc'],
    ['TENANT_ID', 'not-a-guid'],
    ['LOG_LEVEL', 'loud'],
    ['DEMO_USAGE', 'huge'],
    ['TABLE_PREFIX', '1bad'],
    ['GRAPH_BASE_URL', 'not a url'],
    ['SYNC_FIRST_DAYS', '0'],
    ['SYNC_REREAD_HOURS', '-1'],
  ])('rejects an invalid %s with a message that names it', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith(`${name}:`))).toBe(true);
  });
});
