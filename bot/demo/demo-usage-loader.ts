/**
 * Loads the demo tenant's usage at local start through the real import path (an import job). Generated for the day
 * of the service clock; a store already holding that day's data is left alone, an older one is wiped and reloaded.
 * `small` is awaited (tests want the data at start); `full` imports in the background and /healthz shows progress.
 */
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { JobStore } from '../store/job-store';
import type { SyncStateStore } from '../store/sync-state-store';
import type { TenantSettingsStore } from '../store/tenant-settings';
import { readUsageSettings } from '../usage/usage-settings';
import type { UsageImportProgress, UsageImportResult, UsageImportService } from '../usage/usage-import-service';
import type { UsageMaintenanceService } from '../usage/usage-maintenance';
import { DEMO_TENANT_ID } from './demo-tenant';
import { DEMO_USAGE_VERSION, generateDemoUsage, type DemoUsageSize } from './demo-usage';

export interface DemoUsageHealth {
  demoUsage: { size: DemoUsageSize; status: 'importing' | 'done' | 'failed' | 'current'; rowsTotal: number | null; rowsWritten: number; jobId: string | null };
}

export class DemoUsageLoader {
  private jobId: string | null = null;
  private status: 'importing' | 'done' | 'failed' | 'current' = 'importing';
  /** Settles when the demo usage is loaded (or failed). */
  done: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: {
      importer: UsageImportService;
      maintenance: UsageMaintenanceService;
      state: SyncStateStore;
      jobs: JobStore;
      clock: Clock;
      logger: Logger;
      size: DemoUsageSize;
      settings: TenantSettingsStore;
    },
  ) {}

  async start(): Promise<void> {
    const { deps } = this;
    const anchorDate = deps.clock.now().toISOString().slice(0, 10);
    const marker = await deps.state.getDemoMarker(DEMO_TENANT_ID);
    if (marker && marker.status === 'done' && marker.anchorDate === anchorDate && marker.size === deps.size && marker.version === DEMO_USAGE_VERSION) {
      this.status = 'current';
      this.jobId = marker.jobId;
      return;
    }
    if (marker) await deps.maintenance.wipeTenantUsage(DEMO_TENANT_ID);
    const started = Date.now();
    const { timeZone } = await readUsageSettings(deps.settings, DEMO_TENANT_ID);
    const usage = generateDemoUsage({ size: deps.size, now: deps.clock.now(), timeZone });
    const job = await deps.importer.start(DEMO_TENANT_ID, 'demo-seed', Buffer.from(usage.csv, 'utf8'));
    this.jobId = job.id;
    await deps.state.putDemoMarker(DEMO_TENANT_ID, { anchorDate, size: deps.size, version: DEMO_USAGE_VERSION, status: 'importing', jobId: job.id });
    deps.logger.info({ event: 'demo.usage.importing', size: deps.size, rows: usage.rows, from: usage.from, to: usage.to, jobId: job.id }, 'demo usage import started');
    this.done = deps.importer
      .idle()
      .then(async () => {
      const finished = await deps.jobs.get<UsageImportProgress, UsageImportResult>(DEMO_TENANT_ID, job.id);
      this.status = finished?.status === 'succeeded' ? 'done' : 'failed';
      await deps.state.putDemoMarker(DEMO_TENANT_ID, { anchorDate, size: deps.size, version: DEMO_USAGE_VERSION, status: this.status, jobId: job.id });
      deps.logger.info({ event: 'demo.usage.loaded', status: this.status, rows: usage.rows, ms: Date.now() - started }, 'demo usage loaded');
      })
      .catch((error: unknown) => {
        this.status = 'failed';
        deps.logger.error({ event: 'demo.usage.failed', err: error }, 'demo usage could not be loaded');
      });
  }

  async health(): Promise<DemoUsageHealth> {
    const job = this.jobId ? await this.deps.jobs.get<UsageImportProgress, UsageImportResult>(DEMO_TENANT_ID, this.jobId) : null;
    return {
      demoUsage: {
        size: this.deps.size,
        status: this.status,
        rowsTotal: job?.progress?.rowsTotal ?? null,
        rowsWritten: job?.progress?.rowsWritten ?? 0,
        jobId: this.jobId,
      },
    };
  }
}
