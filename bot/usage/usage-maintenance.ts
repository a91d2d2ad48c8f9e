/**
 * Keeping the usage tables honest over time, each under the tenant's lease:
 * - retention: raw rows older than the tenant's retention (13 months by default) are purged, and their days
 *   recomputed;
 * - erasure: a user's identity is removed from their rows on request, and their days recomputed;
 * - rebuild: a change of time zone (roll-up dates) or of source of truth (which copy counts) rebuilds the roll-ups from
 *   the raw rows (architecture "Money and time").
 */
import type { Logger } from 'pino';
import { addCalendarMonthsMs, type CalendarDate } from '../billing/time';
import type { Clock } from '../clock';
import type { HeldLease, TenantLease } from '../jobs/tenant-lease';
import type { ConferenceOrganizerStore } from '../store/conference-organizer-store';
import type { PstnCallStore } from '../store/pstn-call-store';
import type { SyncStateStore } from '../store/sync-state-store';
import type { TenantSettingsStore } from '../store/tenant-settings';
import type { UsageRollupStore } from '../store/usage-rollup-store';
import { eraseIdentity, erasedUserHash } from './erasure';
import type { RecomputeProgress, RecomputeSummary, UsageRollupService } from './rollup-service';
import { localDateOf, localDateOfMs, monthOf } from './tenant-time';
import { readUsageSettings } from './usage-settings';

export class TenantBusyError extends Error {
  readonly code = 'tenant-busy';
  constructor(readonly tenantId: string) {
    super(`Usage of tenant ${tenantId} is being written by someone else`);
  }
}

export class UsageMaintenanceService {
  constructor(
    private readonly deps: {
      calls: PstnCallStore;
      conferenceOrganizers: ConferenceOrganizerStore;
      rollups: UsageRollupService;
      rollupStore: UsageRollupStore;
      lease: TenantLease;
      settings: TenantSettingsStore;
      state: SyncStateStore;
      clock: Clock;
      logger: Logger;
      holderId: string;
      leaseWaitMs?: number;
    },
  ) {}

  private async withLease<T>(tenantId: string, purpose: string, work: (lease: HeldLease) => Promise<T>): Promise<T> {
    const lease = await this.deps.lease.acquire(tenantId, `${this.deps.holderId}:${purpose}`, { waitMs: this.deps.leaseWaitMs ?? 5 * 60_000 });
    if (!lease) throw new TenantBusyError(tenantId);
    try {
      return await work(lease);
    } finally {
      await lease.release();
    }
  }

  /** The first UTC day whose rows are kept. */
  retentionCutoff(retentionMonths: number): CalendarDate {
    return new Date(addCalendarMonthsMs(this.deps.clock.now().getTime(), -retentionMonths)).toISOString().slice(0, 10);
  }

  /** The daily pass: drops rows and roll-ups past the retention, and writes any missing conference totals document. */
  async purgeExpired(tenantId: string): Promise<{ rowsDeleted: number; daysRecomputed: number; conferenceTotalsWritten: number }> {
    return this.withLease(tenantId, 'retention', async () => {
      const settings = await readUsageSettings(this.deps.settings, tenantId);
      const cutoff = this.retentionCutoff(settings.retentionMonths);
      const expired = await this.deps.calls.listStartedBefore(tenantId, cutoff);
      await this.deps.calls.delete(expired);
      const dates = new Set(expired.map((r) => localDateOf(r.start, settings.timeZone)));
      const summary = await this.deps.rollups.recomputeDays(tenantId, settings, dates);
      // Roll-up months wholly before the cutoff can hold nothing any more.
      const cutoffMonth = monthOf(localDateOfMs(Date.parse(`${cutoff}T00:00:00Z`), settings.timeZone));
      const months = await this.deps.rollupStore.listMonths(tenantId);
      await this.deps.rollupStore.dropMonths(tenantId, months.filter((m) => m < cutoffMonth));
      if (expired.length > 0) this.deps.logger.info({ event: 'usage.retention.purged', tenantId, rows: expired.length, cutoff }, 'expired usage rows purged');
      const conferenceTotalsWritten = await this.writeMissingConferenceTotals(tenantId, months.filter((m) => m >= cutoffMonth));
      return { rowsDeleted: expired.length, daysRecomputed: summary.days, conferenceTotalsWritten };
    });
  }

  async eraseUser(tenantId: string, userId: string): Promise<{ rowsErased: number; daysRecomputed: number }> {
    return this.withLease(tenantId, 'erase', async () => {
      const settings = await readUsageSettings(this.deps.settings, tenantId);
      await this.deps.state.addErasedUser(tenantId, erasedUserHash(userId));
      const rows = await this.deps.calls.findByUser(tenantId, userId);
      await this.deps.calls.replace(tenantId, rows.map(eraseIdentity));
      await this.deps.conferenceOrganizers.deleteOrganizer(tenantId, userId.toLowerCase());
      const summary = await this.deps.rollups.recomputeDays(tenantId, settings, new Set(rows.map((r) => localDateOf(r.startedAt, settings.timeZone))));
      this.deps.logger.info({ event: 'usage.user.erased', tenantId, rows: rows.length }, 'a user was erased from usage');
      return { rowsErased: rows.length, daysRecomputed: summary.days };
    });
  }

  /** Deletes every usage row and roll-up of a tenant (the demo tenant, before its data is generated anew). */
  async wipeTenantUsage(tenantId: string): Promise<number> {
    return this.withLease(tenantId, 'wipe', async () => {
      const rows = await this.deps.calls.listStartedBefore(tenantId, '9999-12-31');
      await this.deps.calls.delete(rows);
      await this.deps.rollupStore.dropMonths(tenantId, await this.deps.rollupStore.listMonths(tenantId));
      return rows.length;
    });
  }

  async rebuildRollups(tenantId: string, onProgress?: RecomputeProgress): Promise<RecomputeSummary> {
    return this.withLease(tenantId, 'rebuild', async () => {
      const settings = await readUsageSettings(this.deps.settings, tenantId);
      const now = this.deps.clock.now().getTime();
      const from = localDateOfMs(addCalendarMonthsMs(now, -settings.retentionMonths), settings.timeZone);
      const summary = await this.deps.rollups.rebuild(tenantId, settings, from, localDateOfMs(now, settings.timeZone), onProgress);
      this.deps.logger.info({ event: 'usage.rollup.rebuilt', tenantId, timeZone: settings.timeZone, ...summary }, 'usage roll-ups rebuilt');
      return summary;
    });
  }

  /**
   * Writes the conference totals document of each month that has roll-ups but no document (months recomputed before
   * the documents existed), from the month's conference rows; a point read per month when none is missing.
   */
  private async writeMissingConferenceTotals(tenantId: string, months: readonly string[]): Promise<number> {
    let written = 0;
    for (const month of months) {
      if (await this.deps.rollupStore.hasConferenceTotals(tenantId, month)) continue;
      const rows = await this.deps.rollupStore.readConferences(tenantId, month);
      await this.deps.rollupStore.writeConferenceTotals(tenantId, month, rows.values());
      written += 1;
    }
    if (written > 0) this.deps.logger.info({ event: 'usage.conference-totals.backfilled', tenantId, months: written }, 'conference totals documents written');
    return written;
  }
}
