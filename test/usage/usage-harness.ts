/** The usage half wired against the test Azurite with a table prefix of its own (no HTTP). */
import pino from 'pino';
import { fixedClock, type Clock } from '../../bot/clock';
import { demoTenantSettings } from '../../bot/demo/seed-demo-tenant';
import { TenantLease } from '../../bot/jobs/tenant-lease';
import { ConferenceOrganizerStore } from '../../bot/store/conference-organizer-store';
import { JobStore } from '../../bot/store/job-store';
import { PstnCallStore } from '../../bot/store/pstn-call-store';
import { SyncStateStore } from '../../bot/store/sync-state-store';
import { TableStore } from '../../bot/store/table-store';
import { TenantSettingsStore, type TenantSettings } from '../../bot/store/tenant-settings';
import { UsageRollupStore } from '../../bot/store/usage-rollup-store';
import { normalizeGraphRow } from '../../bot/usage/normalize-graph-row';
import type { PstnCall } from '../../bot/usage/pstn-call';
import { UsageRollupService } from '../../bot/usage/rollup-service';
import { StoredChargeFeed } from '../../bot/usage/stored-charge-feed';
import { UsageImportService } from '../../bot/usage/usage-import-service';
import { AuditLog } from '../../bot/store/audit-log';
import { UsageIngestService } from '../../bot/usage/usage-ingest';
import { UsageMaintenanceService } from '../../bot/usage/usage-maintenance';
import { UsageQueryService } from '../../bot/usage/usage-query-service';
import { readUsageSettings } from '../../bot/usage/usage-settings';
import { randomBytes } from 'node:crypto';

// Not imported from test/support/service.ts: that module pulls in bot/index.ts, and the kill -9 test bundles this
// harness into a child process that must not start the whole service.
function azuriteConnectionString(): string {
  const cs = process.env.TEST_AZURITE_CONNECTION_STRING;
  if (!cs) throw new Error('TEST_AZURITE_CONNECTION_STRING is not set: the jest globalSetup starts Azurite');
  return cs;
}

function uniqueTablePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

export const TENANT = 'f0000000-0000-4000-8000-000000000001';
export const silent = pino({ level: 'silent' });

/** `prefix` joins tables another process created (their tenant settings are already saved). */
export async function usageHarness(options: { clock?: Clock; settings?: Partial<TenantSettings>; leaseTtlMs?: number; prefix?: string } = {}) {
  const store = new TableStore(azuriteConnectionString(), options.prefix ?? uniqueTablePrefix());
  await store.ensureTables();
  const clock = options.clock ?? fixedClock('2026-11-22T12:00:00Z');
  const settings = new TenantSettingsStore(store);
  if (!(await settings.get(TENANT))) {
    await settings.save({ ...demoTenantSettings([]), tenantId: TENANT, displayName: 'Fabrikam', timeZone: 'UTC', usageSourceOfTruth: 'graph', ...options.settings }, null);
  }
  const calls = new PstnCallStore(store);
  const rollupStore = new UsageRollupStore(store);
  const conferenceOrganizers = new ConferenceOrganizerStore(store);
  const state = new SyncStateStore(store);
  const jobs = new JobStore(store);
  const lease = new TenantLease(state, { ttlMs: options.leaseTtlMs ?? 10_000 }, silent);
  const rollups = new UsageRollupService({ calls, rollups: rollupStore, conferenceOrganizers, logger: silent });
  const ingest = new UsageIngestService({ calls, conferenceOrganizers, rollups, state, clock, logger: silent });
  const feed = new StoredChargeFeed({ calls, rollups: rollupStore, state, settings });
  const queries = new UsageQueryService({ rollups: rollupStore, settings, feed, clock });
  const afterChange: string[] = [];
  const audit = new AuditLog(store);
  const importer = new UsageImportService({
    jobs,
    ingest,
    calls,
    lease,
    settings,
    clock,
    logger: silent,
    afterChange: [async (tenantId) => void afterChange.push(tenantId)],
    holderId: 'test',
    maxCsvBytes: 64 * 1024 * 1024,
    leaseWaitMs: 20_000,
    audit,
  });
  const maintenance = new UsageMaintenanceService({ calls, conferenceOrganizers, rollups, rollupStore, lease, settings, state, clock, logger: silent, holderId: 'test' });

  /** Writes normalized rows as one ingest run and recomputes their days. */
  const ingestCalls = async (rows: readonly PstnCall[], chunk = 500) => {
    const run = await ingest.startRun(TENANT, await readUsageSettings(settings, TENANT));
    for (let i = 0; i < rows.length; i += chunk) await ingest.writeCalls(run, rows.slice(i, i + chunk));
    return ingest.finish(run, 'sync');
  };
  const updateSettings = async (patch: Partial<TenantSettings>) => {
    const current = (await settings.get(TENANT))!;
    const next = { ...current.settings, ...patch };
    await settings.save(next, current.etag);
    return { before: current.settings, after: next };
  };
  return { store, clock, settings, audit, calls, rollupStore, conferenceOrganizers, state, jobs, lease, rollups, ingest, feed, queries, importer, maintenance, afterChange, ingestCalls, updateSettings, drop: () => store.dropTables() };
}

export type UsageHarness = Awaited<ReturnType<typeof usageHarness>>;

export function normalizeAll(rows: readonly unknown[]): PstnCall[] {
  return rows.map((row) => {
    const r = normalizeGraphRow(row, 'USD');
    if (!r.ok) throw new Error(`fixture row rejected: ${JSON.stringify(r.problem)}`);
    return r.value;
  });
}

/** Σ (charge + connection) and Σ credit-drawing amounts of rows, in micros. */
export function sourceTotals(rows: readonly PstnCall[]): { calls: number; seconds: number; total: bigint } {
  let total = 0n;
  let seconds = 0;
  for (const r of rows) {
    total += r.charge.micros + r.connectionCharge.micros;
    seconds += r.durationSeconds;
  }
  return { calls: rows.length, seconds, total };
}
