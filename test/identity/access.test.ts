import pino from 'pino';
import { AccessService, type CallerIdentity } from '../../bot/identity/access';
import { TableStore } from '../../bot/store/table-store';
import { TenantSettingsStore } from '../../bot/store/tenant-settings';
import { RoleSightingStore } from '../../bot/store/role-sighting-store';
import { demoTenantSettings } from '../../bot/demo/seed-demo-tenant';
import { DEMO_ADMIN, DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/service';
import { TestClock } from '../support/azure-service';

const DAY = 24 * 60 * 60 * 1000;
const AVERY = demoUser('avery').aadObjectId;
const CAMILLE = demoUser('camille').aadObjectId;
const CONFIG_ADMIN = 'c0f19000-0000-4000-8000-000000000001';
const GLOBAL_ADMIN_WID = '62e90394-69f5-4237-9190-012177145e10';

function tokenCaller(userId: string, roles: string[] = [], wids: string[] = []): CallerIdentity {
  return { tenantId: DEMO_TENANT_ID, userId, tokenRoles: roles, tokenWids: wids, source: 'token' };
}

describe('AccessService: one answer to "is this person an admin?"', () => {
  let store: TableStore;
  let clock: TestClock;
  let access: AccessService;
  let sightings: RoleSightingStore;

  beforeAll(async () => {
    store = new TableStore(azuriteConnectionString(), uniqueTablePrefix());
    await store.ensureTables();
    await new TenantSettingsStore(store).save(demoTenantSettings([]), null);
  });
  afterAll(async () => {
    await store.dropTables();
  });
  beforeEach(() => {
    clock = new TestClock('2026-11-02T10:00:00Z');
    sightings = new RoleSightingStore(store);
    access = new AccessService({
      settings: new TenantSettingsStore(store),
      sightings,
      configAdmins: [CONFIG_ADMIN.toUpperCase()],
      sightingMaxAgeDays: 30,
      clock,
      logger: pino({ level: 'silent' }),
    });
  });

  it('counts the tenant allow-list (Dana, seeded) and ADMIN_OBJECT_IDS', async () => {
    expect(await access.isAdmin(DEMO_TENANT_ID, DEMO_ADMIN.aadObjectId)).toBe(true);
    expect(await access.isAdmin(DEMO_TENANT_ID, DEMO_ADMIN.aadObjectId.toUpperCase())).toBe(true);
    expect(await access.isAdmin(DEMO_TENANT_ID, CONFIG_ADMIN)).toBe(true);
    expect(await access.roleOf(DEMO_TENANT_ID, CONFIG_ADMIN)).toBe('admin');
  });

  it('does not let one tenant\'s allow-list count in another', async () => {
    expect(await access.isAdmin('fab00000-0000-4000-8000-0000000000fb', DEMO_ADMIN.aadObjectId)).toBe(false);
  });

  it.each([
    ['Credits.Admin', 'admin', ['Credits.Admin'], []],
    ['a Global Administrator wid', 'admin', [], [GLOBAL_ADMIN_WID]],
    ['Credits.Reader', 'reader', ['Credits.Reader'], []],
    ['Credits.Reader and Credits.Admin (strongest wins)', 'admin', ['Credits.Reader', 'Credits.Admin'], []],
    ['no role', 'organizer', [], []],
  ])('gives a token caller with %s the role %s', async (_name, expected, roles, wids) => {
    expect(await access.roleOfCaller(tokenCaller(AVERY, roles, wids))).toBe(expected);
  });

  it('keeps an allow-listed admin an admin even when their token shows no role', async () => {
    expect(await access.roleOfCaller(tokenCaller(DEMO_ADMIN.aadObjectId))).toBe('admin');
  });

  it('lets the bot recognise an admin from a sighting, until it is older than the maximum age', async () => {
    expect(await access.isAdmin(DEMO_TENANT_ID, AVERY)).toBe(false);
    await access.recordTokenSighting(tokenCaller(AVERY, [], [GLOBAL_ADMIN_WID]));
    expect(await access.isAdmin(DEMO_TENANT_ID, AVERY)).toBe(true);
    expect(await sightings.get(DEMO_TENANT_ID, AVERY)).toEqual({
      admin: true,
      reader: false,
      sources: [`wids:${GLOBAL_ADMIN_WID}`],
      seenAt: '2026-11-02T10:00:00.000Z',
    });
    clock.advance(30 * DAY);
    expect(await access.isAdmin(DEMO_TENANT_ID, AVERY)).toBe(true);
    clock.advance(1);
    expect(await access.isAdmin(DEMO_TENANT_ID, AVERY)).toBe(false);
    expect(await access.roleOf(DEMO_TENANT_ID, AVERY)).toBe('organizer');
  });

  it('forgets a role as soon as a newer token no longer shows it', async () => {
    await access.recordTokenSighting(tokenCaller(CAMILLE, ['Credits.Admin']));
    expect(await access.roleOf(DEMO_TENANT_ID, CAMILLE)).toBe('admin');
    clock.advance(60_000);
    await access.recordTokenSighting(tokenCaller(CAMILLE, ['Credits.Reader']));
    expect(await access.roleOf(DEMO_TENANT_ID, CAMILLE)).toBe('reader');
    clock.advance(60_000);
    await access.recordTokenSighting(tokenCaller(CAMILLE));
    expect(await access.roleOf(DEMO_TENANT_ID, CAMILLE)).toBe('organizer');
  });

  it('rewrites an unchanged sighting at most hourly, so seenAt stays fresh without a write per request', async () => {
    const olga = demoUser('olga').aadObjectId;
    await access.recordTokenSighting(tokenCaller(olga, ['Credits.Reader']));
    clock.advance(30 * 60 * 1000);
    await access.recordTokenSighting(tokenCaller(olga, ['Credits.Reader']));
    expect((await sightings.get(DEMO_TENANT_ID, olga))?.seenAt).toBe('2026-11-02T10:00:00.000Z');
    clock.advance(31 * 60 * 1000);
    await access.recordTokenSighting(tokenCaller(olga, ['Credits.Reader']));
    expect((await sightings.get(DEMO_TENANT_ID, olga))?.seenAt).toBe('2026-11-02T11:01:00.000Z');
  });

  it('records nothing for the local demo identity, which has no token', async () => {
    const sam = demoUser('sam').aadObjectId;
    await access.recordTokenSighting({ tenantId: DEMO_TENANT_ID, userId: sam, tokenRoles: ['Credits.Admin'], tokenWids: [], source: 'demo' });
    expect(await sightings.get(DEMO_TENANT_ID, sam)).toBeNull();
    expect(await access.roleOfCaller({ tenantId: DEMO_TENANT_ID, userId: sam, tokenRoles: ['Credits.Admin'], tokenWids: [], source: 'demo' })).toBe('organizer');
  });

  it('keeps sightings per tenant', async () => {
    const fabrikam = 'fab00000-0000-4000-8000-0000000000fb';
    await access.recordTokenSighting({ tenantId: fabrikam, userId: AVERY, tokenRoles: ['Credits.Admin'], tokenWids: [], source: 'token' });
    expect(await access.isAdmin(fabrikam, AVERY)).toBe(true);
    expect(await sightings.get(DEMO_TENANT_ID, 'a0000000-0000-4000-8000-0000000000ff')).toBeNull();
  });
});
