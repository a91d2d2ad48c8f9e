/**
 * Recomputes roll-ups of local days from the raw rows (never by incrementing), so re-ingest, repeats and any order
 * give the same totals. Callers hold the tenant's lease, so two recomputes of one tenant never interleave.
 */
import type { Logger } from 'pino';
import { addDays, type CalendarDate } from '../billing/time';
import type { ConferenceOrganizerStore } from '../store/conference-organizer-store';
import type { PstnCallStore, StoredPstnCall } from '../store/pstn-call-store';
import { conferenceRowKey, type ConferenceDayJson, type ConferenceMonthRow, type UsageRollupStore } from '../store/usage-rollup-store';
import { attributeViaConference, conferenceOrganizersOf, needsConferenceOrganizer } from './conference-attribution';
import { encodeMix } from './conference-mix';
import { effectiveRows } from './cross-source-dedup';
import type { Organizer } from './pstn-call';
import { rollUpDay, type ConferenceDayEntry, type OrganizerLabel } from './rollup';
import { encodeDayRollup } from './rollup-doc';
import { datesBetween, localDateOf, monthOf, utcDatesOfLocalDay } from './tenant-time';
import type { TenantUsageSettings } from './usage-settings';
import { runLimited } from '../store/batch-writer';

/** More unknown conferences than this in one index partition: read the partition (once per run) instead. */
const WHOLE_INDEX_PARTITION_AFTER = 24;

/** Days recomputed so far of those asked, after each group of days (the caller throttles what it writes). */
export type RecomputeProgress = (daysDone: number, daysTotal: number) => Promise<void> | void;

export interface RecomputeSummary {
  days: number;
  cells: number;
  conferences: number;
  reattributed: number;
}

interface LoadedDay {
  /** Every row of the UTC days that hold the local day (other days' rows help attribute conferences). */
  all: StoredPstnCall[];
  /** The local day's effective rows (cross-source duplicates removed). */
  rows: StoredPstnCall[];
}

interface DayResult {
  json: string | null;
  cells: number;
  conferences: ConferenceDayEntry[];
  organizers: Record<string, OrganizerLabel>;
}

export class UsageRollupService {
  constructor(
    private readonly deps: {
      calls: PstnCallStore;
      rollups: UsageRollupStore;
      conferenceOrganizers: ConferenceOrganizerStore;
      logger: Logger;
      daysInFlight?: number;
    },
  ) {}

  async recomputeDays(tenantId: string, settings: TenantUsageSettings, localDates: Iterable<CalendarDate>, onProgress?: RecomputeProgress): Promise<RecomputeSummary> {
    const dates = [...new Set(localDates)].sort();
    let daysDone = 0;
    const summary: RecomputeSummary = { days: 0, cells: 0, conferences: 0, reattributed: 0 };
    const byMonth = new Map<string, CalendarDate[]>();
    for (const date of dates) {
      let list = byMonth.get(monthOf(date));
      if (!list) byMonth.set(monthOf(date), (list = []));
      list.push(date);
    }
    const totalDays = dates.length;
    const partitions = new Map<CalendarDate, Promise<StoredPstnCall[]>>();
    const knownOrganizers = new Map<string, Organizer | null>();
    const loadedPartitions = new Set<string>();
    for (const [month, monthDates] of byMonth) {
      const existingDays = await this.deps.rollups.listDayRows(tenantId, month);
      const results = new Map<CalendarDate, DayResult>();
      // Days go in groups: their rows are loaded together, so one index lookup serves the whole group.
      const group = this.deps.daysInFlight ?? 8;
      for (let i = 0; i < monthDates.length; i += group) {
        const dates = monthDates.slice(i, i + group);
        const loaded = new Map<CalendarDate, LoadedDay>();
        await runLimited(dates, group, async (date) => {
          loaded.set(date, await this.loadDay(tenantId, settings, date, partitions));
        });
        await this.resolveOrganizers(tenantId, [...loaded.values()], knownOrganizers, loadedPartitions);
        await runLimited(dates, group, async (date) => {
          results.set(date, await this.computeDay(tenantId, date, loaded.get(date)!, knownOrganizers, summary));
        });
        daysDone += dates.length;
        await onProgress?.(daysDone, totalDays);
      }
      // Keep at most the last two UTC days loaded: the next month's first day may need them.
      const last = monthDates[monthDates.length - 1]!;
      for (const utc of partitions.keys()) if (utc < addDays(last, -1)) partitions.delete(utc);

      await this.deps.rollups.replaceDays(tenantId, month, new Map([...results].map(([d, r]) => [d, r.json])), existingDays);
      summary.conferences += await this.replaceConferenceDays(tenantId, month, results);
      summary.days += monthDates.length;
      for (const r of results.values()) summary.cells += r.cells;
    }
    this.deps.logger.debug({ event: 'usage.rollup.recomputed', tenantId, ...summary }, 'roll-ups recomputed');
    return summary;
  }

