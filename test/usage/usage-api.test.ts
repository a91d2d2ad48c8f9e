/**
 * The usage API over HTTP against the real service (local mode, small demo usage imported at start through the
 * export import path).
 */
import { createHash, randomUUID } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { fixedClock } from '../../bot/clock';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import type { AuditResponse, JobResponse, UsageImportResultJson, UsageResponse } from '../../bot/api/contracts';

/** A usage import job (GET /api/v1/jobs/{id} also serves other kinds of job). */
type ImportJob = JobResponse & { result: UsageImportResultJson | null };
import { startTestService, type TestService } from '../support/service';
import { CALLS, exportCsv, exportRecord } from './call-fixtures';

let service: TestService;
const dana = demoUser('dana');
const avery = demoUser('avery');

beforeAll(async () => {
  service = await startTestService({ clock: fixedClock('2026-11-22T12:00:00Z') });
}, 90_000);
afterAll(async () => service?.stop());

async function get<T>(path: string, user = dana.aadObjectId): Promise<{ status: number; body: T }> {
  const res = await fetch(`${service.baseUrl}${path}`, { headers: { 'x-demo-user': user } });
  return { status: res.status, body: (await res.json()) as T };
}

interface PostOptions {
  user?: string;
  contentType?: string;
  /** The Idempotency-Key header: a fresh one unless given; null sends none. */
  key?: string | null;
}

