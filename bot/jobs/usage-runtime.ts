/**
 * The usage half of the composition root (issue 6), so bot/index.ts stays short: stores, Graph (when configured),
 * ingest, roll-ups, queries, the charge feed for credits, the import service, maintenance, the sync scheduler, the
 * demo usage (local mode) and the /healthz contributor.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import { DemoUsageLoader } from '../demo/demo-usage-loader';
import { graphAuthFromConfig } from '../graph/graph-auth';
import { GraphClients } from '../graph/graph-clients';
import { GraphDirectory } from '../graph/graph-directory';
import type { GraphRetrySettings } from '../graph/graph-retry';
import { GraphPstnCalls } from '../graph/pstn-calls';
import { ConferenceOrganizerStore } from '../store/conference-organizer-store';
import { JobStore } from '../store/job-store';
import { PstnCallStore } from '../store/pstn-call-store';
import { SyncStateStore } from '../store/sync-state-store';
import type { TableStore } from '../store/table-store';
import type { TenantSettingsStore } from '../store/tenant-settings';
import { UsageRollupStore } from '../store/usage-rollup-store';
import type { AfterUsageChangeHook, ChargeFeed } from '../usage/charge-feed';
import { UsageRollupService } from '../usage/rollup-service';
import { RollupRateSamples } from '../usage/rollup-rate-samples';
import { StoredChargeFeed } from '../usage/stored-charge-feed';
import { UsageImportService } from '../usage/usage-import-service';
import type { AuditWriter } from '../settings/settings-audit';
import { UsageIngestService } from '../usage/usage-ingest';
import { UsageMaintenanceService } from '../usage/usage-maintenance';
import { UsageQueryService } from '../usage/usage-query-service';
import { TenantLease } from './tenant-lease';
import { UsageSyncJob, type UsageSyncSettings } from './usage-sync-job';
import { UsageSyncScheduler } from './usage-sync-scheduler';

/** The import API's body cap: a base64 zip of a year's export fits comfortably. */
export const MAX_IMPORT_BODY_BYTES = 64 * 1024 * 1024;
/** The CSV inside, after unzipping. */
export const MAX_IMPORT_CSV_BYTES = 256 * 1024 * 1024;

export interface UsageRuntimeOptions {
  config: AppConfig;
  store: TableStore;
  tenantSettings: TenantSettingsStore;
  clock: Clock;
  logger: Logger;
  afterUsageChange: readonly AfterUsageChangeHook[];
  /** Records admins' usage uploads and their outcomes. */
  audit?: AuditWriter;
  /** Tests: fast Graph retries, short leases, no first-run delay. */
  tuning?: { graphRetry?: GraphRetrySettings; leaseTtlMs?: number; firstRunDelayMs?: number; sync?: Partial<UsageSyncSettings>; requestTimeoutMs?: number };
}

