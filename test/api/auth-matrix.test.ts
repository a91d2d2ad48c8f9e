/**
 * The auth matrix for EVERY /api/v1 route of the running server (azure mode, local identity servers). Routes are
 * enumerated from restify itself, so a route another engineer adds later is covered, and must be declared.
 */
import { DEMO_ADMIN, DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { translatorFor } from '../../bot/i18n/i18n';
import type { RouteSpec } from '../../bot/api/route-access';
import { FOREIGN_TENANT_ID, startAzureTestService, TestClock, type AzureTestService } from '../support/azure-service';
import type { TabTokenOptions } from '../support/identity-servers';
import { mountProbeRoutes, PROBE } from '../support/probe-routes';

const AVERY = demoUser('avery').aadObjectId;
/** Path parameters are filled with Avery's id: an organizer asking about themselves, so "passes" cases pass canReadUser. */
const SAMPLE_PARAM = AVERY;

interface Outcome {
  route: string;
  status: number;
  code?: string;
}

describe('auth matrix: every /api/v1 route × every way in', () => {
  let service: AzureTestService;
  let clock: TestClock;
  let routes: RouteSpec[];

  beforeAll(async () => {
    clock = new TestClock(new Date());
    service = await startAzureTestService({ clock });
    mountProbeRoutes(service.app);
    const mounted = (service.app.server.getDebugInfo() as { routes: Array<{ method: string; path: string }> }).routes;
    routes = mounted
      .filter((r) => r.path.startsWith('/api/v1/') && r.path !== PROBE.undeclared)
      .map((r) => {
        const spec = service.app.apiRoutes.find(r.method, r.path);
        return spec ?? ({ method: r.method, path: r.path, access: 'undeclared' } as unknown as RouteSpec);
      });
  });
  afterAll(async () => {
    await service.stopAll();
  });

  const token = (options: Partial<TabTokenOptions> = {}) =>
    service.entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: DEMO_ADMIN.aadObjectId, roles: ['Credits.Admin'], issuedAt: clock.now(), ...options });

  async function call(spec: RouteSpec, authorization: string | undefined): Promise<Outcome> {
    const url = service.baseUrl + spec.path.replace(/:[A-Za-z0-9_]+/g, SAMPLE_PARAM);
    const hasBody = spec.method === 'POST' || spec.method === 'PUT' || spec.method === 'PATCH';
    const response = await fetch(url, {
      method: spec.method,
      headers: { ...(authorization !== undefined ? { authorization } : {}), ...(hasBody ? { 'content-type': 'application/json' } : {}) },
      ...(hasBody ? { body: '{}' } : {}),
    });
    const text = await response.text();
    if (response.status < 400) return { route: `${spec.method} ${spec.path}`, status: response.status };
    const body = JSON.parse(text) as { error: { code: string; message: string; details?: unknown } };
    // The one error format, with the localized message (and details where a route explains a 400).
    const { details: _details, ...error } = body.error;
    expect(Object.keys(body)).toEqual(['error']);
    expect(error).toEqual({ code: body.error.code, message: translatorFor('en-US').t(`api.errors.${body.error.code}`) });
    return { route: `${spec.method} ${spec.path}`, status: response.status, code: body.error.code };
  }

  async function expectEvery(select: (spec: RouteSpec) => boolean, authorization: () => Promise<string | undefined>, expected: { status: number; code: string }): Promise<void> {
    const chosen = routes.filter(select);
    expect(chosen.length).toBeGreaterThan(0);
    const outcomes = [];
    for (const spec of chosen) outcomes.push(await call(spec, await authorization()));
    expect(outcomes).toEqual(chosen.map((spec) => ({ route: `${spec.method} ${spec.path}`, ...expected })));
  }

  async function expectEveryPasses(select: (spec: RouteSpec) => boolean, authorization: () => Promise<string | undefined>): Promise<void> {
    const chosen = routes.filter(select);
    expect(chosen.length).toBeGreaterThan(0);
    for (const spec of chosen) {
      const outcome = await call(spec, await authorization());
      expect({ route: outcome.route, refused: [401, 403, 429].includes(outcome.status) }).toEqual({ route: outcome.route, refused: false });
    }
  }

  const signedIn = (spec: RouteSpec) => spec.access !== 'public';

  it('finds the real routes and every kind of declaration on the running server', () => {
    const paths = routes.map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/config', '/api/v1/me', PROBE.adminRead, PROBE.readerRead, PROBE.adminWrite, PROBE.ownWrite]));
  });

  it('has an access declaration for every /api/v1 route mounted on the server', () => {
    expect(routes.filter((r) => (r.access as string) === 'undeclared').map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('refuses a route mounted without a declaration (deny by default), and logs why', async () => {
    const response = await fetch(service.baseUrl + PROBE.undeclared, { headers: { authorization: `Bearer ${await token()}` } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: expect.objectContaining({ code: 'forbidden' }) });
    expect(service.logs.some((l) => l.includes('"api.route-undeclared"') && l.includes(PROBE.undeclared))).toBe(true);
  });

  it('401: no token', () => expectEvery(signedIn, async () => undefined, { status: 401, code: 'unauthenticated' }));
  it('401: not a bearer token', () => expectEvery(signedIn, async () => 'Basic ZGFuYTpwYXNzd29yZA==', { status: 401, code: 'unauthenticated' }));
  it('401: a bearer that is not a JWT', () => expectEvery(signedIn, async () => 'Bearer bogus', { status: 401, code: 'unauthenticated' }));
  it('401: a bad signature', () => expectEvery(signedIn, async () => `Bearer ${await token({ signature: 'foreign' })}`, { status: 401, code: 'unauthenticated' }));
  it('401: expired', () =>
    expectEvery(signedIn, async () => `Bearer ${await token({ issuedAt: new Date(clock.now().getTime() - 2 * 3600_000), lifetimeSeconds: 3600 })}`, {
      status: 401,
      code: 'unauthenticated',
    }));
  it('401: the wrong audience', () => expectEvery(signedIn, async () => `Bearer ${await token({ audience: 'api://another-app' })}`, { status: 401, code: 'unauthenticated' }));
  it('401: the wrong issuer for the token version (v2 token, v1 issuer)', () =>
    expectEvery(signedIn, async () => `Bearer ${await token({ version: '2.0', issuer: `https://sts.windows.net/${DEMO_TENANT_ID}/` })}`, {
      status: 401,
      code: 'unauthenticated',
    }));
  it('401: the wrong issuer for the token version (v1 token, v2 issuer)', () =>
    expectEvery(signedIn, async () => `Bearer ${await token({ version: '1.0', issuer: `${service.entra.authorityHost}/${DEMO_TENANT_ID}/v2.0` })}`, {
      status: 401,
      code: 'unauthenticated',
    }));
  it('403 tenantNotServed: another tenant', () =>
    expectEvery(signedIn, async () => `Bearer ${await token({ tenantId: FOREIGN_TENANT_ID })}`, { status: 403, code: 'tenantNotServed' }));
  it('403: a valid token without the access_as_user scope', () =>
    expectEvery(signedIn, async () => `Bearer ${await token({ scp: 'User.Read' })}`, { status: 403, code: 'forbidden' }));
  it('403: an organizer on every admin route', () =>
    expectEvery((s) => s.access === 'admin', async () => `Bearer ${await token({ userId: AVERY, roles: [] })}`, { status: 403, code: 'forbidden' }));
  it('403: an organizer on every reader route', () =>
    expectEvery((s) => s.access === 'reader', async () => `Bearer ${await token({ userId: AVERY, roles: [] })}`, { status: 403, code: 'forbidden' }));
  it('403: a Reader on every admin (write) route', () =>
    expectEvery((s) => s.access === 'admin' && s.write, async () => `Bearer ${await token({ userId: AVERY, roles: ['Credits.Reader'] })}`, {
      status: 403,
      code: 'forbidden',
    }));
  it('403: a Reader on every admin route', () =>
    expectEvery((s) => s.access === 'admin', async () => `Bearer ${await token({ userId: AVERY, roles: ['Credits.Reader'] })}`, { status: 403, code: 'forbidden' }));

  it('passes: a v2 admin token on every route', () => expectEveryPasses(() => true, async () => `Bearer ${await token({ version: '2.0' })}`));
  it('passes: a v1 admin token on every route', () => expectEveryPasses(() => true, async () => `Bearer ${await token({ version: '1.0' })}`));
  it('passes: an admin by directory role (wids) on every route', () =>
    expectEveryPasses(() => true, async () => `Bearer ${await token({ userId: AVERY, roles: [], wids: ['69091246-20e8-4a56-aa4d-066075b2a7a8'] })}`));
  it('passes: a Reader on every read route for readers or users', () =>
    expectEveryPasses((s) => !s.write && s.access !== 'admin', async () => `Bearer ${await token({ userId: AVERY, roles: ['Credits.Reader'] })}`));
  it('passes: an organizer on every route for users', () =>
    expectEveryPasses((s) => s.access === 'user' || s.access === 'public', async () => `Bearer ${await token({ userId: AVERY, roles: [] })}`));
  it('passes: public routes need no token, and ignore a bad one', async () => {
    await expectEveryPasses((s) => s.access === 'public', async () => undefined);
    await expectEveryPasses((s) => s.access === 'public', async () => 'Bearer bogus');
  });

  it('lets an organizer read only their own data', async () => {
    const averyToken = `Bearer ${await token({ userId: AVERY, roles: [] })}`;
    const own = await fetch(service.baseUrl + PROBE.userData.replace(':userId', AVERY), { headers: { authorization: averyToken } });
    expect(own.status).toBe(200);
    const other = await fetch(service.baseUrl + PROBE.userData.replace(':userId', DEMO_ADMIN.aadObjectId), { headers: { authorization: averyToken } });
    expect(other.status).toBe(403);
    const reader = await fetch(service.baseUrl + PROBE.userData.replace(':userId', DEMO_ADMIN.aadObjectId), {
      headers: { authorization: `Bearer ${await token({ userId: AVERY, roles: ['Credits.Reader'] })}` },
    });
    expect(reader.status).toBe(200);
  });

  it('takes the caller from the token: tenant from tid, user from oid, role from the token', async () => {
    const response = await fetch(service.baseUrl + PROBE.readerRead, {
      headers: { authorization: `Bearer ${await token({ userId: AVERY, roles: ['Credits.Reader'], version: '1.0' })}` },
    });
    expect(await response.json()).toEqual({ tenantId: DEMO_TENANT_ID, userId: AVERY, role: 'reader', body: null });
  });

  it('lets the bot recognise an admin seen in a tab token (role sighting)', async () => {
    const olga = demoUser('olga').aadObjectId;
    await fetch(`${service.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${await token({ userId: olga, roles: [], wids: ['b0f54661-2d74-4c50-afa3-1ec803f12efe'] })}` } });
    const sighting = await service.app.store.table('roleSightings').getEntity<{ admin: boolean }>(DEMO_TENANT_ID, olga);
    expect(sighting.admin).toBe(true);
  });
});
