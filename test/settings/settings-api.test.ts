/**
 * The settings API against the real service (local mode, Azurite): ETags and 412 on concurrent edits, idempotency keys
 * (one effect per key), every write in the audit, readers read-only, organizers refused, and the roll-up rebuild job.
 */
import type {
  AnyJobResponse,
  AuditResponse,
  GlobalPolicyResponse,
  PoliciesResponse,
  PolicyPreviewResponse,
  RatePreviewResponse,
  RatesResponse,
  SettingsConflictJson,
  SettingsResponse,
  SettingsUpdateResponse,
} from '../../bot/api/contracts';
import { DEMO_ADMIN, DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { RoleSightingStore } from '../../bot/store/role-sighting-store';
import { startTestService, type TestService } from '../support/service';

jest.setTimeout(120_000);

const AVERY = demoUser('avery').aadObjectId;
const OLGA = demoUser('olga').aadObjectId;

interface Reply<T> {
  status: number;
  body: T;
  headers: Headers;
}

describe('settings API', () => {
  let service: TestService;
  let keyCounter = 0;
  const newKey = () => `test-key-${Date.now()}-${++keyCounter}`;

  async function call<T>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; as?: string } = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) headers['x-demo-user'] = options.as;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${service.baseUrl}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T, headers: response.headers };
  }

  const getSettings = () => call<SettingsResponse>('GET', '/api/v1/settings');
  const audit = async () => (await call<AuditResponse>('GET', '/api/v1/audit?pageSize=200')).body;

  beforeAll(async () => {
    service = await startTestService();
    // Olga is a Credits.Reader: a role her token showed (local mode remembers it as a sighting).
    await new RoleSightingStore(service.app.store).record(DEMO_TENANT_ID, OLGA, { admin: false, reader: true, sources: ['app-role:Credits.Reader'], seenAt: new Date().toISOString() });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('GET /api/v1/settings answers the editable settings with an ETag', async () => {
    const { status, body, headers } = await getSettings();
    expect(status).toBe(200);
    expect(headers.get('etag')).toBe(body.etag);
    expect(body.settings).toMatchObject({ country: 'US', currency: 'USD', timeZone: 'America/New_York', billingModel: 'prepaid', usCaDomestic: false, highCostPerMinute: '0.25' });
    expect(body.admins).toContainEqual(expect.objectContaining({ id: DEMO_ADMIN.aadObjectId, displayName: DEMO_ADMIN.displayName }));
    expect(body.choices.timeZones).toContain('Europe/Paris');
    expect(body.choices.countries).toContain('FR');
  });

  it('two concurrent edits of the same version: one wins, the other gets 412 with the winner version', async () => {
    const { body: read } = await getSettings();
    const edit = (lowBalanceMinutes: number) =>
      call<SettingsUpdateResponse | { error: { code: string; details: SettingsConflictJson } }>('PUT', '/api/v1/settings', {
        body: { ...read.settings, lowBalanceMinutes },
        headers: { 'if-match': read.etag, 'idempotency-key': newKey() },
      });
    const replies = await Promise.all([edit(45), edit(90)]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = replies.find((r) => r.status === 200)!.body as SettingsUpdateResponse;
    const loser = replies.find((r) => r.status === 412)!.body as { error: { code: string; message: string; details: SettingsConflictJson } };
    expect(loser.error.code).toBe('preconditionFailed');
    expect(loser.error.details.current.etag).toBe(winner.etag);
    expect(loser.error.details.current.settings.lowBalanceMinutes).toBe(winner.settings.lowBalanceMinutes);
    expect(loser.error.details.lastChange?.by).toEqual({ id: DEMO_ADMIN.aadObjectId, displayName: DEMO_ADMIN.displayName });
    // The stale version can never be saved again.
    const again = await call('PUT', '/api/v1/settings', { body: { ...read.settings, lowBalanceMinutes: 10 }, headers: { 'if-match': read.etag, 'idempotency-key': newKey() } });
    expect(again.status).toBe(412);
    expect((await getSettings()).body.settings.lowBalanceMinutes).toBe(winner.settings.lowBalanceMinutes);
  });

  it('refuses a settings write without If-Match or Idempotency-Key, and bad values with one problem per field', async () => {
    const { body: read } = await getSettings();
    const noMatch = await call<{ error: { details: unknown } }>('PUT', '/api/v1/settings', { body: read.settings, headers: { 'idempotency-key': newKey() } });
    expect(noMatch.status).toBe(400);
    expect(noMatch.body.error.details).toEqual({ problems: [{ path: 'If-Match', code: 'header-required' }] });
    const noKey = await call<{ error: { details: unknown } }>('PUT', '/api/v1/settings', { body: read.settings, headers: { 'if-match': read.etag } });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.details).toEqual({ problems: [{ path: 'Idempotency-Key', code: 'header-required' }] });
    const bad = await call<{ error: { details: { problems: unknown[] } } }>('PUT', '/api/v1/settings', {
      body: { ...read.settings, country: 'XX', timeZone: 'Mars/Base', highCostPerMinute: '-1', alerts: { ...read.settings.alerts, runOutWithinDays: 0 }, admins: [...read.settings.admins, 'nobody@contoso.example'] },
      headers: { 'if-match': read.etag, 'idempotency-key': newKey() },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.problems).toEqual(
      expect.arrayContaining([
        { path: 'country', code: 'unknown-country' },
        { path: 'timeZone', code: 'unknown-time-zone' },
        { path: 'highCostPerMinute', code: 'invalid-amount' },
        { path: 'alerts.runOutWithinDays', code: 'out-of-range' },
        { path: `admins.${read.settings.admins.length}`, code: 'unknown-user' },
      ]),
    );
    // Dana cannot take herself off the allow-list; another admin can.
    const self = await call<{ error: { details: { problems: unknown[] } } }>('PUT', '/api/v1/settings', {
      body: { ...read.settings, admins: read.settings.admins.filter((id) => id !== DEMO_ADMIN.aadObjectId) },
      headers: { 'if-match': read.etag, 'idempotency-key': newKey() },
    });
    expect(self.status).toBe(400);
    expect(self.body.error.details.problems).toEqual([{ path: 'admins', code: 'cannot-remove-yourself' }]);
  });

  it('a repeated write with the same Idempotency-Key has one effect and one audit entry', async () => {
    const key = newKey();
    const put = (policyName: string) => call<GlobalPolicyResponse>('PUT', '/api/v1/settings/global-policy', { body: { policyName }, headers: { 'idempotency-key': key } });
    const first = await put('DialoutCPCZoneAPSTNInternational');
    expect(first.status).toBe(200);
    expect(first.body.global).toMatchObject({ name: 'DialoutCPCZoneAPSTNInternational', source: 'admin', setBy: DEMO_ADMIN.aadObjectId });
    const second = await put('DialoutCPCZoneAPSTNInternational');
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    const entries = (await audit()).entries.filter((e) => e.action === 'policy.global.set');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.after).toMatchObject({ name: 'DialoutCPCZoneAPSTNInternational', source: 'admin' });
    // The same key for another request is refused, and changes nothing.
    const other = await put('DialoutCPCandPSTNDisabled');
    expect(other.status).toBe(409);
    expect((await call<PoliciesResponse>('GET', '/api/v1/policies')).body.global.name).toBe('DialoutCPCZoneAPSTNInternational');
  });

  it('a double-clicked rate card apply replaces the card once', async () => {
    const csv = 'call_kind,country,number_type,currency,rate_per_minute,connection_fee,effective_from\ndial-out,FR,,USD,0.5,0,2024-01-01\ndial-in-toll,FR,,USD,0.02,,2024-01-01\n';
    const preview = await call<RatePreviewResponse>('POST', '/api/v1/rates/preview', { body: { csv } });
    expect(preview.status).toBe(200);
    if (!preview.body.ok) throw new Error('preview failed');
    expect(preview.body.changed.map((c) => [c.after.callKind, c.after.country, c.before.perMinute.amount, c.after.perMinute.amount])).toEqual([
      ['dial-in-toll', 'FR', '0.016', '0.02'],
      ['dial-out', 'FR', '0.022', '0.50'],
    ]);
    expect(preview.body.removed.length).toBeGreaterThan(100);
    const key = newKey();
    const apply = () => call('POST', '/api/v1/rates/apply', { body: { csv, fingerprint: preview.body.ok ? preview.body.fingerprint : '' }, headers: { 'idempotency-key': key } });
    const [a, b] = [await apply(), await apply()];
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.body).toEqual(a.body);
    const rates = (await call<RatesResponse>('GET', '/api/v1/rates')).body;
    expect(rates.card?.source).toBe('admin');
    expect(rates.card?.entries.map((e) => `${e.callKind} ${e.country} ${e.perMinute.amount}`)).toEqual(['dial-in-toll FR 0.02', 'dial-out FR 0.50']);
    expect((await audit()).entries.filter((e) => e.action === 'rates.replace')).toHaveLength(1);
    // Clicks that race: one does the write, the others replay it or are told it is in progress; still one effect.
    const racing = 'call_kind,country,number_type,currency,rate_per_minute,connection_fee,effective_from\ndial-out,FR,,USD,0.45,0,2024-01-01\n';
    const racePreview = (await call<RatePreviewResponse>('POST', '/api/v1/rates/preview', { body: { csv: racing } })).body;
    if (!racePreview.ok) throw new Error('preview failed');
    const raceKey = newKey();
    const raced = await Promise.all(
      [1, 2, 3].map(() => call<{ error?: { details: unknown } }>('POST', '/api/v1/rates/apply', { body: { csv: racing, fingerprint: racePreview.fingerprint }, headers: { 'idempotency-key': raceKey } })),
    );
    expect(raced.filter((r) => r.status === 200 && r.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    for (const r of raced.filter((r) => r.status !== 200)) expect(r.body.error?.details).toEqual({ problems: [{ path: 'Idempotency-Key', code: 'in-progress' }] });
    expect((await audit()).entries.filter((e) => e.action === 'rates.replace')).toHaveLength(2);
    // A new apply with the old preview is outdated: the card it was previewed against has changed.
    const stale = await call<{ error: { code: string } }>('POST', '/api/v1/rates/apply', { body: { csv, fingerprint: preview.body.fingerprint }, headers: { 'idempotency-key': newKey() } });
    expect(stale.status).toBe(409);
  });

  it('a bad rate card shows its line errors and applies nothing', async () => {
    const before = (await call<RatesResponse>('GET', '/api/v1/rates')).body.card;
    const csv = 'call_kind,country,number_type,currency,rate_per_minute,connection_fee,effective_from\ndial-out,FR,,USD,0.5,0,2024-01-01\nteleport,ZZ,,USD,abc,0,2024-13-01\n';
    const preview = await call<RatePreviewResponse>('POST', '/api/v1/rates/preview', { body: csv, headers: { 'content-type': 'text/csv' } });
    expect(preview.body).toEqual({
      ok: false,
      errors: [
        { line: 3, code: 'unknown-call-kind', column: 'call_kind', value: 'teleport' },
        { line: 3, code: 'invalid-country', column: 'country', value: 'ZZ' },
        { line: 3, code: 'invalid-amount', column: 'rate_per_minute', value: 'abc' },
        { line: 3, code: 'invalid-effective-from', column: 'effective_from', value: '2024-13-01' },
      ],
    });
    const apply = await call<{ error: { details: { errors: unknown[] } } }>('POST', '/api/v1/rates/apply', { body: { csv, fingerprint: '0'.repeat(64) }, headers: { 'idempotency-key': newKey() } });
    expect(apply.status).toBe(400);
    expect(apply.body.error.details.errors).toHaveLength(4);
    const euro = 'call_kind,country,currency,rate_per_minute,connection_fee,effective_from\ndial-out,FR,EUR,0.5,0,2024-01-01\n';
    expect((await call<RatePreviewResponse>('POST', '/api/v1/rates/preview', { body: { csv: euro } })).body).toEqual({
      ok: false,
      errors: [{ line: 0, code: 'currency-differs-from-tenant', column: 'currency', value: 'EUR' }],
    });
    expect((await call<RatesResponse>('GET', '/api/v1/rates')).body.card).toEqual(before);
  });

  it('a policy import: unknown people and policies are line errors; a good one stores source import with its date', async () => {
    const bad = '#TYPE Selected.System.Management.Automation.PSCustomObject\n"UserPrincipalName","OnlineDialOutPolicy"\n"camille@contoso.example","DialoutCPCandPSTNDisabled"\n"ghost@contoso.example",""\n"joao@contoso.example","DialoutEverywhere"\n';
    expect((await call<PolicyPreviewResponse>('POST', '/api/v1/policies/preview', { body: { csv: bad } })).body).toEqual({
      ok: false,
      errors: [
        { line: 4, code: 'unknown-user', column: 'UserPrincipalName', value: 'ghost@contoso.example' },
        { line: 5, code: 'unknown-policy', column: 'OnlineDialOutPolicy', value: 'DialoutEverywhere' },
      ],
    });

    const good = 'UserPrincipalName,OnlineDialOutPolicy\ncamille@contoso.example,tag:DialoutCPCandPSTNDisabled\navery@contoso.example,\n';
    const preview = await call<PolicyPreviewResponse>('POST', '/api/v1/policies/preview', { body: { csv: good } });
    if (!preview.body.ok) throw new Error(JSON.stringify(preview.body));
    expect(preview.body.rows.map((r) => [r.userPrincipalName, r.policyName, r.change, r.current?.policyName ?? null])).toEqual([
      ['camille@contoso.example', 'DialoutCPCandPSTNDisabled', 'changed', 'DialoutCPCDomesticPSTNInternational'],
      ['avery@contoso.example', 'Global', 'new', null],
    ]);
    const applied = await call<{ importedAt: string; assignments: number; changed: number }>('POST', '/api/v1/policies/apply', {
      body: { csv: good, fingerprint: preview.body.fingerprint },
      headers: { 'idempotency-key': newKey() },
    });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ assignments: 2, changed: 2 });
    const policies = (await call<PoliciesResponse>('GET', '/api/v1/policies')).body;
    expect(policies.assignments.find((a) => a.userPrincipalName === 'camille@contoso.example')).toMatchObject({
      policyName: 'DialoutCPCandPSTNDisabled',
      source: 'import',
      assignedAt: applied.body.importedAt,
      displayName: 'Camille Martin',
    });
    expect(policies.presets).toHaveLength(13);
  });

  it('every write appears in the audit, with who, when, what and before → after; the CSV export has them too', async () => {
    const { body: read } = await getSettings();
    const saved = await call<SettingsUpdateResponse>('PUT', '/api/v1/settings', {
      body: { ...read.settings, usCaDomestic: true, highCostPerMinute: '0.3' },
      headers: { 'if-match': read.etag, 'idempotency-key': newKey() },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.changed).toBe(true);
    const ledger = await call('POST', '/api/v1/credits/entries', {
      body: { kind: 'purchase', purchasedAt: new Date(Date.now() - 3_600_000).toISOString(), amount: { amount: '100', currency: 'USD' } },
      headers: { 'idempotency-key': newKey() },
    });
    expect(ledger.status).toBe(201);
    const upload = await call<AnyJobResponse>('POST', '/api/v1/imports/usage', { body: 'not,an\r\nexport,file', headers: { 'content-type': 'text/csv', 'idempotency-key': newKey() } });
    expect(upload.status).toBe(202);
    let ended = false;
    for (let i = 0; i < 100 && !ended; i += 1) {
      const entries = (await audit()).entries;
      ended = entries.some((e) => e.action === 'usage.import.finished' && e.target === upload.body.id);
      if (!ended) await new Promise((r) => setTimeout(r, 100));
    }

    // Each write route and what it records: a write route added without an audit action fails here.
    const AUDITED: Record<string, string[]> = {
      'PUT /api/v1/settings': ['settings.update'],
      'PUT /api/v1/settings/global-policy': ['policy.global.set'],
      'POST /api/v1/rates/apply': ['rates.replace'],
      'POST /api/v1/policies/apply': ['policies.import'],
      'POST /api/v1/credits/entries': ['ledger.append'],
      'POST /api/v1/imports/usage': ['usage.import', 'usage.import.finished'],
    };
    const writeRoutes = service.app.apiRoutes
      .list()
      .filter((r) => r.write && !/\/preview$/.test(r.path))
      .map((r) => `${r.method} ${r.path}`);
    expect(writeRoutes.sort()).toEqual(Object.keys(AUDITED).sort());
    const { entries } = await audit();
    const actions = new Set(entries.map((e) => e.action));
    for (const action of Object.values(AUDITED).flat()) expect(actions).toContain(action);
    const update = entries.find((e) => e.action === 'settings.update' && (e.after as Record<string, unknown>).usCaDomestic === true)!;
    expect(update.actor).toEqual({ id: DEMO_ADMIN.aadObjectId, displayName: DEMO_ADMIN.displayName, userPrincipalName: DEMO_ADMIN.userPrincipalName });
    expect(update.before).toEqual({ usCaDomestic: false, highCostPerMinute: '0.25' });
    expect(update.after).toEqual({ usCaDomestic: true, highCostPerMinute: '0.30' });
    // Newest first.
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse());

    const csv = await fetch(`${service.baseUrl}/api/v1/audit.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="ppm-audit-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe('\uFEFF"When (UTC)","Who (object ID)","Who","User principal name","What","Changed item","Before","After"');
    expect(text).toContain('"settings.update","tenant-settings"');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(entries.length + 1);
  });

  it('pages the audit and checks its range', async () => {
    const all = await audit();
    const page2 = (await call<AuditResponse>('GET', '/api/v1/audit?pageSize=2&page=2')).body;
    expect(page2.total).toBe(all.total);
    expect(page2.entries.map((e) => e.id)).toEqual(all.entries.slice(2, 4).map((e) => e.id));
    const bad = await call<{ error: { details: unknown } }>('GET', '/api/v1/audit?from=2025-02-01&to=2025-01-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual({ problems: [{ path: 'from', code: 'after-to' }] });
    const old = (await call<AuditResponse>('GET', '/api/v1/audit?from=2020-01-01&to=2020-01-31')).body;
    expect(old).toMatchObject({ total: 0, entries: [] });
    // The last months a calendar date can name: answered (nothing there), not a month loop that never ends.
    const last = (await call<AuditResponse>('GET', '/api/v1/audit?from=9999-11-01&to=9999-12-31')).body;
    expect(last).toMatchObject({ total: 0, entries: [] });
  });

  it('a time-zone change rebuilds the roll-ups as a job the tab can poll', async () => {
    const { body: read } = await getSettings();
    const saved = await call<SettingsUpdateResponse>('PUT', '/api/v1/settings', {
      body: { ...read.settings, timeZone: 'Europe/Paris' },
      headers: { 'if-match': read.etag, 'idempotency-key': newKey() },
    });
    expect(saved.status).toBe(200);
    const job = saved.body.rebuildJob;
    expect(job).toMatchObject({ kind: 'rollup-rebuild', status: 'queued' });
    let polled: AnyJobResponse | undefined;
    for (let i = 0; i < 240; i += 1) {
      polled = (await call<AnyJobResponse>('GET', `/api/v1/jobs/${job!.id}`)).body;
      if (polled.status === 'succeeded' || polled.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(polled).toMatchObject({ kind: 'rollup-rebuild', status: 'succeeded', progress: { phase: 'done' } });
    expect(polled?.progress?.daysTotal).toBeGreaterThan(300);
    expect(polled?.progress?.daysDone).toBe(polled?.progress?.daysTotal);
    if (polled?.kind !== 'rollup-rebuild') throw new Error('not a rebuild');
    expect(polled.result?.reason).toEqual({ timeZone: { from: 'America/New_York', to: 'Europe/Paris' } });
    expect(polled.result?.daysRecomputed).toBeGreaterThan(300);
  });

  it('readers read every settings view but write nothing; organizers get 403 everywhere', async () => {
    for (const path of ['/api/v1/settings', '/api/v1/rates', '/api/v1/policies', '/api/v1/audit', '/api/v1/audit.csv']) {
      expect({ path, status: (await call('GET', path, { as: OLGA })).status }).toEqual({ path, status: 200 });
      expect({ path, status: (await call('GET', path, { as: AVERY })).status }).toEqual({ path, status: 403 });
    }
    const { body: read } = await getSettings();
    const writes: Array<[string, string, unknown]> = [
      ['PUT', '/api/v1/settings', read.settings],
      ['PUT', '/api/v1/settings/global-policy', { policyName: 'Global' }],
      ['POST', '/api/v1/rates/preview', { csv: 'x' }],
      ['POST', '/api/v1/rates/apply', { csv: 'x', fingerprint: '0'.repeat(64) }],
      ['POST', '/api/v1/policies/preview', { csv: 'x' }],
      ['POST', '/api/v1/policies/apply', { csv: 'x', fingerprint: '0'.repeat(64) }],
    ];
    for (const [method, path, body] of writes) {
      for (const as of [OLGA, AVERY]) {
        const reply = await call<{ error: { code: string } }>(method, path, { body, as, headers: { 'if-match': read.etag, 'idempotency-key': newKey() } });
        expect({ path, as, status: reply.status, code: reply.body.error.code }).toEqual({ path, as, status: 403, code: 'forbidden' });
      }
    }
  });
});
