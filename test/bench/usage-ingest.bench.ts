/**
 * Storage side of the usage half (issue 6 bench), on a fresh in-memory Azurite:
 * 1. ingest 20,000 Graph rows through the sync's path (normalize, upsert in partition batches, recompute the days): rows/s;
 * 2. import a 100,000-row admin center export through the import job, polling its progress in the jobs table: rows/s;
 * 3. the 13-month dashboard queries over that data: p50 and p95.
 * Run: node scripts/bench.mjs usage-ingest
 */
import pino from 'pino';
import { startAzurite } from '../../bot/store/azurite';
import { TableStore } from '../../bot/store/table-store';
import { TenantSettingsStore } from '../../bot/store/tenant-settings';
import { PstnCallStore } from '../../bot/store/pstn-call-store';
import { UsageRollupStore } from '../../bot/store/usage-rollup-store';
import { ConferenceOrganizerStore } from '../../bot/store/conference-organizer-store';
import { SyncStateStore } from '../../bot/store/sync-state-store';
import { JobStore } from '../../bot/store/job-store';
import { TenantLease } from '../../bot/jobs/tenant-lease';
import { UsageRollupService } from '../../bot/usage/rollup-service';
import { UsageIngestService } from '../../bot/usage/usage-ingest';
import { UsageImportService, type UsageImportProgress, type UsageImportResult } from '../../bot/usage/usage-import-service';
import { StoredChargeFeed } from '../../bot/usage/stored-charge-feed';
import { UsageQueryService } from '../../bot/usage/usage-query-service';
import { normalizeGraphRow } from '../../bot/usage/normalize-graph-row';
import { EXPORT_COLUMNS } from '../../bot/usage/normalize-export-row';
import { readUsageSettings } from '../../bot/usage/usage-settings';
import { demoTenantSettings } from '../../bot/demo/seed-demo-tenant';
import { fixedClock } from '../../bot/clock';
import { generateGraphRows, type FakeGraphRow } from '../support/fake-graph/graph-rows';
import type { PstnCall } from '../../bot/usage/pstn-call';
import type { UsageGroupBy } from '../../bot/usage/usage-aggregate';