  /** Recomputes every local day of the months spanning [fromDate, toDate] and drops roll-ups of other months. */
  async rebuild(tenantId: string, settings: TenantUsageSettings, fromDate: CalendarDate, toDate: CalendarDate, onProgress?: RecomputeProgress): Promise<RecomputeSummary> {
    const first = `${monthOf(addDays(fromDate, -1))}-01`;
    const lastMonthStart = `${monthOf(addDays(toDate, 1))}-01`;
    const lastDay = addDays(`${monthOf(addDays(lastMonthStart, 32))}-01`, -1);
    const dates = datesBetween(first, lastDay);
    const months = new Set(dates.map(monthOf));
    const stale = (await this.deps.rollups.listMonths(tenantId)).filter((m) => !months.has(m));
    await this.deps.rollups.dropMonths(tenantId, stale);
    return this.recomputeDays(tenantId, settings, dates, onProgress);
  }

  private async loadDay(
    tenantId: string,
    settings: TenantUsageSettings,
    date: CalendarDate,
    partitions: Map<CalendarDate, Promise<StoredPstnCall[]>>,
  ): Promise<LoadedDay> {
    const loaded = await Promise.all(
      utcDatesOfLocalDay(date, settings.timeZone).map((utc) => {
        let p = partitions.get(utc);
        if (!p) partitions.set(utc, (p = this.deps.calls.readUtcDay(tenantId, utc)));
        return p;
      }),
    );
    const all = loaded.flat();
    const ofDay = all.filter((row) => localDateOf(row.startedAt, settings.timeZone) === date);
    return { all, rows: effectiveRows(ofDay, settings.sourceOfTruth).rows };
  }

  /**
   * Dial-in rows that name nobody: the organizer seen on the conference's other rows, loaded here or in the index.
   * Few unknown conferences are point reads; many in one index partition read that partition once for the whole run
   * (a fresh import of a year asks about thousands).
   */
  private async resolveOrganizers(tenantId: string, days: readonly LoadedDay[], knownOrganizers: Map<string, Organizer | null>, loadedPartitions: Set<string>): Promise<void> {
    for (const day of days) {
      for (const [id, organizer] of conferenceOrganizersOf(day.all)) if (!knownOrganizers.get(id)) knownOrganizers.set(id, organizer);
    }
    const byPartition = new Map<string, string[]>();
    for (const day of days) {
      for (const row of day.rows) {
        if (!needsConferenceOrganizer(row) || knownOrganizers.has(row.conferenceId!)) continue;
        const partition = this.deps.conferenceOrganizers.partitionOf(tenantId, row.conferenceId!);
        let ids = byPartition.get(partition);
        if (!ids) byPartition.set(partition, (ids = []));
        if (!ids.includes(row.conferenceId!)) ids.push(row.conferenceId!);
      }
    }
    const pointReads: string[] = [];
    await runLimited([...byPartition], 4, async ([partition, ids]) => {
      if (loadedPartitions.has(partition)) {
        // The whole partition was read earlier in this run: what it did not hold, it does not know.
        for (const id of ids) knownOrganizers.set(id, null);
        return;
      }
      if (ids.length <= WHOLE_INDEX_PARTITION_AFTER) {
        pointReads.push(...ids);
        return;
      }
      loadedPartitions.add(partition);
      const all = await this.deps.conferenceOrganizers.readPartition(partition);
      for (const [id, organizer] of all) if (!knownOrganizers.get(id)) knownOrganizers.set(id, organizer);
      for (const id of ids) if (!knownOrganizers.has(id)) knownOrganizers.set(id, null);
    });
    if (pointReads.length === 0) return;
    const found = await this.deps.conferenceOrganizers.get(tenantId, pointReads);
    for (const id of pointReads) knownOrganizers.set(id, found.get(id) ?? null);
  }

