/**
 * HTTP hygiene: per-user rate limits with Retry-After, capped bodies on every write, the tab's security headers,
 * and the local demo identity header honoured in local mode only.
 */
import { DEMO_ADMIN, DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { translatorFor } from '../../bot/i18n/i18n';
import { TAB_FRAME_ANCESTORS } from '../../bot/api/static-tab';
import { startTestService, type TestService } from '../support/service';
import { FABRIKAM, startAzureTestService, TestClock, type AzureTestService } from '../support/azure-service';
import { mountProbeRoutes, PROBE } from '../support/probe-routes';

const AVERY = demoUser('avery').aadObjectId;

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, code: body.error.code, message: body.error.message };
}

describe('rate limiting on /api/v1 (azure mode)', () => {
  let service: AzureTestService;
  let clock: TestClock;

  beforeAll(async () => {
    clock = new TestClock(new Date());
    service = await startAzureTestService({ clock, env: { API_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(async () => {
    await service.stopAll();
  });
  beforeEach(() => clock.advance(60_000)); // every bucket full again

  const me = async (userId: string, tenantId = DEMO_TENANT_ID) =>
    fetch(`${service.baseUrl}/api/v1/me`, {
      headers: { authorization: `Bearer ${await service.entra.mintTabToken({ tenantId, userId, issuedAt: clock.now() })}` },
    });

  it('answers 429 with Retry-After and the error format once a user has spent the minute', async () => {
    for (let i = 0; i < 3; i++) expect((await me(AVERY)).status).toBe(200);
    const refused = await me(AVERY);
    expect(refused.headers.get('retry-after')).toBe('20');
    expect(await errorOf(refused)).toEqual({ status: 429, code: 'rateLimited', message: translatorFor('en-US').t('api.errors.rateLimited') });
  });

  it('counts each user of each tenant separately', async () => {
    for (let i = 0; i < 3; i++) await me(AVERY);
    expect((await me(AVERY)).status).toBe(429);
    expect((await me(DEMO_ADMIN.aadObjectId)).status).toBe(200);
    expect((await me(FABRIKAM.users[1].id, FABRIKAM.tenantId)).status).toBe(200);
  });

  it('lets the user in again after Retry-After', async () => {
    for (let i = 0; i < 3; i++) await me(AVERY);
    const refused = await me(AVERY);
    clock.advance(Number(refused.headers.get('retry-after')) * 1000);
    expect((await me(AVERY)).status).toBe(200);
  });

  it('limits failed sign-ins per client address, so guessing tokens is slow', async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${service.baseUrl}/api/v1/me`, { headers: { authorization: 'Bearer bogus' } })).status).toBe(401);
    const refused = await fetch(`${service.baseUrl}/api/v1/me`, { headers: { authorization: 'Bearer bogus' } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('20');
  });

  it('limits public routes per client address', async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${service.baseUrl}/api/v1/config`)).status).toBe(200);
    expect((await fetch(`${service.baseUrl}/api/v1/config`)).status).toBe(429);
  });
});

describe('request bodies on write routes', () => {
  let service: AzureTestService;
  beforeAll(async () => {
    service = await startAzureTestService({ env: { API_MAX_BODY_BYTES: '2048' } });
    mountProbeRoutes(service.app);
  });
  afterAll(async () => {
    await service.stopAll();
  });

  const post = async (body: string, contentType = 'application/json') =>
    fetch(service.baseUrl + PROBE.ownWrite, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${await service.entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: AVERY })}` },
      body,
    });

  it('hands the route the parsed JSON body', async () => {
    expect(await (await post(JSON.stringify({ note: 'hello' }))).json()).toEqual(expect.objectContaining({ body: { note: 'hello' } }));
  });

  it('hands the route the text of a text/csv body', async () => {
    expect(await (await post('a,b\n1,2\n', 'text/csv')).json()).toEqual(expect.objectContaining({ body: 'a,b\n1,2\n' }));
  });

  it('refuses a body over the cap with 413', async () => {
    expect(await errorOf(await post(JSON.stringify({ note: 'x'.repeat(3000) })))).toEqual(expect.objectContaining({ status: 413, code: 'payloadTooLarge' }));
  });

  it('refuses a body that is not JSON with 400', async () => {
    expect(await errorOf(await post('{"note":'))).toEqual(expect.objectContaining({ status: 400, code: 'badRequest' }));
  });

  it('does not read the body of a caller who may not write', async () => {
    const response = await fetch(service.baseUrl + PROBE.adminWrite, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await service.entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: AVERY })}` },
      body: JSON.stringify({ note: 'x'.repeat(3000) }),
    });
    expect(await errorOf(response)).toEqual(expect.objectContaining({ status: 403, code: 'forbidden' }));
  });
});

