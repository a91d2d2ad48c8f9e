/**
 * A full scripted session in azure mode at trace level — bot turns (valid and refused), API calls with good and bad
 * tokens, the demo header — and then the captured logs are searched for every secret the service was given, every
 * token it saw, and every phone number that was typed. None may appear.
 */
import { DEMO_ADMIN, DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { messageActivity, postActivity } from '../support/activities';
import { FABRIKAM, SEEDED_SECRETS, startAzureTestService, TEST_BOT_ID, type AzureTestService } from '../support/azure-service';
import { azuriteConnectionString } from '../support/service';

const PHONE_NUMBERS = ['+44 20 7946 0958', '+1 (425) 555-0147', '+33 1 70 36 99 12'];

function phoneVariants(number: string): string[] {
  const digits = number.replace(/\D/g, '');
  return [number, `+${digits}`, digits, digits.slice(-9)];
}

describe('no secrets, tokens or phone numbers in the logs of a full session', () => {
  let service: AzureTestService;
  const seenTokens: string[] = [];
  let quiet: jest.SpyInstance;

  beforeAll(async () => {
    quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    service = await startAzureTestService({ env: { LOG_LEVEL: 'trace' } });

    const bot = async (text: string, options: Parameters<typeof messageActivity>[0] = {}, auth: 'valid' | 'foreign' | 'none' = 'valid') => {
      const activity = messageActivity({ text, ...options });
      let headers: Record<string, string> = {};
      if (auth !== 'none') {
        const token = await service.botFramework.mintBotToken({ audience: TEST_BOT_ID, serviceUrl: String(activity.serviceUrl), signature: auth });
        seenTokens.push(token);
        headers = { authorization: `Bearer ${token}` };
      }
      return postActivity(service.baseUrl, activity, headers);
    };
    const api = async (path: string, token: string | undefined, extra: Record<string, string> = {}) => {
      if (token) seenTokens.push(token);
      return fetch(service.baseUrl + path, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra } });
    };

    await bot('help');
    await bot(`can I dial ${PHONE_NUMBERS[0]}?`, { user: 'avery' });
    await bot(`appeler le ${PHONE_NUMBERS[2]} depuis une réunion`, { user: 'camille', locale: 'fr-FR' });
    await bot(`how much does a 45 minute meeting cost with 3 people dialing in from the UK`);
    await bot(`dial out ${PHONE_NUMBERS[1]}`, { user: 'sam' }, 'foreign');
    await bot(`dial out ${PHONE_NUMBERS[1]}`, { user: 'sam' }, 'none');
    await bot(`call ${PHONE_NUMBERS[1]}`, { tenantId: '0de00000-0000-4000-8000-0000000000de' });

    const entra = service.entra;
    await api('/api/v1/config', undefined);
    await api('/api/v1/me', await entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: DEMO_ADMIN.aadObjectId, roles: ['Credits.Admin'] }));
    await api('/api/v1/me', await entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: demoUser('avery').aadObjectId, version: '1.0' }), {
      'x-demo-user': DEMO_ADMIN.aadObjectId,
    });
    await api('/api/v1/me', await entra.mintTabToken({ tenantId: FABRIKAM.tenantId, userId: FABRIKAM.users[0].id, wids: ['62e90394-69f5-4237-9190-012177145e10'] }));
    await api('/api/v1/me', await entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: DEMO_ADMIN.aadObjectId, signature: 'foreign' }));
    await api('/api/v1/me', await entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: DEMO_ADMIN.aadObjectId, audience: 'api://other' }));
    await api('/api/v1/me', await entra.mintTabToken({ tenantId: '0de00000-0000-4000-8000-0000000000de', userId: DEMO_ADMIN.aadObjectId }));
    await api('/api/v1/me', 'not-a-jwt-but-secret-looking-9f8e7d');
    await api('/api/v1/nowhere', await entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: DEMO_ADMIN.aadObjectId }));
  });
  afterAll(async () => {
    await service.stopAll();
    quiet.mockRestore();
  });

  it('ran a real session and logged it', () => {
    expect(seenTokens.length).toBeGreaterThan(10);
    expect(service.logs.length).toBeGreaterThan(5);
    expect(service.logs.some((l) => l.includes('"auth.token-rejected"'))).toBe(true);
    expect(service.logs.some((l) => l.includes('"bot.auth-rejected"'))).toBe(true);
  });

  it('never logs a seeded secret or the storage key', () => {
    const accountKey = /AccountKey=([^;]+)/.exec(azuriteConnectionString())?.[1];
    expect(accountKey).toBeTruthy();
    const secrets = [...Object.values(SEEDED_SECRETS), accountKey!, azuriteConnectionString()];
    const leaks = service.logs.filter((line) => secrets.some((secret) => line.includes(secret)));
    expect(leaks).toEqual([]);
  });

  it('never logs a token, whole or its signature, nor a bearer header', () => {
    const pieces = seenTokens.flatMap((t) => [t, t.split('.')[2] ?? t]).filter((p) => p.length > 8);
    const leaks = service.logs.filter((line) => pieces.some((p) => line.includes(p)) || /bearer\s+\S{8,}/i.test(line));
    expect(leaks).toEqual([]);
  });

  it('never logs a full phone number', () => {
    const variants = PHONE_NUMBERS.flatMap(phoneVariants);
    const leaks = service.logs.filter((line) => variants.some((v) => line.includes(v)));
    expect(leaks).toEqual([]);
  });
});
