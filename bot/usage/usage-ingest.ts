/**
 * Writes normalized rows and keeps the roll-ups exact: rows are upserted by id (idempotent), the local days they touch
 * are remembered, and at the end those days are recomputed from the stored rows. A run interrupted before its
 * recompute leaves raw rows only; the next run that re-reads them recomputes the days (the sync re-reads from its
 * high-water mark, which moves only after the recompute).
 */
import type { Logger } from 'pino';
import type { CalendarDate } from '../billing/time';
import type { Clock } from '../clock';
import type { ConferenceOrganizerStore } from '../store/conference-organizer-store';
import type { PstnCallStore } from '../store/pstn-call-store';
import type { SyncStateStore } from '../store/sync-state-store';
import { attributeViaConference, conferenceOrganizersOf } from './conference-attribution';
import { applyErasures } from './erasure';
import type { Organizer, PstnCall } from './pstn-call';
import type { RecomputeProgress, RecomputeSummary, UsageRollupService } from './rollup-service';
import { localDateOfMs } from './tenant-time';
import type { TenantUsageSettings } from './usage-settings';

/** What one ingest run has touched so far. */
export class IngestRun {
  readonly affectedDates = new Set<CalendarDate>();
  readonly conferenceOrganizers = new Map<string, Organizer>();
  readonly indexedConferences = new Set<string>();
  newestCallMs: number | null = null;
  rowsWritten = 0;

  constructor(
    readonly tenantId: string,
    readonly settings: TenantUsageSettings,
    /** Hashes of users erased on request: their rows arrive already erased. */
    readonly erasedUsers: ReadonlySet<string> = new Set(),
  ) {}
}

export class UsageIngestService {
  constructor(
    private readonly deps: {
      calls: PstnCallStore;
      conferenceOrganizers: ConferenceOrganizerStore;
      rollups: UsageRollupService;
      state: SyncStateStore;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  /** Upserts a page of rows (any size; split into partition batches underneath). */
  async writeCalls(run: IngestRun, incoming: readonly PstnCall[]): Promise<void> {
    if (incoming.length === 0) return;
    const calls = incoming.map((c) => applyErasures(c, run.erasedUsers));
    const newIndexEntries = new Map<string, Organizer>();
    for (const [conferenceId, organizer] of conferenceOrganizersOf(calls)) {
      if (!run.conferenceOrganizers.has(conferenceId)) run.conferenceOrganizers.set(conferenceId, organizer);
      if (!run.indexedConferences.has(conferenceId)) {
        run.indexedConferences.add(conferenceId);
        newIndexEntries.set(conferenceId, organizer);
      }
    }
    // The index first: if we die after it, the rows it names are re-read and attributed on the next run.
    if (newIndexEntries.size > 0) await this.deps.conferenceOrganizers.put(run.tenantId, newIndexEntries);
    const attributed = calls.map((c) => attributeViaConference(c, run.conferenceOrganizers));
    await this.deps.calls.upsert(run.tenantId, attributed);
    for (const c of attributed) {
      const ms = Date.parse(c.startedAt);
      run.affectedDates.add(localDateOfMs(ms, run.settings.timeZone));
      if (run.newestCallMs === null || ms > run.newestCallMs) run.newestCallMs = ms;
    }
    run.rowsWritten += attributed.length;
  }

  /** Starts a run with the tenant's erasures loaded. */
  async startRun(tenantId: string, settings: TenantUsageSettings): Promise<IngestRun> {
    return new IngestRun(tenantId, settings, await this.deps.state.getErasedUsers(tenantId));
  }

  /** Recomputes the touched days and records the change for freshness. */
  async finish(run: IngestRun, kind: 'sync' | 'import', onProgress?: RecomputeProgress): Promise<RecomputeSummary> {
    const summary = await this.deps.rollups.recomputeDays(run.tenantId, run.settings, run.affectedDates, onProgress);
    await this.deps.state.noteUsageChange(run.tenantId, {
      at: this.deps.clock.now().toISOString(),
      newestCallAt: run.newestCallMs === null ? null : new Date(run.newestCallMs).toISOString(),
      kind,
    });
    run.affectedDates.clear();
    return summary;
  }
}