export function createUsageRuntime(options: UsageRuntimeOptions) {
  const { config, store, tenantSettings, clock, logger } = options;
  const log = logger.child({ component: 'usage' });
  const holderId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const calls = new PstnCallStore(store);
  const rollupStore = new UsageRollupStore(store);
  const conferenceOrganizers = new ConferenceOrganizerStore(store);
  const state = new SyncStateStore(store);
  const jobs = new JobStore(store);
  const lease = new TenantLease(state, { ttlMs: options.tuning?.leaseTtlMs ?? 120_000 }, log);
  const rollups = new UsageRollupService({ calls, rollups: rollupStore, conferenceOrganizers, logger: log });
  const ingest = new UsageIngestService({ calls, conferenceOrganizers, rollups, state, clock, logger: log });
  const chargeFeed: ChargeFeed = new StoredChargeFeed({ calls, rollups: rollupStore, state, settings: tenantSettings });
  const queries = new UsageQueryService({ rollups: rollupStore, settings: tenantSettings, feed: chargeFeed, clock });
  const rateSamples = new RollupRateSamples({ rollups: rollupStore, settings: tenantSettings });
  const importer = new UsageImportService({
    jobs,
    ingest,
    calls,
    lease,
    settings: tenantSettings,
    clock,
    logger: log,
    afterChange: options.afterUsageChange,
    holderId,
    maxCsvBytes: MAX_IMPORT_CSV_BYTES,
    audit: options.audit,
  });
  const maintenance = new UsageMaintenanceService({ calls, conferenceOrganizers, rollups, rollupStore, lease, settings: tenantSettings, state, clock, logger: log, holderId });

  const auth = graphAuthFromConfig(config);
  const graph = auth
    ? new GraphClients({
        baseUrl: config.graph.baseUrl,
        auth,
        logger: log,
        ...(options.tuning?.graphRetry ? { retry: options.tuning.graphRetry } : {}),
        ...(options.tuning?.requestTimeoutMs ? { requestTimeoutMs: options.tuning.requestTimeoutMs } : {}),
      })
    : null;
  const syncJob = graph
    ? new UsageSyncJob({
        sourceFor: (tenantId) => new GraphPstnCalls(graph.forTenant(tenantId)),
        ingest,
        state,
        settings: tenantSettings,
        lease,
        clock,
        logger: log,
        afterSync: options.afterUsageChange,
        holderId,
        sync: { ...config.sync, ...options.tuning?.sync },
      })
    : null;
  const scheduler = new UsageSyncScheduler({
    job: syncJob,
    maintenance,
    tenantIds: config.tenantIds,
    intervalMs: config.syncIntervalMinutes * 60_000,
    firstRunDelayMs: options.tuning?.firstRunDelayMs ?? 5_000,
    logger: log,
  });
  // Graph backs the Directory in azure mode only; local mode keeps the seeded demo directory.
  const graphDirectory = graph && config.mode === 'azure' ? new GraphDirectory(graph, { ttlSeconds: config.graph.directoryCacheTtlSeconds }) : null;
  const demo =
    config.mode === 'local' && config.demoUsage !== 'none'
      ? new DemoUsageLoader({ importer, maintenance, state, jobs, settings: tenantSettings, clock, logger: log, size: config.demoUsage })
      : null;

  const health = async (): Promise<Record<string, unknown>> => {
    const tenants = await Promise.all(
      config.tenantIds.map(async (tenantId) => {
        const graphState = await state.getGraph(tenantId);
        const marks = await state.getUsageMarks(tenantId);
        return {
          tenantId,
          lastSuccessAt: graphState.lastSuccessAt,
          highWaterMark: graphState.highWaterMark,
          lastError: graphState.lastError,
          lastErrorAt: graphState.lastErrorAt,
          newestCallAt: marks.newestCallAt,
          lastImportAt: marks.lastImportAt,
        };
      }),
    );
    return { usageSync: { graph: syncJob !== null, intervalMinutes: config.syncIntervalMinutes, tenants }, ...(demo ? await demo.health() : {}) };
  };

  return {
    chargeFeed,
    rateSamples,
    graphDirectory,
    health,
    routes: { queries, importer, jobs, maxImportBytes: MAX_IMPORT_BODY_BYTES },
    maintenance,
    scheduler,
    syncJob,
    importer,
    demo,
    /** Fails imports a dead process left running, loads demo usage (awaited when small), starts the schedule. */
    async start(): Promise<void> {
      for (const tenantId of config.tenantIds) await importer.failInterrupted(tenantId);
      if (demo) {
        await demo.start();
        if (config.demoUsage === 'small') await demo.done;
      }
      scheduler.start();
    },
    async stop(): Promise<void> {
      await scheduler.stop();
      // An import still running is abandoned after a moment; the next start marks its job 'interrupted'.
      await Promise.race([importer.idle(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    },
  };
}

export type UsageRuntime = ReturnType<typeof createUsageRuntime>;
