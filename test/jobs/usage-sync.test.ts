/**
 * The usage sync (issue 6): 100 syncs with 20% of Graph requests faulted lose and duplicate nothing, and end with
 * totals equal to the source to the micro; two instances syncing at once; the lease; the last error.
 */
import { GraphPermissionError } from '../../bot/graph/graph-errors';
import { FakeGraphServer } from '../support/fake-graph/fake-graph-server';
import { generateGraphRows, type FakeGraphRow } from '../support/fake-graph/graph-rows';
import { TenantLease } from '../../bot/jobs/tenant-lease';
import { normalizeAll, silent, sourceTotals, TENANT, usageHarness, type UsageHarness } from '../usage/usage-harness';
import { MovableClock, syncJobFor } from './sync-harness';

const START = '2026-10-01T00:00:00Z';
// Azurite work is slow on a busy machine; these limits are generous on purpose (no test asserts a duration).
jest.setTimeout(120_000);

let h: UsageHarness;
let graph: FakeGraphServer;
let clock: MovableClock;

beforeEach(async () => {
  clock = new MovableClock(Date.parse(START));
  h = await usageHarness({ clock, leaseTtlMs: 5_000 });
});
afterEach(async () => {
  await graph?.stop();
  await h.drop();
});

async function storedIds(): Promise<string[]> {
  const ids: string[] = [];
  for await (const e of h.store.table('pstnCalls').listEntities<{ sid: string }>({ queryOptions: { select: ['sid'] } })) ids.push(e.sid);
  return ids.sort();
}

async function expectExactly(rows: FakeGraphRow[]): Promise<void> {
  const ids = await storedIds();
  expect(ids).toEqual(rows.map((r) => r.id).sort());
  const source = sourceTotals(normalizeAll(rows.map(({ _availableAt, ...r }) => r)));
  const outcome = await h.queries.query({ tenantId: TENANT, range: { from: '2026-09-01', to: '2026-10-31' }, groupBy: 'day', filter: {}, top: 10 });
  if (!outcome.ok) throw new Error(outcome.problem);
  const t = outcome.answer.aggregate.totals;
  expect({ calls: t.calls, seconds: t.seconds, total: t.charge + t.connection }).toEqual(source);
}

it('loses and duplicates nothing over 100 hourly syncs with 20% of Graph requests faulted', async () => {
  // Calls from 20 days before the first sync until 80 hours after it, each visible 24 to 48 hours after it started.
  const rows = generateGraphRows({ count: 1_200, from: new Date('2026-09-11T00:00:00Z'), to: new Date('2026-10-02T08:00:00Z'), seed: 3 });
  graph = new FakeGraphServer({ rows, pageSize: 100, now: () => clock.now() });
  await graph.start();
  graph.setFaults({ rate: 0.2, kinds: ['429', '503', 'drop', 'truncate', 'slow'], seed: 42, retryAfterSeconds: 1, slowMs: 2_000 });
  const job = syncJobFor(h, graph.baseUrl, { requestTimeoutMs: 500 });
  const outcomes: string[] = [];
  for (let i = 0; i < 100; i += 1) {
    outcomes.push((await job.syncTenant(TENANT)).outcome);
    clock.advanceHours(1);
  }
  // About one request in five was faulted, every kind of fault among them, and most runs still finished.
  expect(graph.faultsServed / graph.requests.length).toBeGreaterThan(0.12);
  expect(graph.faultsServed / graph.requests.length).toBeLessThan(0.3);
  expect(outcomes.filter((o) => o === 'synced').length).toBeGreaterThan(60);
  expect(rows.every((r) => Date.parse(r._availableAt!) < clock.now().getTime() - 10 * 3_600_000)).toBe(true);
  await expectExactly(rows);
}, 300_000);

