/**
 * The bot endpoint in azure mode: botbuilder's ConfigurationBotFrameworkAuthentication validates the Bot Framework
 * token against BOT_OPENID_METADATA, here a local server with our own keys, so a valid token passes and bad ones get
 * 401 in the API's error format.
 */
import * as connector from 'botframework-connector';
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { DEMO_TENANT_ID } from '../../bot/demo/demo-tenant';
import { translatorFor } from '../../bot/i18n/i18n';
import { loadConfig, ConfigError } from '../../bot/config';
import { PUBLIC_CLOUD } from '../../bot/teams/adapter';
import { messageActivity, postActivity, visibleText, type BotReply } from '../support/activities';
import { FOREIGN_TENANT_ID, startAzureTestService, TEST_BOT_ID, type AzureTestService } from '../support/azure-service';
import { startLocalBotFrameworkOpenId, type BotTokenOptions } from '../support/identity-servers';
import { ROOT_DIR } from '../support/service';

const UNAUTHENTICATED = { error: { code: 'unauthenticated', message: translatorFor('en-US').t('api.errors.unauthenticated') } };

describe('bot endpoint authentication (azure mode, local Bot Framework OpenID metadata)', () => {
  let service: AzureTestService;
  let quiet: jest.SpyInstance;

  beforeAll(async () => {
    // botframework-connector writes every rejected token's error (and the public keys) to console.error.
    quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    service = await startAzureTestService();
  });
  afterAll(async () => {
    await service.stopAll();
    quiet.mockRestore();
  });

  const activity = (options: Parameters<typeof messageActivity>[0] = {}) => messageActivity({ text: 'help', ...options });
  const botToken = (a: Record<string, unknown>, options: Partial<BotTokenOptions> = {}) =>
    service.botFramework.mintBotToken({ audience: TEST_BOT_ID, serviceUrl: String(a.serviceUrl), ...options });

  it('answers a turn with a valid token, keys read from the configured metadata URL', async () => {
    const a = activity();
    const { status, body } = await postActivity(service.baseUrl, a, { authorization: `Bearer ${await botToken(a)}` });
    expect(status).toBe(200);
    expect(visibleText((body as { activities: BotReply[] }).activities)).toContain(translatorFor('en-US').t('help.title'));
    expect(service.botFramework.requests).toEqual(expect.arrayContaining(['GET /v1/.well-known/openidconfiguration', 'GET /v1/.well-known/keys']));
  });

  it.each<[string, (a: Record<string, unknown>) => Promise<Record<string, string>>]>([
    ['no token', async () => ({})],
    ['an empty bearer', async () => ({ authorization: 'Bearer ' })],
    ['a bogus bearer', async () => ({ authorization: 'Bearer x' })],
    ['another scheme', async (a) => ({ authorization: `Basic ${await botToken(a)}` })],
    ['a bad signature', async (a) => ({ authorization: `Bearer ${await botToken(a, { signature: 'foreign' })}` })],
    ['an expired token (beyond the 5 minutes of skew)', async (a) => ({ authorization: `Bearer ${await botToken(a, { issuedSecondsAgo: 7200, lifetimeSeconds: 3600 })}` })],
    ['the wrong audience (another bot)', async (a) => ({ authorization: `Bearer ${await botToken(a, { audience: '00000000-0000-4000-8000-0000000000aa' })}` })],
    ['the wrong issuer', async (a) => ({ authorization: `Bearer ${await botToken(a, { issuer: 'https://api.botframework.example' })}` })],
    ['a serviceUrl claim for another service', async (a) => ({ authorization: `Bearer ${await botToken(a, { serviceUrl: 'https://smba.example/other/' })}` })],
  ])('refuses %s with 401 and the error format', async (_name, headers) => {
    const a = activity();
    const { status, body } = await postActivity(service.baseUrl, a, await headers(a));
    expect(status).toBe(401);
    expect(body).toEqual(UNAUTHENTICATED);
  });

  it('refuses a malformed activity with 400, before looking at the token', async () => {
    const { status, body } = await postActivity(service.baseUrl, {});
    expect(status).toBe(400);
    expect(body).toEqual({ error: expect.objectContaining({ code: 'badRequest' }) });
  });

  it('answers another tenant politely with a valid token, and stores nothing for it', async () => {
    const a = activity({ tenantId: FOREIGN_TENANT_ID });
    const { status, body } = await postActivity(service.baseUrl, a, { authorization: `Bearer ${await botToken(a)}` });
    expect(status).toBe(200);
    expect(visibleText((body as { activities: BotReply[] }).activities)).toBe(translatorFor('en-US').t('tenant.notServed'));
    for (const table of ['conversations', 'roleSightings'] as const) {
      const stored = [];
      for await (const entity of service.app.store.table(table).listEntities({ queryOptions: { filter: `PartitionKey eq '${FOREIGN_TENANT_ID}'` } })) stored.push(entity);
      expect(stored).toHaveLength(0);
    }
  });

  it('remembers the conversation of a served tenant (keys from the activity)', async () => {
    const a = activity({ user: 'camille', locale: 'fr-FR' });
    await postActivity(service.baseUrl, a, { authorization: `Bearer ${await botToken(a)}` });
    expect(await service.app.proactive.personalLocale(DEMO_TENANT_ID, 'a0000000-0000-4000-8000-000000000002')).toBe('fr-FR');
  });
});

