/**
 * The Graph usage sync of one tenant (issue 6 "The sync job"):
 * - under the tenant's lease, so two instances never sync a tenant at once;
 * - from 72 hours before the high-water mark (data lags 24 to 48 hours), or, on the first sync, from 365 days back;
 * - in windows of at most 90 days; after each window its days are recomputed and only then the high-water mark
 *   moves, so a run killed at any point (kill -9) is redone from the last finished window with exact totals;
 * - its last error is recorded for /healthz and the tab.
 */
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { pstnWindows, type PstnCallSource } from '../graph/pstn-calls';
import type { SyncStateStore } from '../store/sync-state-store';
import type { TenantSettingsStore } from '../store/tenant-settings';
import type { AfterUsageChangeHook } from '../usage/charge-feed';
import { normalizeGraphRow } from '../usage/normalize-graph-row';
import type { PstnCall } from '../usage/pstn-call';
import type { UsageIngestService } from '../usage/usage-ingest';
import { readUsageSettings } from '../usage/usage-settings';
import { syncErrorInfo } from './sync-error-info';
import type { TenantLease } from './tenant-lease';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface UsageSyncSettings {
  /** How far back the first sync reads (365 days). */
  firstSyncDays: number;
  /** How much before the high-water mark each run re-reads (72 hours). */
  rereadHours: number;
  windowDays: number;
}

export const DEFAULT_SYNC_SETTINGS: UsageSyncSettings = { firstSyncDays: 365, rereadHours: 72, windowDays: 90 };

export type SyncOutcome =
  | { outcome: 'synced'; rows: number; invalidRows: number; windows: number }
  | { outcome: 'busy' }
  | { outcome: 'failed'; error: string };

export interface UsageSyncDeps {
  /** The Graph source of one tenant. */
  sourceFor: (tenantId: string) => PstnCallSource;
  ingest: UsageIngestService;
  state: SyncStateStore;
  settings: TenantSettingsStore;
  lease: TenantLease;
  clock: Clock;
  logger: Logger;
  afterSync: readonly AfterUsageChangeHook[];
  holderId: string;
  sync?: Partial<UsageSyncSettings>;
}

export class UsageSyncJob {
  private readonly sync: UsageSyncSettings;

  constructor(private readonly deps: UsageSyncDeps) {
    this.sync = { ...DEFAULT_SYNC_SETTINGS, ...deps.sync };
  }

  /** The range the next run reads. */
  rangeFor(highWaterMark: string | null, now: Date): { from: Date; to: Date } {
    const from = highWaterMark
      ? new Date(Math.min(Date.parse(highWaterMark), now.getTime()) - this.sync.rereadHours * HOUR_MS)
      : new Date(now.getTime() - this.sync.firstSyncDays * DAY_MS);
    return { from, to: now };
  }

  async syncTenant(tenantId: string, stop?: AbortSignal): Promise<SyncOutcome> {
    const lease = await this.deps.lease.tryAcquire(tenantId, `${this.deps.holderId}:sync`);
    if (!lease) return { outcome: 'busy' };
    const log = this.deps.logger.child({ tenantId });
    const signal = stop ? AbortSignal.any([lease.signal, stop]) : lease.signal;
    const now = this.deps.clock.now();
    let rows = 0;
    let invalidRows = 0;
    let windows = 0;
    try {
      const settings = await readUsageSettings(this.deps.settings, tenantId);
      const state = await this.deps.state.updateGraph(tenantId, { lastRunStartedAt: now.toISOString() });
      const { from, to } = this.rangeFor(state.highWaterMark, now);
      const source = this.deps.sourceFor(tenantId);
      const run = await this.deps.ingest.startRun(tenantId, settings);
      log.info({ event: 'usage.sync.started', from: from.toISOString(), to: to.toISOString() }, 'usage sync started');
      for (const window of pstnWindows(from, to, this.sync.windowDays)) {
        for await (const page of source.getPstnCalls(window.from, window.to, signal)) {
          const calls: PstnCall[] = [];
          for (const raw of page.rows) {
            const result = normalizeGraphRow(raw, settings.currency);
            if (result.ok) calls.push(result.value);
            else invalidRows += 1;
          }
          signal.throwIfAborted();
          await this.deps.ingest.writeCalls(run, calls);
          rows += calls.length;
        }
        signal.throwIfAborted();
        await this.deps.ingest.finish(run, 'sync');
        // Only now is the window safely in the roll-ups.
        await this.deps.state.updateGraph(tenantId, { highWaterMark: window.to.toISOString() });
        windows += 1;
      }
      await this.deps.state.updateGraph(tenantId, { lastSuccessAt: this.deps.clock.now().toISOString(), lastError: null, lastErrorAt: null, lastRunRows: rows });
      if (invalidRows > 0) log.warn({ event: 'usage.sync.invalid-rows', invalidRows }, 'Graph rows that could not be normalized were skipped');
      log.info({ event: 'usage.sync.done', rows, windows }, 'usage sync finished');
    } catch (error) {
      const info = syncErrorInfo(error, lease.signal.aborted);
      log.error({ event: 'usage.sync.failed', code: info.code, permission: info.permission, err: error instanceof Error ? { name: error.name, message: error.message } : error }, 'usage sync failed');
      if (!lease.signal.aborted) {
        await this.deps.state
          .updateGraph(tenantId, { lastError: info, lastErrorAt: this.deps.clock.now().toISOString() })
          .catch((e: unknown) => log.error({ event: 'usage.sync.state-failed', err: e }, 'could not record the sync error'));
      }
      return { outcome: 'failed', error: info.code };
    } finally {
      await lease.release().catch(() => undefined);
    }
    for (const hook of this.deps.afterSync) {
      await hook(tenantId).catch((error: unknown) => log.error({ event: 'usage.after-sync.failed', err: error }, 'after-sync hook failed'));
    }
    return { outcome: 'synced', rows, invalidRows, windows };
  }
}