describe('the x-demo-user header', () => {
  let azure: AzureTestService;
  let local: TestService;
  beforeAll(async () => {
    [azure, local] = await Promise.all([startAzureTestService(), startTestService()]);
  });
  afterAll(async () => {
    await Promise.all([azure.stopAll(), local.stop()]);
  });

  it('is ignored in azure mode, and logged as a warning', async () => {
    const token = await azure.entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: AVERY });
    const response = await fetch(`${azure.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}`, 'x-demo-user': DEMO_ADMIN.aadObjectId } });
    expect(await response.json()).toEqual(expect.objectContaining({ userId: AVERY, role: 'organizer' }));
    const warnings = azure.logs.map((l) => JSON.parse(l) as { level: string; event?: string }).filter((l) => l.event === 'auth.demo-header-ignored');
    expect(warnings).toEqual([expect.objectContaining({ level: 'warn' })]);
  });

  it('gives no identity in azure mode without a token', async () => {
    const response = await fetch(`${azure.baseUrl}/api/v1/me`, { headers: { 'x-demo-user': DEMO_ADMIN.aadObjectId } });
    expect(await errorOf(response)).toEqual(expect.objectContaining({ status: 401, code: 'unauthenticated' }));
  });

  it('picks the demo user in local mode, and Dana without it', async () => {
    const avery = await (await fetch(`${local.baseUrl}/api/v1/me`, { headers: { 'x-demo-user': AVERY } })).json();
    expect(avery).toEqual(expect.objectContaining({ userId: AVERY, role: 'organizer', tenantId: DEMO_TENANT_ID }));
    const dana = await (await fetch(`${local.baseUrl}/api/v1/me`)).json();
    expect(dana).toEqual(expect.objectContaining({ userId: DEMO_ADMIN.aadObjectId, role: 'admin' }));
    expect(local.logs.some((l) => l.includes('auth.demo-header-ignored'))).toBe(false);
  });

  it('binds local mode to loopback', () => {
    expect(local.app.config.host).toBe('127.0.0.1');
    expect(local.app.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });
});

describe('security headers on /tab/', () => {
  let service: AzureTestService;
  beforeAll(async () => {
    service = await startAzureTestService({ seed: false });
  });
  afterAll(async () => {
    await service.stopAll();
  });

  it.each(['/tab/', '/tab/index.html', '/tab/some/client/route'])('serves %s with a CSP that lets only Teams and Microsoft 365 frame it, and nosniff', async (path) => {
    const response = await fetch(service.baseUrl + path);
    const csp = response.headers.get('content-security-policy') ?? '';
    const frameAncestors = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('frame-ancestors '))
      ?.split(/\s+/)
      .slice(1);
    expect(frameAncestors).toEqual(TAB_FRAME_ANCESTORS);
    for (const host of ['https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft', 'https://*.office.com', 'https://outlook.office.com']) {
      expect(frameAncestors).toContain(host);
    }
    for (const source of frameAncestors ?? []) expect(source).toMatch(/^('self'|https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+)$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