async function post<T>(path: string, body: unknown, options: PostOptions = {}): Promise<{ status: number; body: T; replayed: boolean }> {
  const headers: Record<string, string> = { 'x-demo-user': options.user ?? dana.aadObjectId, 'content-type': options.contentType ?? 'application/json' };
  const key = options.key === undefined ? randomUUID() : options.key;
  if (key !== null) headers['idempotency-key'] = key;
  const res = await fetch(`${service.baseUrl}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

async function waitForJob(id: string): Promise<ImportJob> {
  for (let i = 0; i < 200; i += 1) {
    const { body } = await get<ImportJob>(`/api/v1/jobs/${id}`);
    if (body.status === 'succeeded' || body.status === 'failed') return body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}

/** A job's audit entries, once its outcome is recorded too (just after the job ends). */
async function auditOfJob(jobId: string): Promise<AuditResponse['entries']> {
  for (let i = 0; ; i += 1) {
    const entries = (await get<AuditResponse>('/api/v1/audit?from=2026-11-22&to=2026-11-22&pageSize=200')).body.entries.filter((e) => e.target === jobId);
    if (entries.some((e) => e.action === 'usage.import.finished') || i >= 100) return entries;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const money = (m: { amount: string }) => Math.round(Number(m.amount) * 100);

describe('GET /api/v1/usage', () => {
  it('answers 13 months by month for an admin, with month-to-date and freshness', async () => {
    const { status, body } = await get<UsageResponse>('/api/v1/usage?preset=13m&groupBy=month');
    expect(status).toBe(200);
    expect(body).toMatchObject({ scope: 'tenant', timeZone: 'America/New_York', currency: 'USD', range: { from: '2025-11-01', to: '2026-11-22', preset: '13m' } });
    expect(body.groups.map((g) => g.key)).toHaveLength(13);
    expect(body.groups.reduce((n, g) => n + g.figures.calls, 0)).toBe(body.totals.calls);
    expect(body.totals.calls).toBeGreaterThan(1000);
    expect(body.monthToDate).toMatchObject({ from: '2026-11-01', to: '2026-11-22' });
    expect(body.groups.at(-1)!.figures).toEqual(body.monthToDate.figures);
    expect(body.data.newestCallAt).not.toBeNull();
    expect(body.data.lastSyncAt).toBe('2026-11-22T12:00:00.000Z');
  });

  it('shows an organizer only their own rows', async () => {
    const { status, body } = await get<UsageResponse>('/api/v1/usage?preset=13m&groupBy=organizer', avery.aadObjectId);
    expect(status).toBe(200);
    expect(body.scope).toBe('own');
    expect(body.groups.map((g) => g.key)).toEqual([avery.aadObjectId]);
    expect((await get('/api/v1/usage?organizer=' + dana.aadObjectId, avery.aadObjectId)).status).toBe(403);
    const tenant = await get<UsageResponse>(`/api/v1/usage?preset=13m&organizer=${avery.aadObjectId}`);
    expect(tenant.body.totals).toEqual(body.totals);
  });

  it('groups by call kind, country and conference, top N with the rest summed', async () => {
    const byCountry = await get<UsageResponse>('/api/v1/usage?preset=13m&groupBy=country&top=5');
    expect(byCountry.body.groups).toHaveLength(5);
    expect(byCountry.body.groupCount).toBeGreaterThanOrEqual(20);
    const shown = byCountry.body.groups.reduce((n, g) => n + money(g.figures.total), 0) + money(byCountry.body.rest!.total);
    expect(shown).toBe(money(byCountry.body.totals.total));

    const tollFree = await get<UsageResponse>('/api/v1/usage?preset=13m&groupBy=callKind&callKind=dial-in-toll-free&ppmOnly=true');
    expect(tollFree.body.groups.map((g) => g.key)).toEqual(['dial-in-toll-free']);

    const conferences = await get<UsageResponse>('/api/v1/usage?preset=month&groupBy=conference&top=3&callKind=dial-out');
    expect(conferences.body.ignoredFilters).toEqual(['callKind']);
    expect(conferences.body.groups[0]).toMatchObject({ organizer: { attribution: expect.any(String) }, firstCallAt: expect.any(String) });
  });

  it.each([
    ['groupBy=week', 'groupBy'],
    ['callKind=fax', 'callKind'],
    ['country=USA', 'country'],
    ['top=0', 'top'],
    ['organizer=bob', 'organizer'],
    ['from=2024-01-01&to=2026-11-01', 'range'],
  ])('refuses %s', async (query, path) => {
    const { status, body } = await get<{ error: { details: { problems: Array<{ path: string }> } } }>(`/api/v1/usage?${query}`);
    expect(status).toBe(400);
    expect(body.error.details.problems[0]!.path).toBe(path);
  });
});

describe('POST /api/v1/imports/usage', () => {
  const spec = { ...CALLS.dialOutWithFee!, currency: 'USD', start: '2026-11-21T15:00:00Z' };
  const good = [exportRecord(spec), exportRecord({ ...CALLS.autoAttendant!, start: '2026-11-21T16:00:00Z' })];

  it('imports nothing from a file with a malformed line, and says which line and why', async () => {
    const before = await get<UsageResponse>('/api/v1/usage?preset=month');
    const lines = exportCsv(good).split('\r\n');
    lines[2] = lines[2]!.replace(',0.03,', ',three cents,');
    const { status, body } = await post<ImportJob>('/api/v1/imports/usage', lines.join('\r\n'), { contentType: 'text/csv' });
    expect(status).toBe(202);
    const job = await waitForJob(body.id);
    expect(job).toMatchObject({ status: 'failed', error: 'invalid-file', result: { errorCount: 1, errors: [{ line: 3, reason: 'invalid-amount', field: 'Charge' }] } });
    expect(job.result!.errors[0]!.message).toBe('Line 3: "Charge" is not a decimal amount.');
    expect(job.errorMessage).toMatch(/Nothing was imported/);
    expect((await get<UsageResponse>('/api/v1/usage?preset=month')).body.totals).toEqual(before.body.totals);
  });

  it('imports the zip, counts each call once on a second upload, and lets the tab poll the job', async () => {
    const before = await get<UsageResponse>('/api/v1/usage?preset=month');
    const zip = zipSync({ 'PSTN.calls.2026-11-22.csv': strToU8(exportCsv(good)), 'parameters.json': strToU8('{}') });
    const upload = { fileName: 'Calls.Export.1.zip', contentBase64: Buffer.from(zip).toString('base64') };
    const first = await post<ImportJob>('/api/v1/imports/usage', upload);
    expect(first.status).toBe(202);
    expect(first.body.status).toBe('queued');
    expect((await waitForJob(first.body.id)).result).toMatchObject({ rowsInFile: 2, rowsAdded: 2, rowsAlreadyPresent: 0, errorCount: 0 });
    const after = await get<UsageResponse>('/api/v1/usage?preset=month');
    expect(after.body.totals.calls).toBe(before.body.totals.calls + 2);
    expect(money(after.body.totals.total) - money(before.body.totals.total)).toBe(14 + 1 + 3);

    const second = await post<ImportJob>('/api/v1/imports/usage', upload);
    expect((await waitForJob(second.body.id)).result).toMatchObject({ rowsAdded: 0, rowsAlreadyPresent: 2 });
    expect((await get<UsageResponse>('/api/v1/usage?preset=month')).body.totals).toEqual(after.body.totals);
  });

  it('is for admins; a job is visible to admins and to whoever started it', async () => {
    expect((await post('/api/v1/imports/usage', { contentBase64: 'YQ==' }, { user: avery.aadObjectId })).status).toBe(403);
    const job = await post<ImportJob>('/api/v1/imports/usage', { contentBase64: Buffer.from('not,a\nreal,export').toString('base64') });
    expect((await get(`/api/v1/jobs/${job.body.id}`, avery.aadObjectId)).status).toBe(404);
    expect((await waitForJob(job.body.id)).result!.errors[0]).toMatchObject({ line: 1, reason: 'missing-columns' });
    expect((await post('/api/v1/imports/usage', { contentBase64: '%%%' })).status).toBe(400);
  });

  it('needs an Idempotency-Key; the same key again answers the first job and imports nothing twice', async () => {
    const csv = exportCsv([exportRecord({ ...spec, usageId: 'b7777777-0000-4000-8000-000000000001', start: '2026-11-20T09:00:00Z' })]);
    const upload = { fileName: 'PSTN.calls.twice.csv', contentBase64: Buffer.from(csv).toString('base64') };
    const refused = await post<{ error: { code: string; details: { problems: Array<{ path: string; code: string }> } } }>('/api/v1/imports/usage', upload, { key: null });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.problems).toEqual([{ path: 'Idempotency-Key', code: 'header-required' }]);

    const before = await get<UsageResponse>('/api/v1/usage?preset=month');
    const key = randomUUID();
    // A double click: both requests at once; then a retry after the answer was lost.
    const [a, b] = await Promise.all([post<ImportJob>('/api/v1/imports/usage', upload, { key }), post<ImportJob>('/api/v1/imports/usage', upload, { key })]);
    const accepted = [a, b].filter((r) => r.status === 202);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    for (const other of [a, b].filter((r) => r.status !== 202)) expect(other.status).toBe(409);
    const jobId = accepted[0]!.body.id;
    await waitForJob(jobId);
    const retry = await post<ImportJob>('/api/v1/imports/usage', upload, { key });
    expect(retry).toMatchObject({ status: 202, replayed: true, body: { id: jobId } });
    for (const r of accepted) expect(r.body.id).toBe(jobId);
    const after = await get<UsageResponse>('/api/v1/usage?preset=month');
    expect(after.body.totals.calls).toBe(before.body.totals.calls + 1);

    // The same key for another file is refused, not silently answered with the first job.
    const other = await post<{ error: { details: { problems: Array<{ code: string }> } } }>('/api/v1/imports/usage', { ...upload, fileName: 'other.csv' }, { key });
    expect(other.status).toBe(409);
    expect(other.body.error.details.problems[0]!.code).toBe('used-for-another-request');

    // One upload, one outcome in the audit: Dana, the file's name, size and hash, then the counts.
    const forJob = await auditOfJob(jobId);
    expect(forJob.map((e) => e.action).sort()).toEqual(['usage.import', 'usage.import.finished']);
    const uploaded = forJob.find((e) => e.action === 'usage.import')!;
    expect(uploaded.actor?.id).toBe(dana.aadObjectId);
    expect(uploaded.after).toEqual({ fileName: 'PSTN.calls.twice.csv', bytes: Buffer.byteLength(csv), sha256: createHash('sha256').update(csv).digest('hex') });
    expect(forJob.find((e) => e.action === 'usage.import.finished')!.after).toMatchObject({ status: 'succeeded', rowsInFile: 1, rowsAdded: 1, rowsAlreadyPresent: 0, errorCount: 0 });
  });

  it('audits a failed import with its error count, under the admin who uploaded it', async () => {
    const job = await post<ImportJob>('/api/v1/imports/usage', 'not,a\nreal,export', { contentType: 'text/csv' });
    expect(job.status).toBe(202);
    await waitForJob(job.body.id);
    const finished = (await auditOfJob(job.body.id)).find((e) => e.action === 'usage.import.finished');
    expect(finished).toMatchObject({ actor: { id: dana.aadObjectId }, after: { status: 'failed', error: 'invalid-file', rowsAdded: 0, errorCount: 1 } });
  });
});

it('reports the usage sync and the demo usage on /healthz', async () => {
  const body = (await (await fetch(`${service.baseUrl}/healthz`)).json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    usageSync: { graph: false, intervalMinutes: 60, tenants: [{ tenantId: DEMO_TENANT_ID, lastError: null }] },
    demoUsage: { size: 'small', status: 'done' },
  });
});
