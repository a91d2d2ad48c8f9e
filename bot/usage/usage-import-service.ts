/**
 * Imports an admin center PSTN usage export as a job (the tab polls GET /api/v1/jobs/{id}). The whole file is
 * validated first: a malformed line is reported with its line number and reason, and then nothing of the file is
 * written (issue 6). A valid file is written under the tenant's lease, in chunks, with progress in the jobs table.
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { BackgroundWork, queuedJob } from '../jobs/background-jobs';
import type { HeldLease, TenantLease } from '../jobs/tenant-lease';
import { AUDIT_ACTIONS, type AuditWriter } from '../settings/settings-audit';
import type { JobRecord, JobStore } from '../store/job-store';
import { utcDateOf, callRowKey, type ExistingRowKey, type PstnCallStore } from '../store/pstn-call-store';
import type { TenantSettingsStore } from '../store/tenant-settings';
import type { AfterUsageChangeHook } from './charge-feed';
import { extractExportCsv, readExportRows } from './export-file';
import type { PstnCall } from './pstn-call';
import type { FileProblem } from './row-problem';
import type { UsageIngestService } from './usage-ingest';
import { readUsageSettings } from './usage-settings';

export const USAGE_IMPORT_JOB = 'usage-import';
const MAX_REPORTED_PROBLEMS = 100;
const CHUNK_ROWS = 2_000;
const PROGRESS_EVERY_MS = 500;

export interface UsageImportProgress {
  phase: 'validating' | 'waiting' | 'writing' | 'rolling-up' | 'done';
  rowsTotal: number | null;
  rowsValidated: number;
  rowsWritten: number;
  /** While rolling up: the days whose totals are recalculated, and how many are done. */
  daysTotal: number | null;
  daysDone: number;
}

export interface UsageImportResult {
  fileName: string | null;
  rowsInFile: number;
  rowsAdded: number;
  /** Rows this tenant already had from an earlier import of the same export (same UsageId), or twice in the file. */
  rowsAlreadyPresent: number;
  /** Rows that Graph already delivered under another id: stored, counted once, the source of truth decides which. */
  crossSourceDuplicates: number;
  daysRecomputed: number;
  firstCallAt: string | null;
  lastCallAt: string | null;
  /** The first problems found (at most 100), each with its line; errorCount has them all. */
  errors: FileProblem[];
  errorCount: number;
}

export interface UsageImportDeps {
  jobs: JobStore;
  ingest: UsageIngestService;
  calls: PstnCallStore;
  lease: TenantLease;
  settings: TenantSettingsStore;
  clock: Clock;
  logger: Logger;
  afterChange: readonly AfterUsageChangeHook[];
  /** Identifies this process in the lease. */
  holderId: string;
  maxCsvBytes: number;
  leaseWaitMs?: number;
  /** Where an admin's upload and its outcome are recorded (imports started with `audited`). */
  audit?: AuditWriter;
}

export interface UsageImportOptions {
  /** The uploaded file's name, as the admin chose it (the audit quotes it). */
  readonly fileName?: string | null;
  /** An admin's upload: recorded in the audit when accepted and again when its job ends. The demo seed is not. */
  readonly audited?: boolean;
}

type ImportJob = JobRecord<UsageImportProgress, UsageImportResult>;

export class UsageImportService {
  private readonly work = new BackgroundWork();

  constructor(private readonly deps: UsageImportDeps) {}