const GRAPH_ROWS = Number(process.env.USAGE_BENCH_GRAPH_ROWS ?? 20_000);
const IMPORT_ROWS = Number(process.env.USAGE_BENCH_IMPORT_ROWS ?? 100_000);
const note = (text: string) => process.stderr.write(`  usage-ingest: ${text}\n`);
const GRAPH_TENANT = 'e1000000-0000-4000-8000-000000000001';
const IMPORT_TENANT = 'e1000000-0000-4000-8000-000000000002';
const NOW = '2026-11-22T12:00:00Z';

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function exportCsv(rows: readonly FakeGraphRow[]): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const r of rows) {
    const values: Record<string, string> = {
      UsageId: r.id,
      'Call ID': r.callId ?? '',
      'Conference ID': r.conferenceId ?? '',
      'User Location': r.usageCountryCode ?? '',
      'AAD ObjectId': r.userId ?? '',
      UPN: r.userPrincipalName ?? '',
      'User Display Name': r.userDisplayName ?? '',
      'Caller ID': r.callerNumber ?? '',
      'Call Type': r.callType,
      'Number Type': r.inventoryType ?? '',
      'Domestic/International': r.destinationContext ?? '',
      'Destination Dialed': r.destinationName ?? '',
      'Destination Number': r.calleeNumber ?? '',
      'Start Time': r.startDateTime.slice(0, 19) + 'Z',
      'End Time': r.endDateTime ?? '',
      'Duration Seconds': String(r.duration),
      'Connection Fee': (r.connectionCharge ?? 0).toFixed(2),
      Charge: (r.charge ?? 0).toFixed(2),
      Currency: r.currency ?? 'USD',
      Capability: r.licenseCapability ?? '',
    };
    lines.push(EXPORT_COLUMNS.map((c) => csvField(values[c] ?? '')).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function run(): Promise<Record<string, unknown>> {
  const azurite = await startAzurite();
  const logger = pino({ level: 'silent' });
  const clock = fixedClock(NOW);
  try {
    const store = new TableStore(azurite.connectionString, 'bench');
    await store.ensureTables();
    const settings = new TenantSettingsStore(store);
    for (const tenantId of [GRAPH_TENANT, IMPORT_TENANT]) await settings.save({ ...demoTenantSettings([]), tenantId, displayName: 'Bench', usageSourceOfTruth: 'graph' }, null);
    const calls = new PstnCallStore(store);
    const rollupStore = new UsageRollupStore(store);
    const conferenceOrganizers = new ConferenceOrganizerStore(store);
    const state = new SyncStateStore(store);
    const jobs = new JobStore(store);
    const rollups = new UsageRollupService({ calls, rollups: rollupStore, conferenceOrganizers, logger });
    const ingest = new UsageIngestService({ calls, conferenceOrganizers, rollups, state, clock, logger });
    const lease = new TenantLease(state, { ttlMs: 60_000 }, logger);

    // 1. The sync's path: Graph rows over 90 days, pages of 1,000.
    const graphRows = generateGraphRows({ count: GRAPH_ROWS, from: new Date('2026-08-20T00:00:00Z'), to: new Date('2026-11-18T00:00:00Z'), seed: 1 });
    const run = await ingest.startRun(GRAPH_TENANT, await readUsageSettings(settings, GRAPH_TENANT));
    let t = performance.now();
    for (let i = 0; i < graphRows.length; i += 1000) {
      const page: PstnCall[] = [];
      for (const { _availableAt, ...raw } of graphRows.slice(i, i + 1000)) {
        const r = normalizeGraphRow(raw, 'USD');
        if (r.ok) page.push(r.value);
      }
      await ingest.writeCalls(run, page);
    }
    const writeMs = performance.now() - t;
    note(`graph rows written in ${Math.round(writeMs)} ms`);
    t = performance.now();
    const summary = await ingest.finish(run, 'sync');
    const recomputeMs = performance.now() - t;
    note(`days recomputed in ${Math.round(recomputeMs)} ms`);

    // 2. A 100,000-row export over 13 months through the import job, progress polled as the tab would.
    const importRows = generateGraphRows({ count: IMPORT_ROWS, from: new Date('2025-11-01T05:00:00Z'), to: new Date('2026-11-20T00:00:00Z'), seed: 2 });
    const csv = exportCsv(importRows);
    const importer = new UsageImportService({ jobs, ingest, calls, lease, settings, clock, logger, afterChange: [], holderId: 'bench', maxCsvBytes: 256 * 1024 * 1024 });
    t = performance.now();
    const job = await importer.start(IMPORT_TENANT, 'bench', Buffer.from(csv, 'utf8'));
    const progress: Array<{ ms: number; phase: string; rowsWritten: number }> = [];
    let finished = false;
    void importer.idle().then(() => (finished = true));
    while (!finished) {
      await new Promise((r) => setTimeout(r, 1000));
      const current = await jobs.get<UsageImportProgress, UsageImportResult>(IMPORT_TENANT, job.id);
      if (current?.progress) {
        progress.push({ ms: Math.round(performance.now() - t), phase: current.progress.phase, rowsWritten: current.progress.rowsWritten });
        if (progress.length % 15 === 0) note(`import ${current.progress.phase} ${current.progress.rowsWritten}/${current.progress.rowsTotal ?? '?'}`);
      }
    }
    const importMs = performance.now() - t;
    const done = await jobs.get<UsageImportProgress, UsageImportResult>(IMPORT_TENANT, job.id);

    // 3. The 13-month dashboard over the imported year.
    const feed = new StoredChargeFeed({ calls, rollups: rollupStore, state, settings });
    const queries = new UsageQueryService({ rollups: rollupStore, settings, feed, clock });
    const dashboard: Record<string, { p50Ms: number; p95Ms: number; runs: number }> = {};
    for (const groupBy of ['day', 'month', 'organizer', 'country', 'conference'] as UsageGroupBy[]) {
      const times: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        const q = performance.now();
        const outcome = await queries.query({ tenantId: IMPORT_TENANT, range: { preset: '13m' }, groupBy, filter: {}, top: 10 });
        if (!outcome.ok) throw new Error(outcome.problem);
        times.push(performance.now() - q);
      }
      times.sort((a, b) => a - b);
      dashboard[groupBy] = { p50Ms: Math.round(percentile(times, 50)), p95Ms: Math.round(percentile(times, 95)), runs: times.length };
    }
    return {
      graphIngest: {
        rows: GRAPH_ROWS,
        days: summary.days,
        writeRowsPerSecond: Math.round(GRAPH_ROWS / (writeMs / 1000)),
        recomputeMs: Math.round(recomputeMs),
        totalRowsPerSecond: Math.round(GRAPH_ROWS / ((writeMs + recomputeMs) / 1000)),
      },
      exportImport: {
        rows: IMPORT_ROWS,
        csvMiB: Math.round(csv.length / 1024 / 102.4) / 10,
        status: done?.status,
        result: done?.result && { rowsAdded: done.result.rowsAdded, daysRecomputed: done.result.daysRecomputed, errorCount: done.result.errorCount },
        ms: Math.round(importMs),
        rowsPerSecond: Math.round(IMPORT_ROWS / (importMs / 1000)),
        progressSamples: progress.length,
        progress: progress.filter((_, i) => i % Math.max(1, Math.floor(progress.length / 8)) === 0),
      },
      dashboard13Months: dashboard,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await azurite.stop();
  }
}
