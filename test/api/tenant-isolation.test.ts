/**
 * Property: over random pairs of served tenants, users, roles, token versions, routes and path parameters (including
 * the other tenant's ids), no API response ever carries the other tenant's data. Routes come from the running server,
 * so routes added later are part of the property.
 */
import fc from 'fast-check';
import { DEMO_TENANT_ID, DEMO_TENANT_NAME, DEMO_USERS } from '../../bot/demo/demo-tenant';
import type { RouteSpec } from '../../bot/api/route-access';
import { FABRIKAM, startAzureTestService, TestClock, type AzureTestService } from '../support/azure-service';

interface TenantFixture {
  tenantId: string;
  users: string[];
  /** Strings only this tenant's data contains: its id, its name, its people's names and UPNs. */
  markers: string[];
}

const TENANTS: TenantFixture[] = [
  {
    tenantId: DEMO_TENANT_ID,
    users: DEMO_USERS.map((u) => u.aadObjectId),
    markers: [DEMO_TENANT_ID, DEMO_TENANT_NAME, ...DEMO_USERS.flatMap((u) => [u.displayName, u.userPrincipalName])],
  },
  {
    tenantId: FABRIKAM.tenantId,
    users: FABRIKAM.users.map((u) => u.id),
    markers: [FABRIKAM.tenantId, FABRIKAM.name, ...FABRIKAM.users.flatMap((u) => [u.displayName, u.userPrincipalName])],
  },
];

describe('tenant isolation (property, azure mode, two served tenants)', () => {
  let service: AzureTestService;
  let clock: TestClock;
  let routes: RouteSpec[];

  beforeAll(async () => {
    clock = new TestClock(new Date());
    service = await startAzureTestService({ clock });
    // Reads only: a write route may legitimately store what it is sent, and writes are covered by the auth matrix.
    routes = service.app.apiRoutes.list().filter((r) => r.method === 'GET');
  });
  afterAll(async () => {
    await service.stopAll();
  });

  it('has read routes to try', () => {
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/v1/config', '/api/v1/me']));
  });

  it('never answers with another tenant\'s data', async () => {
    const call = fc.record({
      tenant: fc.integer({ min: 0, max: TENANTS.length - 1 }),
      userPick: fc.nat(),
      strangerUser: fc.boolean(),
      grant: fc.constantFrom<Array<{ roles?: string[]; wids?: string[] }>>({}, { roles: ['Credits.Reader'] }, { roles: ['Credits.Admin'] }, { wids: ['62e90394-69f5-4237-9190-012177145e10'] }),
      version: fc.constantFrom<Array<'1.0' | '2.0'>>('1.0', '2.0'),
      route: fc.nat(),
      param: fc.oneof(fc.constant('ownUser'), fc.constant('otherUser'), fc.constant('otherTenant'), fc.uuid()),
    });
    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        const own = TENANTS[c.tenant]!;
        const other = TENANTS[(c.tenant + 1) % TENANTS.length]!;
        const userId = c.strangerUser ? 'e0000000-0000-4000-8000-0000000000e0' : own.users[c.userPick % own.users.length]!;
        const route = routes[c.route % routes.length]!;
        const paramValue =
          c.param === 'ownUser' ? userId : c.param === 'otherUser' ? other.users[c.userPick % other.users.length]! : c.param === 'otherTenant' ? other.tenantId : c.param;
        const token = await service.entra.mintTabToken({ tenantId: own.tenantId, userId, version: c.version, issuedAt: clock.now(), ...c.grant });
        const response = await fetch(service.baseUrl + route.path.replace(/:[A-Za-z0-9_]+/g, encodeURIComponent(paramValue)), {
          headers: { authorization: `Bearer ${token}` },
        });
        const text = await response.text();
        for (const marker of other.markers) {
          if (text.includes(marker)) throw new Error(`${route.path} as ${userId} of ${own.tenantId} answered ${response.status} with "${marker}": ${text.slice(0, 300)}`);
        }
        if (response.ok && response.headers.get('content-type')?.includes('json')) {
          const body = JSON.parse(text) as { tenantId?: unknown };
          if (body.tenantId !== undefined) expect(body.tenantId).toBe(own.tenantId);
        }
      }),
      { numRuns: 120 },
    );
  });
});
