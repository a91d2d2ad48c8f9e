import { SignJWT } from 'jose';
import { TabTokenValidator, TOKEN_CLOCK_SKEW_SECONDS, type TokenCheck } from '../../bot/api/tab-token-validator';
import { startLocalEntra, type LocalEntra, type TabTokenOptions } from '../support/identity-servers';
import { FABRIKAM, FOREIGN_TENANT_ID, TEST_APP_ID_URI, TEST_CLIENT_ID, TestClock } from '../support/azure-service';
import { DEMO_TENANT_ID } from '../../bot/demo/demo-tenant';

const USER = 'a0000000-0000-4000-8000-000000000001';
const NOW = '2026-11-02T10:00:00Z';

describe('TabTokenValidator (jose, against a local Entra)', () => {
  let entra: LocalEntra;
  let clock: TestClock;
  let validator: TabTokenValidator;

  beforeAll(async () => {
    entra = await startLocalEntra({ clientId: TEST_CLIENT_ID, appIdUri: TEST_APP_ID_URI });
  });
  afterAll(async () => {
    await entra.close();
  });
  beforeEach(() => {
    clock = new TestClock(NOW);
    validator = new TabTokenValidator({
      authorityHost: entra.authorityHost,
      audiences: [TEST_APP_ID_URI, TEST_CLIENT_ID],
      tenantIds: [DEMO_TENANT_ID, FABRIKAM.tenantId],
      clock,
      keyRefetchCooldownSeconds: 0,
    });
  });

  const mint = (options: Partial<TabTokenOptions> = {}) =>
    entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: USER, issuedAt: clock.now(), ...options });
  const check = async (options: Partial<TabTokenOptions> = {}): Promise<TokenCheck> => validator.validateHeader(`Bearer ${await mint(options)}`);

  it.each<[string, Partial<TabTokenOptions>]>([
    ['a v2 token (audience = client id)', { version: '2.0' }],
    ['a v1 token (audience = app ID URI)', { version: '1.0' }],
    ['a v2 token whose audience is the app ID URI', { version: '2.0', audience: TEST_APP_ID_URI }],
    ['a v1 token whose audience is the client id', { version: '1.0', audience: TEST_CLIENT_ID }],
    ['a token of the second served tenant', { tenantId: FABRIKAM.tenantId }],
    ['a token with more scopes than access_as_user', { scp: 'User.Read access_as_user' }],
  ])('accepts %s', async (_name, options) => {
    const result = await check(options);
    expect(result).toEqual({ ok: true, token: expect.objectContaining({ tenantId: options.tenantId ?? DEMO_TENANT_ID, userId: USER }) });
  });

  it('takes the user id from oid and keeps roles and wids', async () => {
    const result = await check({ userId: USER.toUpperCase(), roles: ['Credits.Reader'], wids: ['62e90394-69f5-4237-9190-012177145e10'], version: '1.0' });
    expect(result).toEqual({
      ok: true,
      token: { tenantId: DEMO_TENANT_ID, userId: USER, roles: ['Credits.Reader'], wids: ['62e90394-69f5-4237-9190-012177145e10'], version: '1.0' },
    });
  });

  it.each<[string, Partial<TabTokenOptions>, string]>([
    ['a wrong audience', { audience: 'api://someone-else' }, 'audience'],
    ['a v2 token with the v1 issuer', { version: '2.0', issuer: `https://sts.windows.net/${DEMO_TENANT_ID}/` }, 'issuer'],
    ['a v1 token with the v2 issuer', { version: '1.0', issuer: `LOCAL/${DEMO_TENANT_ID}/v2.0` }, 'issuer'],
    ['a v2 token from the public authority while another is configured', { issuer: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/v2.0` }, 'issuer'],
    ['an issuer naming another tenant', { issuer: `LOCAL/${FABRIKAM.tenantId}/v2.0` }, 'issuer'],
    ['no version claim', { extra: { ver: undefined } }, 'unknownVersion'],
    ['a bad signature', { signature: 'foreign' }, 'signature'],
    ['no scope', { scp: null }, 'scope'],
    ['another scope only', { scp: 'User.Read' }, 'scope'],
    ['a scope that only contains the name', { scp: 'access_as_user_admin' }, 'scope'],
    ['no oid', { extra: { oid: undefined } }, 'claims'],
    ['an oid that is not a GUID', { userId: 'not-a-guid' }, 'claims'],
    ['a tenant this deployment does not serve', { tenantId: FOREIGN_TENANT_ID }, 'tenantNotServed'],
  ])('rejects %s', async (_name, options, reason) => {
    const resolved = options.issuer?.startsWith('LOCAL') ? { ...options, issuer: options.issuer.replace('LOCAL', entra.authorityHost) } : options;
    expect(await check(resolved)).toEqual({ ok: false, reason });
  });

  it('never fetches keys for a tenant it does not serve', async () => {
    await check({ tenantId: FOREIGN_TENANT_ID });
    expect(entra.jwksFetches(FOREIGN_TENANT_ID)).toBe(0);
  });

  it('rejects an expired token, but allows the clock skew', async () => {
    const token = await mint({ lifetimeSeconds: 3600 });
    clock.advance((3600 + TOKEN_CLOCK_SKEW_SECONDS - 1) * 1000);
    expect((await validator.validate(token)).ok).toBe(true);
    clock.advance(2000);
    expect(await validator.validate(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a token that is not valid yet (beyond the skew)', async () => {
    const future = new Date(clock.now().getTime() + (TOKEN_CLOCK_SKEW_SECONDS + 60) * 1000);
    expect(await check({ issuedAt: future })).toEqual({ ok: false, reason: 'notYetValid' });
  });

  it.each([
    ['no header', undefined, 'missing'],
    ['an empty header', '', 'missing'],
    ['another scheme', 'Basic dXNlcjpwYXNz', 'malformed'],
    ['a bearer that is not a JWT', 'Bearer not-a-jwt', 'malformed'],
    ['two tokens', 'Bearer a.b.c d.e.f', 'malformed'],
  ])('rejects %s', async (_name, header, reason) => {
    expect(await validator.validateHeader(header)).toEqual({ ok: false, reason });
  });

  it('rejects a token signed with a shared secret (HS256) or with no signature (alg none)', async () => {
    const claims = { tid: DEMO_TENANT_ID, oid: USER, ver: '2.0', aud: TEST_CLIENT_ID, iss: `${entra.authorityHost}/${DEMO_TENANT_ID}/v2.0`, scp: 'access_as_user', exp: Math.floor(clock.now().getTime() / 1000) + 600 };
    const hs = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('x'.repeat(32)));
    expect(await validator.validate(hs)).toEqual({ ok: false, reason: 'malformed' });
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect((await validator.validate(none)).ok).toBe(false);
  });

  it('caches the keys, and fetches again when Entra rotates to a key it has not seen', async () => {
    const tenant = FABRIKAM.tenantId;
    const before = entra.jwksFetches(tenant);
    for (let i = 0; i < 3; i++) expect((await check({ tenantId: tenant })).ok).toBe(true);
    expect(entra.jwksFetches(tenant)).toBe(before + 1);
    await entra.rotateKeys();
    expect((await check({ tenantId: tenant })).ok).toBe(true);
    expect(entra.jwksFetches(tenant)).toBe(before + 2);
    expect((await check({ tenantId: tenant })).ok).toBe(true);
    expect(entra.jwksFetches(tenant)).toBe(before + 2);
  });

  it('says the keys are unavailable (not the caller\'s fault) when Entra cannot be reached', async () => {
    const offline = new TabTokenValidator({
      authorityHost: 'http://127.0.0.1:9',
      audiences: [TEST_CLIENT_ID],
      tenantIds: [DEMO_TENANT_ID],
      clock,
    });
    const token = await entra.mintTabToken({ tenantId: DEMO_TENANT_ID, userId: USER, issuedAt: clock.now(), issuer: `http://127.0.0.1:9/${DEMO_TENANT_ID}/v2.0` });
    expect(await offline.validate(token)).toEqual({ ok: false, reason: 'keysUnavailable' });
  });

  it('serves an OpenID configuration per tenant and mints tokens at its token endpoint', async () => {
    const configuration = (await (await fetch(`${entra.authorityHost}/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(configuration.issuer).toBe(validator.issuerFor(DEMO_TENANT_ID, '2.0'));
    expect(configuration.jwks_uri).toBe(validator.jwksUrlFor(DEMO_TENANT_ID));
    const response = await fetch(configuration.token_endpoint!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: USER, version: '1.0', issuedAt: clock.now() }),
    });
    const { access_token } = (await response.json()) as { access_token: string };
    expect(await validator.validate(access_token)).toEqual({ ok: true, token: expect.objectContaining({ version: '1.0', userId: USER }) });
  });
});
