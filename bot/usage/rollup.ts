/**
 * Roll-ups, computed from raw rows (never by incrementing), so re-ingesting a day gives the same numbers
 * (issue 6 "Storage"). One local day's effective rows → its cells (call kind × PPM or not × country × number type ×
 * organizer × currency) and its per-conference totals.
 */
import { isPpmCall, drawsOnCommunicationsCredits } from '../billing/reference/call-types';
import type { CalendarDate } from '../billing/time';
import { usageCallKind } from './call-kind';
import { addCallToMix, emptyMix, type ConferenceMix } from './conference-mix';
import type { Attribution, PstnCall, UsageCallKind } from './pstn-call';

export interface UsageAmounts {
  calls: number;
  seconds: number;
  /** Σ charge, micros. */
  charge: bigint;
  /** Σ connection charge, micros. */
  connection: bigint;
  /** Σ (charge + connection) of the rows that draw on Communications Credits, micros. */
  credit: bigint;
}

export interface RollupCellKey {
  readonly callKind: UsageCallKind;
  readonly ppm: boolean;
  readonly country: string | null;
  readonly numberType: string | null;
  readonly organizerId: string | null;
  readonly attribution: Attribution;
  readonly currency: string;
}

export interface RollupCell extends RollupCellKey, UsageAmounts {
  /** Σ started minutes (ceil(seconds / 60) per call), for rates learned under the per-started-minute rule. */
  billedMinutes: number;
}

export interface OrganizerLabel {
  readonly upn: string | null;
  readonly name: string | null;
}

export interface DayRollup {
  readonly date: CalendarDate;
  readonly cells: RollupCell[];
  readonly organizers: Record<string, OrganizerLabel>;
}

export interface ConferenceDayEntry extends UsageAmounts {
  readonly conferenceId: string;
  readonly currency: string;
  organizerId: string | null;
  attribution: Attribution;
  firstCallMs: number;
  lastCallMs: number;
  /** The day's calls by kind and country (conference-mix.ts). */
  readonly mix: ConferenceMix;
}

export function emptyAmounts(): UsageAmounts {
  return { calls: 0, seconds: 0, charge: 0n, connection: 0n, credit: 0n };
}

export function addAmounts(into: UsageAmounts, from: UsageAmounts): void {
  into.calls += from.calls;
  into.seconds += from.seconds;
  into.charge += from.charge;
  into.connection += from.connection;
  into.credit += from.credit;
}

function addRow(into: UsageAmounts, row: PstnCall, credit: bigint): void {
  into.calls += 1;
  into.seconds += row.durationSeconds;
  into.charge += row.charge.micros;
  into.connection += row.connectionCharge.micros;
  into.credit += credit;
}

export function creditMicros(row: PstnCall): bigint {
  const total = row.charge.micros + row.connectionCharge.micros;
  const draws = drawsOnCommunicationsCredits({
    callType: row.callType,
    licenseCapability: row.capability,
    totalCharge: { micros: total, currency: row.charge.currency },
  });
  return draws ? total : 0n;
}

export function cellKeyOf(row: PstnCall): RollupCellKey {
  return {
    callKind: usageCallKind(row.callType, row.numberType),
    ppm: isPpmCall({ callType: row.callType, licenseCapability: row.capability }),
    country: row.country,
    numberType: row.numberType,
    organizerId: row.organizer?.userId ?? null,
    attribution: row.attribution,
    currency: row.charge.currency,
  };
}

function cellKeyText(k: RollupCellKey): string {
  return `${k.callKind}|${k.ppm ? 1 : 0}|${k.country ?? ''}|${k.numberType ?? ''}|${k.organizerId ?? ''}|${k.attribution}|${k.currency}`;
}

const ATTRIBUTION_RANK: Record<Attribution, number> = { direct: 0, 'via-conference': 1, none: 2, erased: 3 };

/** Rolls up the effective rows of one local day (already de-duplicated and attributed). */
export function rollUpDay(date: CalendarDate, rows: readonly PstnCall[]): { day: DayRollup; conferences: ConferenceDayEntry[] } {
  const cells = new Map<string, RollupCell>();
  const labelFrom = new Map<string, PstnCall>();
  const conferences = new Map<string, ConferenceDayEntry & { votes: Map<string, number> }>();
  for (const row of rows) {
    const key = cellKeyOf(row);
    const text = cellKeyText(key);
    let cell = cells.get(text);
    if (!cell) cells.set(text, (cell = { ...key, ...emptyAmounts(), billedMinutes: 0 }));
    const credit = creditMicros(row);
    addRow(cell, row, credit);
    cell.billedMinutes += Math.ceil(row.durationSeconds / 60);
    if (row.organizer) {
      // The label of the organizer's latest row (ties by row id): the same whatever order the rows came in.
      const seen = labelFrom.get(row.organizer.userId);
      if (!seen || row.startedAt > seen.startedAt || (row.startedAt === seen.startedAt && row.sourceRowId > seen.sourceRowId)) {
        labelFrom.set(row.organizer.userId, row);
      }
    }

    if (row.conferenceId) {
      const confKey = `${row.conferenceId}|${row.charge.currency}`;
      let conf = conferences.get(confKey);
      const startMs = Date.parse(row.startedAt);
      if (!conf) {
        conf = {
          conferenceId: row.conferenceId,
          currency: row.charge.currency,
          organizerId: null,
          attribution: 'none',
          firstCallMs: startMs,
          lastCallMs: startMs,
          votes: new Map(),
          mix: emptyMix(),
          ...emptyAmounts(),
        };
        conferences.set(confKey, conf);
      }
      addRow(conf, row, credit);
      addCallToMix(conf.mix, {
        callKind: key.callKind,
        country: row.country,
        seconds: row.durationSeconds,
        cost: row.charge.micros + row.connectionCharge.micros,
        inferred: row.attribution === 'via-conference',
      });
      conf.firstCallMs = Math.min(conf.firstCallMs, startMs);
      conf.lastCallMs = Math.max(conf.lastCallMs, startMs);
      if (ATTRIBUTION_RANK[row.attribution] < ATTRIBUTION_RANK[conf.attribution]) conf.attribution = row.attribution;
      if (row.organizer) conf.votes.set(row.organizer.userId, (conf.votes.get(row.organizer.userId) ?? 0) + 1);
    }
  }
  const conferenceEntries: ConferenceDayEntry[] = [];
  for (const { votes, ...conf } of conferences.values()) {
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    conferenceEntries.push({ ...conf, organizerId: best ? best[0] : null, attribution: best ? conf.attribution : conf.attribution === 'erased' ? 'erased' : 'none' });
  }
  const organizers: Record<string, OrganizerLabel> = {};
  for (const id of [...labelFrom.keys()].sort()) {
    const o = labelFrom.get(id)!.organizer!;
    organizers[id] = { upn: o.userPrincipalName, name: o.displayName };
  }
  const sorted = [...cells.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, c]) => c);
  return { day: { date, cells: sorted, organizers }, conferences: conferenceEntries };
}