it('gives exact totals when two instances sync the same tenant at once', async () => {
  const rows = generateGraphRows({ count: 1_500, from: new Date('2026-09-15T00:00:00Z'), to: new Date('2026-09-29T00:00:00Z'), seed: 9, lagHours: [0, 0] });
  graph = new FakeGraphServer({ rows, pageSize: 50 });
  await graph.start();
  const a = syncJobFor(h, graph.baseUrl, { holderId: 'instance-a' });
  const b = syncJobFor(h, graph.baseUrl, { holderId: 'instance-b' });
  const outcomes = (await Promise.all([...Array.from({ length: 3 }, () => a.syncTenant(TENANT)), ...Array.from({ length: 3 }, () => b.syncTenant(TENANT))])).map(
    (o) => o.outcome,
  );
  expect(outcomes).toContain('busy');
  expect(outcomes).toContain('synced');
  for (const o of await Promise.all([a.syncTenant(TENANT), b.syncTenant(TENANT)])) expect(['synced', 'busy']).toContain(o.outcome);
  await expectExactly(rows);
}, 120_000);

it('records the last error (which permission is missing) and clears it on the next good run', async () => {
  const rows = generateGraphRows({ count: 50, from: new Date('2026-09-25T00:00:00Z'), to: new Date('2026-09-28T00:00:00Z'), lagHours: [0, 0] });
  graph = new FakeGraphServer({ rows });
  await graph.start();
  const hooks: string[] = [];
  const job = syncJobFor(h, graph.baseUrl, { afterSync: [async (t) => void hooks.push(t)] });
  graph.forbidden.add('pstnCalls');
  expect(await job.syncTenant(TENANT)).toEqual({ outcome: 'failed', error: 'graph-permission-missing' });
  expect(await h.state.getGraph(TENANT)).toMatchObject({
    lastError: { code: 'graph-permission-missing', permission: new GraphPermissionError('pstnCalls', null).permission, httpStatus: 403 },
    lastErrorAt: START.replace('Z', '.000Z'),
    highWaterMark: null,
  });
  expect(await h.feed.freshness(TENANT)).toMatchObject({ lastError: 'graph-permission-missing', lastSyncAt: null });
  expect(hooks).toEqual([]);

  graph.forbidden.clear();
  expect(await job.syncTenant(TENANT)).toMatchObject({ outcome: 'synced', rows: 50 });
  expect(await h.state.getGraph(TENANT)).toMatchObject({ lastError: null, highWaterMark: START.replace('Z', '.000Z'), lastSuccessAt: START.replace('Z', '.000Z') });
  expect(hooks).toEqual([TENANT]);
});

it('re-reads the 72 hours before the high-water mark, and reads 20 days back (the setting) in windows on the first sync', async () => {
  graph = new FakeGraphServer({ rows: [] });
  await graph.start();
  const job = syncJobFor(h, graph.baseUrl);
  await job.syncTenant(TENANT);
  expect(graph.requests).toEqual([
    'GET /v1.0/communications/callRecords/getPstnCalls(fromDateTime=2026-09-11T00:00:00Z,toDateTime=2026-09-18T00:00:00Z)',
    'GET /v1.0/communications/callRecords/getPstnCalls(fromDateTime=2026-09-18T00:00:00Z,toDateTime=2026-09-25T00:00:00Z)',
    'GET /v1.0/communications/callRecords/getPstnCalls(fromDateTime=2026-09-25T00:00:00Z,toDateTime=2026-10-01T00:00:00Z)',
  ]);
  clock.advanceHours(1);
  await job.syncTenant(TENANT);
  expect(graph.requests[3]).toBe('GET /v1.0/communications/callRecords/getPstnCalls(fromDateTime=2026-09-28T00:00:00Z,toDateTime=2026-10-01T01:00:00Z)');
});

describe('the tenant lease', () => {
  it('lets one holder in at a time, renews, and is taken over once it expires', async () => {
    let now = 1_000_000;
    const lease = new TenantLease(h.state, { ttlMs: 1_000, renewEveryMs: 60_000, now: () => now }, silent);
    const a = await lease.tryAcquire(TENANT, 'a');
    expect(a).not.toBeNull();
    expect(await lease.tryAcquire(TENANT, 'b')).toBeNull();
    now += 900;
    await a!.renew();
    now += 900;
    expect(await lease.tryAcquire(TENANT, 'b')).toBeNull();
    now += 200;
    const b = await lease.tryAcquire(TENANT, 'b');
    expect(b).not.toBeNull();
    await a!.renew();
    expect(a!.signal.aborted).toBe(true);
    await b!.release();
    const c = await lease.tryAcquire(TENANT, 'c');
    expect(c).not.toBeNull();
    await c!.release();
  });
});
