/**
 * A change of time zone (roll-up dates) or of usage source of truth (which copy of a call counts) rebuilds the usage
 * roll-ups from the raw rows (architecture "Money and time"). That can take a while for a year of calls, so it runs as a
 * job in the jobs table, which the tab polls through GET /api/v1/jobs/{id}, like a usage import.
 */
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { BackgroundWork, queuedJob } from '../jobs/background-jobs';
import type { JobRecord, JobStore } from '../store/job-store';
import type { RecomputeProgress, RecomputeSummary } from '../usage/rollup-service';
import { TenantBusyError } from '../usage/usage-maintenance';
import type { RollupRebuildProgressJson, RollupRebuildResultJson } from './settings-types';

export const ROLLUP_REBUILD_JOB = 'rollup-rebuild';
const PROGRESS_EVERY_MS = 500;

export type RollupRebuildProgress = RollupRebuildProgressJson;
export type RollupRebuildResult = RollupRebuildResultJson;
export type RollupRebuildReason = RollupRebuildResult['reason'];
export type RollupRebuildJob = JobRecord<RollupRebuildProgress, RollupRebuildResult>;

/** Why a rebuild job failed: the tab explains each. */
export type RollupRebuildError = 'busy' | 'interrupted' | 'internal';

export interface RollupRebuildJobsDeps {
  jobs: Pick<JobStore, 'create' | 'update' | 'listUnfinished'>;
  /** Rebuilds the tenant's roll-ups under its lease (UsageMaintenanceService.rebuildRollups), saying how far it got. */
  rebuild: (tenantId: string, onProgress: RecomputeProgress) => Promise<RecomputeSummary>;
  clock: Clock;
  logger: Logger;
}

export function isRollupRebuildJob(job: JobRecord): job is RollupRebuildJob {
  return job.kind === ROLLUP_REBUILD_JOB;
}

export class RollupRebuildJobs {
  private readonly work = new BackgroundWork();

  constructor(private readonly deps: RollupRebuildJobsDeps) {}

  /** Records the job and starts the rebuild in the background. */
  async start(tenantId: string, createdBy: string, reason: RollupRebuildReason): Promise<RollupRebuildJob> {
    const now = this.deps.clock.now().toISOString();
    const job = queuedJob<RollupRebuildProgress, RollupRebuildResult>({ tenantId, kind: ROLLUP_REBUILD_JOB, createdBy, now, progress: { phase: 'queued', startedAt: null } });
    await this.deps.jobs.create(job);
    this.work.start(
      () => this.run(job, reason),
      (error) => this.deps.logger.error({ event: 'settings.rebuild.crashed', tenantId, jobId: job.id, err: error }, 'roll-up rebuild job crashed'),
    );
    return job;
  }

  /** Resolves when every rebuild this process started has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await this.work.idle();
  }

  /** A rebuild a dead process left running never finishes: mark it failed so the tab stops waiting. */
  async failInterrupted(tenantId: string): Promise<number> {
    const unfinished = await this.deps.jobs.listUnfinished(tenantId, ROLLUP_REBUILD_JOB);
    for (const job of unfinished) {
      await this.deps.jobs.update(tenantId, job.id, { status: 'failed', error: 'interrupted', updatedAt: this.deps.clock.now().toISOString() });
    }
    return unfinished.length;
  }

  private async run(job: RollupRebuildJob, reason: RollupRebuildReason): Promise<void> {
    const { tenantId } = job;
    const startedAt = this.deps.clock.now().toISOString();
    await this.deps.jobs.update<RollupRebuildProgress, RollupRebuildResult>(tenantId, job.id, {
      status: 'running',
      progress: { phase: 'rebuilding', startedAt },
      updatedAt: startedAt,
    });
    let summary: RecomputeSummary;
    let reportedAt = 0;
    const onProgress: RecomputeProgress = async (daysDone, daysTotal) => {
      // At most one progress write every half second; the last group is covered by the final update.
      if (Date.now() - reportedAt < PROGRESS_EVERY_MS) return;
      reportedAt = Date.now();
      await this.deps.jobs.update<RollupRebuildProgress, RollupRebuildResult>(tenantId, job.id, {
        progress: { phase: 'rebuilding', startedAt, daysTotal, daysDone },
        updatedAt: this.deps.clock.now().toISOString(),
      });
    };
    try {
      summary = await this.deps.rebuild(tenantId, onProgress);
    } catch (error) {
      const code: RollupRebuildError = error instanceof TenantBusyError ? 'busy' : 'internal';
      this.deps.logger.warn({ event: 'settings.rebuild.failed', tenantId, jobId: job.id, code, err: error }, 'roll-up rebuild failed');
      await this.deps.jobs.update(tenantId, job.id, { status: 'failed', error: code, updatedAt: this.deps.clock.now().toISOString() });
      return;
    }
    const finishedAt = this.deps.clock.now().toISOString();
    await this.deps.jobs.update<RollupRebuildProgress, RollupRebuildResult>(tenantId, job.id, {
      status: 'succeeded',
      progress: { phase: 'done', startedAt, daysTotal: summary.days, daysDone: summary.days },
      result: { reason, daysRecomputed: summary.days, cells: summary.cells, conferences: summary.conferences, finishedAt },
      updatedAt: finishedAt,
    });
    this.deps.logger.info({ event: 'settings.rebuild.done', tenantId, jobId: job.id, days: summary.days }, 'roll-ups rebuilt after a settings change');
  }
}
