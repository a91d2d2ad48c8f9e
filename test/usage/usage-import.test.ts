/** A large export import records its progress in the jobs table, phase by phase, and ends with every row. */
import type { JobStore } from '../../bot/store/job-store';
import type { UsageImportProgress } from '../../bot/usage/usage-import-service';
import { generateGraphRows } from '../support/fake-graph/graph-rows';
import { CALLS, exportCsv, exportRecord } from './call-fixtures';
import { TENANT, usageHarness } from './usage-harness';
import type { ExportRecord } from '../../bot/usage/normalize-export-row';

it('records progress in the jobs table while importing 12,000 rows, then the result', async () => {
  const h = await usageHarness();
  try {
    const records: ExportRecord[] = generateGraphRows({ count: 12_000, from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-07-31T00:00:00Z'), seed: 8 }).map((r) => ({
      UsageId: r.id,
      'Call ID': r.callId ?? '',
      'Conference ID': r.conferenceId ?? '',
      'AAD ObjectId': r.userId ?? '',
      UPN: r.userPrincipalName ?? '',
      'Call Type': r.callType,
      'Number Type': r.inventoryType ?? '',
      'Destination Dialed': r.destinationName ?? '',
      'Caller ID': r.callerNumber ?? '',
      'Destination Number': r.calleeNumber ?? '',
      'Start Time': r.startDateTime.slice(0, 19) + 'Z',
      'Duration Seconds': String(r.duration),
      'Connection Fee': (r.connectionCharge ?? 0).toFixed(2),
      Charge: (r.charge ?? 0).toFixed(2),
      Currency: 'USD',
      Capability: r.licenseCapability ?? '',
    }));
    const updates: Array<{ status?: string; progress?: UsageImportProgress | null }> = [];
    const jobs = h.jobs as JobStore;
    const update = jobs.update.bind(jobs);
    jobs.update = async (tenantId, id, patch) => {
      // The service reuses its progress object: keep a copy of each update as it was sent.
      updates.push(structuredClone(patch) as (typeof updates)[number]);
      return update(tenantId, id, patch);
    };
    const job = await h.importer.start(TENANT, 'admin', Buffer.from(exportCsv(records)));
    await h.importer.idle();

    const phases = updates.map((u) => u.progress?.phase).filter(Boolean);
    expect([...new Set(phases)]).toEqual(['validating', 'waiting', 'writing', 'rolling-up', 'done']);
    const written = updates.filter((u) => u.progress?.phase === 'writing').map((u) => u.progress!.rowsWritten);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(updates.at(-1)).toMatchObject({ status: 'succeeded', progress: { phase: 'done', rowsTotal: 12_000, rowsValidated: 12_000, rowsWritten: 12_000 } });
    // The roll-up phase counts the days it recalculates, up to every day the file touched.
    const last = updates.at(-1)!.progress!;
    expect(last.daysTotal).toBeGreaterThanOrEqual(60);
    expect(last.daysDone).toBe(last.daysTotal);
    const days = updates.filter((u) => u.progress?.phase === 'rolling-up').map((u) => u.progress!.daysDone);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect((await h.jobs.get(TENANT, job.id))?.result).toMatchObject({ rowsInFile: 12_000, rowsAdded: 12_000, errorCount: 0 });
    expect(h.afterChange).toEqual([TENANT]);
    const answer = await h.queries.query({ tenantId: TENANT, range: { from: '2026-06-01', to: '2026-07-31' }, groupBy: 'month', filter: {}, top: 10 });
    expect(answer.ok && answer.answer.aggregate.totals.calls).toBe(12_000);
  } finally {
    await h.drop();
  }
}, 120_000);

it('marks imports a dead process left running as interrupted, but not one whose import still holds the lease', async () => {
  const h = await usageHarness();
  try {
    const job = { tenantId: TENANT, id: '0b5e2f6a-1c1d-4e7e-9d7e-000000000001', kind: 'usage-import', status: 'running' as const, createdAt: 'x', createdBy: 'admin', updatedAt: 'x', progress: null, result: null, error: null };
    await h.jobs.create(job);
    const lease = await h.lease.tryAcquire(TENANT, `other-instance:import:${job.id}`);
    expect(await h.importer.failInterrupted(TENANT)).toBe(0);
    await lease!.release();
    expect(await h.importer.failInterrupted(TENANT)).toBe(1);
    expect(await h.jobs.get(TENANT, job.id)).toMatchObject({ status: 'failed', error: 'interrupted' });
  } finally {
    await h.drop();
  }
});

it('a storage failure mid-import fails the job (the tab stops waiting) and the audit records the upload and the failure', async () => {
  const h = await usageHarness();
  try {
    const records: ExportRecord[] = [exportRecord({ ...CALLS.dialOutWithFee!, currency: 'USD', start: '2026-11-21T15:00:00Z' })];
    const writeCalls = h.ingest.writeCalls.bind(h.ingest);
    h.ingest.writeCalls = async () => {
      throw Object.assign(new Error('The server is busy.'), { statusCode: 503 });
    };
    const csv = Buffer.from(exportCsv(records));
    const job = await h.importer.start(TENANT, 'admin-id', csv, { fileName: 'calls.csv', audited: true });
    await h.importer.idle();
    h.ingest.writeCalls = writeCalls;
    expect(await h.jobs.get(TENANT, job.id)).toMatchObject({ status: 'failed', error: 'internal' });
    const audited = (await h.audit.listMonth(TENANT, '2026-11')).filter((r) => r.target === job.id);
    expect(audited.map((r) => [r.action, r.actor])).toEqual([
      ['usage.import', 'admin-id'],
      ['usage.import.finished', 'admin-id'],
    ]);
    expect(audited[0]!.after).toMatchObject({ fileName: 'calls.csv', bytes: csv.length });
    expect(audited[1]!.after).toMatchObject({ status: 'failed', error: 'internal', rowsAdded: 0 });

    // The same file again, once storage answers: every row is there once.
    const again = await h.importer.start(TENANT, 'admin-id', csv, { fileName: 'calls.csv', audited: true });
    await h.importer.idle();
    expect((await h.jobs.get(TENANT, again.id))?.result).toMatchObject({ rowsInFile: 1, rowsAdded: 1 });
  } finally {
    await h.drop();
  }
});

it('the demo seed and other unaudited imports leave no audit rows', async () => {
  const h = await usageHarness();
  try {
    await h.importer.start(TENANT, 'demo-seed', Buffer.from(exportCsv([exportRecord({ ...CALLS.autoAttendant!, start: '2026-11-21T16:00:00Z' })])));
    await h.importer.idle();
    expect(await h.audit.listMonth(TENANT, '2026-11')).toEqual([]);
  } finally {
    await h.drop();
  }
});
