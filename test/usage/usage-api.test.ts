/**
 * The usage API over HTTP against the real service (local mode, small demo usage imported at start through the
 * export import path).
 */
import { strToU8, zipSync } from 'fflate';
import { fixedClock } from '../../bot/clock';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import type { JobResponse, UsageImportResultJson, UsageResponse } from '../../bot/api/contracts';

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

async function post<T>(path: string, body: unknown, user = dana.aadObjectId, contentType = 'application/json'): Promise<{ status: number; body: T }> {
  const res = await fetch(`${service.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'x-demo-user': user, 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function waitForJob(id: string): Promise<ImportJob> {
  for (let i = 0; i < 200; i += 1) {
    const { body } = await get<ImportJob>(`/api/v1/jobs/${id}`);
    if (body.status === 'succeeded' || body.status === 'failed') return body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
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
    const { status, body } = await post<ImportJob>('/api/v1/imports/usage', lines.join('\r\n'), dana.aadObjectId, 'text/csv');
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
    expect((await post('/api/v1/imports/usage', { contentBase64: 'YQ==' }, avery.aadObjectId)).status).toBe(403);
    const job = await post<ImportJob>('/api/v1/imports/usage', { contentBase64: Buffer.from('not,a\nreal,export').toString('base64') });
    expect((await get(`/api/v1/jobs/${job.body.id}`, avery.aadObjectId)).status).toBe(404);
    expect((await waitForJob(job.body.id)).result!.errors[0]).toMatchObject({ line: 1, reason: 'missing-columns' });
    expect((await post('/api/v1/imports/usage', { contentBase64: '%%%' })).status).toBe(400);
  });
});

it('reports the usage sync and the demo usage on /healthz', async () => {
  const body = (await (await fetch(`${service.baseUrl}/healthz`)).json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    usageSync: { graph: false, intervalMinutes: 60, tenants: [{ tenantId: DEMO_TENANT_ID, lastError: null }] },
    demoUsage: { size: 'small', status: 'done' },
  });
});