describe('bot endpoint with a user-assigned managed identity', () => {
  it('validates channel tokens the same way, with no secret configured', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const service = await startAzureTestService({ env: { BOT_TYPE: 'UserAssignedMSI', BOT_PASSWORD: '' }, seed: false });
    try {
      const a = messageActivity({ text: 'help' });
      const ok = await postActivity(service.baseUrl, a, { authorization: `Bearer ${await service.botFramework.mintBotToken({ audience: TEST_BOT_ID, serviceUrl: String(a.serviceUrl) })}` });
      expect(ok.status).toBe(200);
      const refused = await postActivity(service.baseUrl, a, { authorization: 'Bearer x' });
      expect(refused.status).toBe(401);
    } finally {
      await service.stopAll();
      quiet.mockRestore();
    }
  });
});

describe('the public-cloud constants the adapter passes to botbuilder', () => {
  it('match botframework-connector (setting the metadata URL alone would leave them undefined)', () => {
    const constants = connector.AuthenticationConstants;
    expect(PUBLIC_CLOUD).toEqual({
      ToChannelFromBotLoginUrl: constants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: constants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: constants.ToBotFromChannelTokenIssuer,
      OAuthUrl: constants.OAuthUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: constants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    });
  });
});

describe('why the adapter passes the whole parameter set', () => {
  it('botbuilder given only ToBotFromChannelOpenIdMetadataUrl refuses even a valid channel token', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const botFramework = await startLocalBotFrameworkOpenId();
    try {
      const credentials = { MicrosoftAppId: TEST_BOT_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: DEMO_TENANT_ID };
      const a = messageActivity({ text: 'help' }) as unknown as Activity;
      const header = `Bearer ${await botFramework.mintBotToken({ audience: TEST_BOT_ID, serviceUrl: a.serviceUrl })}`;
      const metadataOnly = new ConfigurationBotFrameworkAuthentication({ ...credentials, ToBotFromChannelOpenIdMetadataUrl: botFramework.metadataUrl });
      await expect(metadataOnly.authenticateRequest(a, header)).rejects.toThrow();
      const full = new ConfigurationBotFrameworkAuthentication({ ...credentials, ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: botFramework.metadataUrl });
      await expect(full.authenticateRequest(a, header)).resolves.toEqual(expect.objectContaining({ callerId: PUBLIC_CLOUD.CallerId }));
    } finally {
      await botFramework.close();
      quiet.mockRestore();
    }
  });
});

describe('configuration that would turn authentication off refuses to start', () => {
  const azure = {
    MODE: 'azure',
    TENANT_ID: DEMO_TENANT_ID,
    BOT_ID: TEST_BOT_ID,
    BOT_PASSWORD: 'x',
    AAD_APP_CLIENT_ID: 'c11e0000-0000-4000-8000-0000000000c1',
    STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
  };
  const load = (env: Record<string, string>) => () => loadConfig(env, { version: 'test', rootDir: ROOT_DIR });

  it.each<[string, Record<string, string>, RegExp]>([
    ['azure mode with an empty BOT_ID', { ...azure, BOT_ID: '' }, /BOT_ID: required in azure mode/],
    ['azure mode with a blank BOT_ID', { ...azure, BOT_ID: '   ' }, /BOT_ID: required in azure mode/],
    ['azure mode without a tenant', { ...azure, TENANT_ID: '' }, /TENANT_ID: required/],
    ['azure mode without the tab app', { ...azure, AAD_APP_CLIENT_ID: '' }, /AAD_APP_CLIENT_ID: required/],
    ['SingleTenant without a secret', { ...azure, BOT_PASSWORD: '' }, /BOT_PASSWORD: required/],
    ['a managed identity with a secret', { ...azure, BOT_TYPE: 'UserAssignedMSI' }, /BOT_PASSWORD: must be empty/],
    ['a secret with no MODE named', { BOT_PASSWORD: 'x' }, /MODE: must be set/],
    ['local mode on all interfaces', { MODE: 'local', HOST: '0.0.0.0' }, /binds to loopback only/],
    ['local mode on a public address', { MODE: 'local', HOST: '203.0.113.5' }, /binds to loopback only/],
  ])('%s', (_name, env, message) => {
    expect(load(env)).toThrow(ConfigError);
    expect(load(env)).toThrow(message);
  });

  it('starts azure mode with everything named, and local mode on loopback', () => {
    expect(load(azure)().bot.appId).toBe(TEST_BOT_ID);
    expect(load({ ...azure, BOT_TYPE: 'UserAssignedMSI', BOT_PASSWORD: '' })().bot.type).toBe('UserAssignedMSI');
    expect(load({ MODE: 'local' })().host).toBe('127.0.0.1');
    expect(load({})().access.roleSightingMaxAgeDays).toBe(30);
  });
});