  private async computeDay(
    tenantId: string,
    date: CalendarDate,
    day: LoadedDay,
    knownOrganizers: ReadonlyMap<string, Organizer | null>,
    summary: RecomputeSummary,
  ): Promise<DayResult> {
    const known = new Map<string, Organizer>();
    for (const row of day.rows) {
      const organizer = row.conferenceId ? knownOrganizers.get(row.conferenceId) : null;
      if (organizer) known.set(row.conferenceId!, organizer);
    }
    const attributed = day.rows.map((row) => attributeViaConference(row, known));
    const changed = attributed.filter((row, i) => row !== day.rows[i]);
    if (changed.length > 0) {
      await this.deps.calls.replace(tenantId, changed);
      summary.reattributed += changed.length;
    }
    const { day: rollup, conferences } = rollUpDay(date, attributed);
    return { json: rollup.cells.length > 0 ? encodeDayRollup(rollup) : null, cells: rollup.cells.length, conferences, organizers: rollup.organizers };
  }

  /** Replaces the recomputed days' entries in the month's conference rows; returns how many rows were written. */
  private async replaceConferenceDays(tenantId: string, month: string, results: ReadonlyMap<CalendarDate, DayResult>): Promise<number> {
    const rows = await this.deps.rollups.readConferences(tenantId, month);
    const before = new Map([...rows].map(([k, r]) => [k, JSON.stringify(r)]));
    for (const row of rows.values()) for (const date of results.keys()) delete row.days[date];
    const labels = new Map<string, OrganizerLabel>();
    for (const [date, result] of results) {
      for (const [id, label] of Object.entries(result.organizers)) labels.set(id, label);
      for (const c of result.conferences) {
        const rowKey = conferenceRowKey(c.conferenceId, c.currency);
        let row = rows.get(rowKey);
        if (!row) {
          row = { rowKey, conferenceId: c.conferenceId, currency: c.currency, organizerId: null, organizerUpn: null, organizerName: null, attribution: 'none', days: {} };
          rows.set(rowKey, row);
        }
        const day: ConferenceDayJson = [c.calls, c.seconds, c.charge.toString(), c.connection.toString(), c.credit.toString(), c.firstCallMs, c.lastCallMs, c.organizerId ?? '', c.attribution, encodeMix(c.mix)];
        row.days[date] = day;
      }
    }
    const upserts: ConferenceMonthRow[] = [];
    const deletes: string[] = [];
    for (const [rowKey, row] of rows) {
      const days = Object.entries(row.days).sort((a, b) => (a[0] < b[0] ? -1 : 1));
      if (days.length === 0) {
        if (before.has(rowKey)) deletes.push(rowKey);
        continue;
      }
      // The organizer of the month: the latest day that names one.
      const named = days.filter(([, d]) => d[7] !== '');
      const latest = named[named.length - 1];
      if (latest) {
        const id = latest[1][7];
        const label = labels.get(id);
        const previousId = row.organizerId;
        row.organizerId = id;
        if (label) {
          row.organizerUpn = label.upn;
          row.organizerName = label.name;
        } else if (previousId !== id) {
          row.organizerUpn = null;
          row.organizerName = null;
        }
        row.attribution = days.some(([, d]) => d[8] === 'direct') ? 'direct' : latest[1][8];
      } else {
        row.organizerId = null;
        row.organizerUpn = null;
        row.organizerName = null;
        row.attribution = days.some(([, d]) => d[8] === 'erased') ? 'erased' : 'none';
      }
      if (before.get(rowKey) !== JSON.stringify(row)) upserts.push(row);
    }
    await this.deps.rollups.writeConferences(tenantId, month, upserts, deletes);
    // The month's totals as one document, for conference views over long ranges (every row of the month is here).
    await this.deps.rollups.writeConferenceTotals(tenantId, month, rows.values());
    return upserts.length;
  }
}
