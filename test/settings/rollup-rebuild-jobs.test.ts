/**
 * The roll-up rebuild job: its progress counts the days recalculated (so the tab's bar moves), the end says how many,
 * and a busy tenant or a crash fails the job with a code instead of leaving it running.
 */
import pino from 'pino';
import { fixedClock } from '../../bot/clock';
import { RollupRebuildJobs, type RollupRebuildJob } from '../../bot/settings/rollup-rebuild-jobs';
import type { JobRecord } from '../../bot/store/job-store';
import type { RecomputeProgress } from '../../bot/usage/rollup-service';
import { TenantBusyError } from '../../bot/usage/usage-maintenance';

const TENANT = 'f0000000-0000-4000-8000-000000000009';
const REASON = { timeZone: { from: 'UTC', to: 'Europe/Paris' } };

function memoryJobs() {
  const rows = new Map<string, JobRecord>();
  const updates: Array<Partial<JobRecord>> = [];
  return {
    rows,
    updates,
    create: async (job: JobRecord) => void rows.set(job.id, job),
    update: async (_tenantId: string, id: string, patch: Partial<JobRecord>) => {
      updates.push(structuredClone(patch));
      rows.set(id, { ...rows.get(id)!, ...patch } as JobRecord);
    },
    listUnfinished: async () => [...rows.values()].filter((j) => j.status === 'queued' || j.status === 'running'),
  };
}

function jobsWith(rebuild: (tenantId: string, onProgress: RecomputeProgress) => Promise<{ days: number; cells: number; conferences: number; reattributed: number }>) {
  const jobs = memoryJobs();
  const rebuilds = new RollupRebuildJobs({ jobs, rebuild, clock: fixedClock('2026-11-22T12:00:00Z'), logger: pino({ level: 'silent' }) });
  return { jobs, rebuilds };
}

it('reports the days recalculated while it runs, and all of them at the end', async () => {
  const { jobs, rebuilds } = jobsWith(async (_tenantId, onProgress) => {
    for (let done = 8; done <= 40; done += 8) await onProgress(done, 40);
    return { days: 40, cells: 400, conferences: 12, reattributed: 0 };
  });
  const job = await rebuilds.start(TENANT, 'admin', REASON);
  await rebuilds.idle();
  const rebuilding = jobs.updates.map((u) => (u.progress as RollupRebuildJob['progress'])).filter((p) => p?.phase === 'rebuilding');
  // The first group is written at once (later ones at most every half second).
  expect(rebuilding.some((p) => p?.daysTotal === 40 && p.daysDone === 8)).toBe(true);
  expect(jobs.rows.get(job.id)).toMatchObject({
    status: 'succeeded',
    progress: { phase: 'done', daysTotal: 40, daysDone: 40 },
    result: { reason: REASON, daysRecomputed: 40, cells: 400, conferences: 12 },
  });
});

it('fails the job as busy when another update holds the tenant, and as internal when the rebuild throws', async () => {
  const busy = jobsWith(async () => {
    throw new TenantBusyError(TENANT);
  });
  const a = await busy.rebuilds.start(TENANT, 'admin', REASON);
  await busy.rebuilds.idle();
  expect(busy.jobs.rows.get(a.id)).toMatchObject({ status: 'failed', error: 'busy' });

  const broken = jobsWith(async () => {
    throw new Error('storage went away');
  });
  const b = await broken.rebuilds.start(TENANT, 'admin', REASON);
  await broken.rebuilds.idle();
  expect(broken.jobs.rows.get(b.id)).toMatchObject({ status: 'failed', error: 'internal' });
});
