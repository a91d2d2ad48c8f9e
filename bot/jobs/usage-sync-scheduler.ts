/**
 * Runs the usage sync for every served tenant every SYNC_INTERVAL_MINUTES (60 by default: the data lags 24 to 48
 * hours, domain-facts §6.9), and the retention purge at most once a day. Without Graph (local mode) only the purge
 * runs. stop() aborts a run in progress and waits for it.
 */
import type { Logger } from 'pino';
import type { UsageMaintenanceService } from '../usage/usage-maintenance';
import type { SyncOutcome, UsageSyncJob } from './usage-sync-job';

const DAY_MS = 86_400_000;

export class UsageSyncScheduler {
  private timer: NodeJS.Timeout | undefined;
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;
  private lastPurgeMs = new Map<string, number>();

  constructor(
    private readonly deps: {
      job: UsageSyncJob | null;
      maintenance: UsageMaintenanceService;
      tenantIds: readonly string[];
      intervalMs: number;
      firstRunDelayMs: number;
      logger: Logger;
    },
  ) {}

  get graphEnabled(): boolean {
    return this.deps.job !== null;
  }

  start(): void {
    const tick = () => {
      this.running ??= this.runOnce()
        .then(() => undefined)
        .finally(() => (this.running = undefined));
    };
    this.timer = setTimeout(() => {
      tick();
      this.timer = setInterval(tick, this.deps.intervalMs);
      this.timer.unref();
    }, this.deps.firstRunDelayMs);
    this.timer.unref();
  }

  /** One pass over every tenant; errors are recorded per tenant, never thrown. */
  async runOnce(): Promise<Map<string, SyncOutcome | null>> {
    const outcomes = new Map<string, SyncOutcome | null>();
    for (const tenantId of this.deps.tenantIds) {
      if (this.stopping.signal.aborted) break;
      outcomes.set(tenantId, this.deps.job ? await this.deps.job.syncTenant(tenantId, this.stopping.signal) : null);
      const last = this.lastPurgeMs.get(tenantId) ?? 0;
      if (!this.stopping.signal.aborted && Date.now() - last >= DAY_MS) {
        try {
          await this.deps.maintenance.purgeExpired(tenantId);
          this.lastPurgeMs.set(tenantId, Date.now());
        } catch (error) {
          this.deps.logger.warn({ event: 'usage.retention.failed', tenantId, err: error }, 'retention purge failed; will retry next run');
        }
      }
    }
    return outcomes;
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.stopping.abort(new Error('service stopping'));
    await this.running?.catch(() => undefined);
  }
}
