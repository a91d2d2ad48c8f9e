import type { MeResponse, PublicConfigResponse } from '../../bot/api/contracts';
import type { Host, TeamsHost } from '../../tab/src/host/teamsHost';
import { openSession } from '../../tab/src/shell/session';

const ME: MeResponse = {
  tenantId: 'c0a70000-0000-4000-8000-000000000001',
  tenantName: 'Contoso (demo)',
  userId: 'a0000000-0000-4000-8000-000000000008',
  displayName: 'Dana Admin',
  role: 'admin',
  mode: 'local',
  currency: 'USD',
  timeZone: 'America/New_York',
};

interface Seen {
  path: string;
  headers: Headers;
}

/** A fake service: /config answers the given mode, /me answers the given status. */
function service(config: PublicConfigResponse, me: { status: number; body: unknown }, seen: Seen[] = []): typeof fetch {
  return async (input, init) => {
    const path = String(input);
    seen.push({ path, headers: new Headers(init?.headers) });
    if (path.endsWith('/config')) return Response.json(config);
    return new Response(JSON.stringify(me.body), { status: me.status });
  };
}

function teamsHost(getToken: () => Promise<string>): TeamsHost {
  return {
    kind: 'teams',
    locale: 'zh-TW',
    theme: 'dark',
    userId: ME.userId,
    tenantId: ME.tenantId,
    getToken,
    onThemeChange: () => undefined,
    notifyReady: () => undefined,
  };
}

const standalone: Host = { kind: 'standalone' };
const LOCAL: PublicConfigResponse = { mode: 'local', version: '0.1.0' };
const AZURE: PublicConfigResponse = { mode: 'azure', version: '0.1.0', appClientId: '11111111-2222-3333-4444-555555555555' };

describe('openSession', () => {
  it('signs in standalone in local mode as the demo identity, with no token', async () => {
    const seen: Seen[] = [];
    const outcome = await openSession({ host: standalone, language: 'en-US', fetchImpl: service(LOCAL, { status: 200, body: ME }, seen) });
    expect(outcome).toMatchObject({ kind: 'ready', me: ME, config: LOCAL });
    expect(seen.map((s) => s.path)).toEqual(['/api/v1/config', '/api/v1/me']);
    expect(seen[1]?.headers.get('authorization')).toBeNull();
    expect(seen[1]?.headers.get('x-demo-user')).toBeNull();
  });

  it('acts as ?as=<id> in standalone local mode', async () => {
    const seen: Seen[] = [];
    await openSession({
      host: standalone,
      demoUser: 'a0000000-0000-4000-8000-000000000003',
      language: 'pt-BR',
      fetchImpl: service(LOCAL, { status: 200, body: ME }, seen),
    });
    expect(seen[1]?.headers.get('x-demo-user')).toBe('a0000000-0000-4000-8000-000000000003');
  });

  it('asks to open the app in Teams when standalone in azure mode, without calling /me', async () => {
    const seen: Seen[] = [];
    const outcome = await openSession({ host: standalone, language: 'en-US', fetchImpl: service(AZURE, { status: 200, body: ME }, seen) });
    expect(outcome).toEqual({ kind: 'openInTeams', config: AZURE });
    expect(seen.map((s) => s.path)).toEqual(['/api/v1/config']);
  });

  it('sends the Teams SSO token in Teams and never x-demo-user', async () => {
    const seen: Seen[] = [];
    const outcome = await openSession({
      host: teamsHost(async () => 'sso-token'),
      demoUser: 'a0000000-0000-4000-8000-000000000003',
      language: 'zh-TW',
      fetchImpl: service(AZURE, { status: 200, body: ME }, seen),
    });
    expect(outcome.kind).toBe('ready');
    expect(seen[1]?.headers.get('authorization')).toBe('Bearer sso-token');
    expect(seen[1]?.headers.get('x-demo-user')).toBeNull();
  });

  it('asks for consent when Teams will not give a token', async () => {
    const outcome = await openSession({
      host: teamsHost(async () => {
        throw new Error('resourceRequiresConsent');
      }),
      language: 'en-US',
      fetchImpl: service(AZURE, { status: 200, body: ME }),
    });
    expect(outcome).toEqual({ kind: 'signInNeeded', reason: 'consent', detail: 'resourceRequiresConsent' });
  });

  it.each([
    [401, { error: { code: 'token_invalid', message: 'x' } }, 'signInNeeded'],
    [403, { error: { code: 'tenant_not_served', message: 'x' } }, 'forbidden'],
    [500, { error: { code: 'storage_unavailable', message: 'x' } }, 'failed'],
  ])('maps a %i from /me to %s', async (status, body, kind) => {
    const outcome = await openSession({
      host: teamsHost(async () => 'sso-token'),
      language: 'en-US',
      fetchImpl: service(AZURE, { status, body }),
    });
    expect(outcome.kind).toBe(kind);
  });

  it('reports an unreachable service as failed with a network error', async () => {
    const outcome = await openSession({
      host: standalone,
      language: 'en-US',
      fetchImpl: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(outcome).toMatchObject({ kind: 'failed', error: { kind: 'network' } });
  });
});