  /** Creates the job and starts it in the background; the file is already in memory (the upload is capped). */
  async start(tenantId: string, createdBy: string, bytes: Uint8Array, options: UsageImportOptions = {}): Promise<ImportJob> {
    const now = this.deps.clock.now().toISOString();
    const job = queuedJob<UsageImportProgress, UsageImportResult>({
      tenantId,
      kind: USAGE_IMPORT_JOB,
      createdBy,
      now,
      progress: { phase: 'validating', rowsTotal: null, rowsValidated: 0, rowsWritten: 0, daysTotal: null, daysDone: 0 },
    });
    await this.deps.jobs.create(job);
    const audit = options.audited ? this.deps.audit : undefined;
    if (audit) {
      await audit.record({
        tenantId,
        at: now,
        id: job.id,
        actor: createdBy,
        action: AUDIT_ACTIONS.usageImport,
        target: job.id,
        before: null,
        after: { fileName: options.fileName ?? null, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
      });
    }
    this.work.start(
      async () => {
        await this.run(job, bytes).catch(async (error: unknown) => {
          // A storage failure mid-import: the job says so (the tab stops waiting) rather than staying 'running' forever.
          this.deps.logger.error({ event: 'usage.import.crashed', tenantId, jobId: job.id, err: error }, 'usage import crashed');
          await this.deps.jobs.update(tenantId, job.id, { status: 'failed', error: 'internal', updatedAt: this.deps.clock.now().toISOString() });
        });
        if (audit) await this.auditOutcome(audit, job);
      },
      (error) => this.deps.logger.error({ event: 'usage.import.audit-failed', tenantId, jobId: job.id, err: error }, 'could not record the usage import outcome'),
    );
    return job;
  }

  /** Resolves when every import started by this process has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await this.work.idle();
  }

  /**
   * Jobs a dead process left running can never finish: mark them failed so the tab stops waiting. A job whose import
   * still holds the tenant's lease belongs to a live instance and is left alone.
   */
  async failInterrupted(tenantId: string): Promise<number> {
    const unfinished = await this.deps.jobs.listUnfinished(tenantId, USAGE_IMPORT_JOB);
    const lease = await this.deps.lease.current(tenantId);
    const stale = unfinished.filter((job) => !lease?.holder.endsWith(`:import:${job.id}`));
    for (const job of stale) {
      await this.deps.jobs.update(tenantId, job.id, { status: 'failed', error: 'interrupted', updatedAt: this.deps.clock.now().toISOString() });
    }
    return stale.length;
  }

  private async run(job: ImportJob, bytes: Uint8Array): Promise<void> {
    const { tenantId } = job;
    const log = this.deps.logger.child({ tenantId, jobId: job.id });
    const progress: UsageImportProgress = { phase: 'validating', rowsTotal: null, rowsValidated: 0, rowsWritten: 0, daysTotal: null, daysDone: 0 };
    let lastProgressAt = 0;
    const report = async (force = false) => {
      if (!force && Date.now() - lastProgressAt < PROGRESS_EVERY_MS) return;
      lastProgressAt = Date.now();
      await this.deps.jobs.update(tenantId, job.id, { status: 'running', progress, updatedAt: this.deps.clock.now().toISOString() });
    };
    const fail = async (error: string, result: UsageImportResult | null) => {
      await this.deps.jobs.update(tenantId, job.id, { status: 'failed', error, progress, result, updatedAt: this.deps.clock.now().toISOString() });
      log.warn({ event: 'usage.import.failed', error, errorCount: result?.errorCount ?? 0 }, 'usage import failed');
    };
    await report(true);

    const settings = await readUsageSettings(this.deps.settings, tenantId);
    const file = extractExportCsv(bytes, this.deps.maxCsvBytes);
    const result: UsageImportResult = {
      fileName: file.ok ? file.fileName : null,
      rowsInFile: 0,
      rowsAdded: 0,
      rowsAlreadyPresent: 0,
      crossSourceDuplicates: 0,
      daysRecomputed: 0,
      firstCallAt: null,
      lastCallAt: null,
      errors: [],
      errorCount: 0,
    };
    if (!file.ok) {
      result.errors.push(file.problem);
      result.errorCount = 1;
      return fail('invalid-file', result);
    }

    // Pass 1: validate everything; nothing is written unless every line is good.
    for await (const row of readExportRows(file.csv, settings.currency)) {
      if ('problem' in row) {
        result.errorCount += 1;
        if (result.errors.length < MAX_REPORTED_PROBLEMS) result.errors.push({ line: row.line, ...row.problem });
        continue;
      }
      result.rowsInFile += 1;
      progress.rowsValidated += 1;
      if (result.firstCallAt === null || row.call.startedAt < result.firstCallAt) result.firstCallAt = row.call.startedAt;
      if (result.lastCallAt === null || row.call.startedAt > result.lastCallAt) result.lastCallAt = row.call.startedAt;
      if (progress.rowsValidated % 5_000 === 0) await report();
    }
    if (result.errorCount > 0) return fail('invalid-file', result);
    progress.rowsTotal = result.rowsInFile;
    progress.phase = 'waiting';
    await report(true);

    const lease = await this.deps.lease.acquire(tenantId, `${this.deps.holderId}:import:${job.id}`, { waitMs: this.deps.leaseWaitMs ?? 10 * 60_000 });
    if (!lease) return fail('busy', result);
    try {
      progress.phase = 'writing';
      await report(true);
      const run = await this.deps.ingest.startRun(tenantId, settings);
      const existing = new Map<string, { keys: Set<string>; dedup: Map<string, Set<string>> }>();
      let chunk: PstnCall[] = [];
      const flush = async () => {
        this.assertHeld(lease);
        await this.classify(tenantId, chunk, existing, result);
        await this.deps.ingest.writeCalls(run, chunk);
        progress.rowsWritten += chunk.length;
        chunk = [];
        await report();
      };
      // Pass 2: the same rows again, streamed, so a 100,000-row file is never held normalized in memory.
      for await (const row of readExportRows(file.csv, settings.currency)) {
        if ('call' in row) chunk.push(row.call);
        if (chunk.length >= CHUNK_ROWS) await flush();
      }
      if (chunk.length > 0) await flush();
      progress.phase = 'rolling-up';
      await report(true);
      this.assertHeld(lease);
      const summary = await this.deps.ingest.finish(run, 'import', async (daysDone, daysTotal) => {
        progress.daysDone = daysDone;
        progress.daysTotal = daysTotal;
        await report();
      });
      result.daysRecomputed = summary.days;
    } catch (error) {
      if (lease.signal.aborted) return fail('lease-lost', result);
      throw error;
    } finally {
      await lease.release();
    }
    progress.phase = 'done';
    await this.deps.jobs.update(tenantId, job.id, { status: 'succeeded', progress, result, updatedAt: this.deps.clock.now().toISOString() });
    log.info({ event: 'usage.import.done', rows: result.rowsInFile, added: result.rowsAdded, days: result.daysRecomputed }, 'usage import finished');
    for (const hook of this.deps.afterChange) {
      await hook(tenantId).catch((error: unknown) => log.error({ event: 'usage.after-change.failed', err: error }, 'after-usage-change hook failed'));
    }
  }

  /** The job as it ended, in the audit: who uploaded is the actor; the counts are what the tab showed. */
  private async auditOutcome(audit: AuditWriter, job: ImportJob): Promise<void> {
    const ended = await this.deps.jobs.get<UsageImportProgress, UsageImportResult>(job.tenantId, job.id);
    if (!ended) return;
    const result = ended.result;
    await audit.record({
      tenantId: job.tenantId,
      at: ended.updatedAt,
      id: `${job.id}_end`,
      actor: job.createdBy,
      action: AUDIT_ACTIONS.usageImportFinished,
      target: job.id,
      before: null,
      after: {
        status: ended.status,
        error: ended.error,
        rowsInFile: result?.rowsInFile ?? 0,
        rowsAdded: result?.rowsAdded ?? 0,
        rowsAlreadyPresent: result?.rowsAlreadyPresent ?? 0,
        crossSourceDuplicates: result?.crossSourceDuplicates ?? 0,
        errorCount: result?.errorCount ?? 0,
        firstCallAt: result?.firstCallAt ?? null,
        lastCallAt: result?.lastCallAt ?? null,
      },
    });
  }

  private assertHeld(lease: HeldLease): void {
    if (lease.signal.aborted) throw new Error('lease lost');
  }

  /** Tells new rows from re-imports and from calls Graph already delivered, per UTC day partition. */
  private async classify(
    tenantId: string,
    calls: readonly PstnCall[],
    existing: Map<string, { keys: Set<string>; dedup: Map<string, Set<string>> }>,
    result: UsageImportResult,
  ): Promise<void> {
    const days = [...new Set(calls.map((c) => utcDateOf(c.startedAt)))].filter((d) => !existing.has(d));
    await Promise.all(
      days.map(async (day) => {
        const rows: ExistingRowKey[] = await this.deps.calls.existingKeys(tenantId, day);
        const dedup = new Map<string, Set<string>>();
        for (const r of rows) {
          let sources = dedup.get(r.dedupKey);
          if (!sources) dedup.set(r.dedupKey, (sources = new Set()));
          sources.add(r.source);
        }
        existing.set(day, { keys: new Set(rows.map((r) => r.rowKey)), dedup });
      }),
    );
    for (const call of calls) {
      const day = existing.get(utcDateOf(call.startedAt))!;
      const rowKey = callRowKey(call.source, call.sourceRowId);
      if (day.keys.has(rowKey)) result.rowsAlreadyPresent += 1;
      else if (day.dedup.get(call.dedupKey)?.has('graph')) result.crossSourceDuplicates += 1;
      else result.rowsAdded += 1;
      day.keys.add(rowKey);
      let sources = day.dedup.get(call.dedupKey);
      if (!sources) day.dedup.set(call.dedupKey, (sources = new Set()));
      sources.add(call.source);
    }
  }
}
