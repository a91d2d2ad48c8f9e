/**
 * The roll-up tables (architecture "Data"), both partitioned tenantId|yyyy-mm by the tenant-local month:
 * - usageDaily: one document per local day holding that day's cells (keyed date|callKind|ppm|country|numberType|
 *   organizer|attribution|currency inside), split over rows `<date>|00`, `<date>|01`… and over string properties of
 *   at most 30,000 characters (Table Storage caps a string at 64 KiB and an entity at 1 MiB);
 * - usageByConference: one row per conference and currency with the month's totals and the per-day entries they are
 *   summed from, so a day can be replaced without touching the others;
 * - usageConferenceTotals: the same month's conference totals, without the days, as one document (rows `totals|00`…,
 *   each stamped with the write's generation), so a 13-month conference view reads 13 documents instead of every
 *   conference row. A month without a whole document (written before it existed, or torn) is read from its rows.
 */
import { randomUUID } from 'node:crypto';
import type { TableEntity, TableEntityResult } from '@azure/data-tables';
import type { CalendarDate } from '../billing/time';
import { decodeMix, emptyMix, encodeMix, mergeMix, type ConferenceMix, type ConferenceMixJson } from '../usage/conference-mix';
import type { Attribution } from '../usage/pstn-call';
import { deleteAll, odataString, upsertAll } from './batch-writer';
import { getEntityOrNull, safeKey, type TableStore } from './table-store';

const PART_CHARS = 30_000;
const PARTS_PER_ROW = 12;

export function rollupPartitionKey(tenantId: string, month: string): string {
  return `${tenantId}|${month}`;
}

/**
 * One conference-day as stored: [calls, seconds, charge, connection, credit, firstMs, lastMs, organizerId, attribution,
 * mix]. The mix (calls by kind and country, usage/conference-mix.ts) is absent from rows written before it was kept.
 */
export type ConferenceDayJson = [number, number, string, string, string, number, number, string, Attribution, ConferenceMixJson?];

export interface ConferenceMonthRow {
  readonly rowKey: string;
  readonly conferenceId: string;
  readonly currency: string;
  organizerId: string | null;
  organizerUpn: string | null;
  organizerName: string | null;
  attribution: Attribution;
  days: Record<CalendarDate, ConferenceDayJson>;
}

interface ConferenceEntity {
  conferenceId: string;
  currency: string;
  orgId: string;
  orgUpn: string;
  orgName: string;
  attr: Attribution;
  calls: number;
  seconds: number;
  charge: string;
  conn: string;
  credit: string;
  first: string;
  last: string;
  /** The month's mix, merged from the days' ('' when a day has none), for reads without the days. */
  mix: string;
  days: string;
}

export function conferenceRowKey(conferenceId: string, currency: string): string {
  return `${safeKey(conferenceId)}|${currency}`;
}

type DayDocEntity = { date: string; parts: number } & Record<string, string | number>;
type TotalsDocEntity = { generation: string; parts: number; rows: number } & Record<string, string | number>;

/** One conference's month totals in the totals document. */
type ConferenceTotalsJson = [
  rowKey: string,
  conferenceId: string,
  currency: string,
  orgId: string,
  orgUpn: string,
  orgName: string,
  attr: Attribution,
  calls: number,
  seconds: number,
  charge: string,
  conn: string,
  credit: string,
  firstMs: number,
  lastMs: number,
  mix: ConferenceMixJson | null,
];

/** A long text as rows of at most PARTS_PER_ROW parts of PART_CHARS characters (Table Storage's string and entity caps). */
function partRows(text: string): string[][] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += PART_CHARS) parts.push(text.slice(i, i + PART_CHARS));
  const rows: string[][] = [];
  for (let row = 0; row * PARTS_PER_ROW < parts.length; row += 1) rows.push(parts.slice(row * PARTS_PER_ROW, (row + 1) * PARTS_PER_ROW));
  return rows;
}

/** One row's parts as the properties p0, p1, … and their count. */
function partProperties(rowParts: readonly string[]): { parts: number } & Record<string, string | number> {
  const properties: { parts: number } & Record<string, string | number> = { parts: rowParts.length };
  rowParts.forEach((p, i) => (properties[`p${i}`] = p));
  return properties;
}

/** The text back from its rows, given in row order. */
function joinedParts(rows: ReadonlyArray<Record<string, unknown>>): string {
  return rows.map((r) => Array.from({ length: Number(r.parts) }, (_, i) => String(r[`p${i}`] ?? '')).join('')).join('');
}

/** A conference row from its stored identity fields and the days it carries. */
function conferenceRowOf(
  e: { rowKey?: string; conferenceId: string; currency: string; orgId: string; orgUpn: string; orgName: string; attr: Attribution },
  days: Record<CalendarDate, ConferenceDayJson>,
): ConferenceMonthRow {
  return {
    rowKey: e.rowKey!,
    conferenceId: e.conferenceId,
    currency: e.currency,
    organizerId: e.orgId || null,
    organizerUpn: e.orgUpn || null,
    organizerName: e.orgName || null,
    attribution: e.attr,
    days,
  };
}

function totalsRowKey(row: number): string {
  return `totals|${String(row).padStart(2, '0')}`;
}

/** A conference's month totals, summed from its days; the mix is null when some day has none. */
function monthTotals(row: ConferenceMonthRow) {
  let calls = 0;
  let seconds = 0;
  let charge = 0n;
  let conn = 0n;
  let credit = 0n;
  let firstMs = Number.POSITIVE_INFINITY;
  let lastMs = 0;
  let mix: ConferenceMix | null = emptyMix();
  for (const d of Object.values(row.days)) {
    const dayMix = decodeMix(d[9]);
    if (mix && dayMix) mergeMix(mix, dayMix);
    else mix = null;
    calls += d[0];
    seconds += d[1];
    charge += BigInt(d[2]);
    conn += BigInt(d[3]);
    credit += BigInt(d[4]);
    firstMs = Math.min(firstMs, d[5]);
    lastMs = Math.max(lastMs, d[6]);
  }
  return { calls, seconds, charge: charge.toString(), conn: conn.toString(), credit: credit.toString(), firstMs, lastMs, mix };
}

export class UsageRollupStore {
  constructor(private readonly store: TableStore) {}

  private get daily() {
    return this.store.table('usageDaily');
  }
  private get byConference() {
    return this.store.table('usageByConference');
  }
  private get conferenceTotals() {
    return this.store.table('usageConferenceTotals');
  }

  /** Row keys of the day documents stored for a month, grouped by date. */
  async listDayRows(tenantId: string, month: string): Promise<Map<CalendarDate, string[]>> {
    const rows = new Map<CalendarDate, string[]>();
    const filter = `PartitionKey eq ${odataString(rollupPartitionKey(tenantId, month))}`;
    for await (const e of this.daily.listEntities({ queryOptions: { filter, select: ['RowKey'] } })) {
      const date = e.rowKey!.slice(0, 10);
      let list = rows.get(date);
      if (!list) rows.set(date, (list = []));
      list.push(e.rowKey!);
    }
    return rows;
  }

  /**
   * Replaces the documents of several days of one month. `null` deletes a day. `existing` is listDayRows' answer,
   * so rows a shorter document no longer needs are deleted.
   */
  async replaceDays(tenantId: string, month: string, docs: ReadonlyMap<CalendarDate, string | null>, existing: ReadonlyMap<CalendarDate, string[]>): Promise<void> {
    const partitionKey = rollupPartitionKey(tenantId, month);
    const upserts: TableEntity<DayDocEntity>[] = [];
    const deletes: Array<{ partitionKey: string; rowKey: string }> = [];
    for (const [date, json] of docs) {
      const written = new Set<string>();
      if (json !== null) {
        partRows(json).forEach((rowParts, row) => {
          const rowKey = `${date}|${String(row).padStart(2, '0')}`;
          upserts.push({ partitionKey, rowKey, date, ...partProperties(rowParts) });
          written.add(rowKey);
        });
      }
      for (const rowKey of existing.get(date) ?? []) if (!written.has(rowKey)) deletes.push({ partitionKey, rowKey });
    }
    await upsertAll(this.daily, upserts);
    await deleteAll(this.daily, deletes);
  }

  /** The day documents of [from, to] (inclusive local dates), in date order. */
  async readDays(tenantId: string, months: readonly string[], from: CalendarDate, to: CalendarDate): Promise<Array<{ date: CalendarDate; json: string }>> {
    const perMonth = await Promise.all(
      months.map(async (month) => {
        const filter =
          `PartitionKey eq ${odataString(rollupPartitionKey(tenantId, month))}` +
          ` and RowKey ge ${odataString(`${from}|`)} and RowKey lt ${odataString(`${to}|~`)}`;
        const rows: TableEntityResult<DayDocEntity>[] = [];
        for await (const e of this.daily.listEntities<DayDocEntity>({ queryOptions: { filter } })) rows.push(e);
        return rows;
      }),
    );
    const byDate = new Map<CalendarDate, TableEntityResult<DayDocEntity>[]>();
    for (const e of perMonth.flat()) {
      let list = byDate.get(e.date);
      if (!list) byDate.set(e.date, (list = []));
      list.push(e);
    }
    return [...byDate.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([date, rows]) => ({
        date,
        json: joinedParts(rows.sort((a, b) => (a.rowKey! < b.rowKey! ? -1 : 1))),
      }));
  }

  async readConferences(tenantId: string, month: string, conferenceRowKeys?: readonly string[]): Promise<Map<string, ConferenceMonthRow>> {
    const rows = new Map<string, ConferenceMonthRow>();
    let filter = `PartitionKey eq ${odataString(rollupPartitionKey(tenantId, month))}`;
    if (conferenceRowKeys && conferenceRowKeys.length === 1) filter += ` and RowKey eq ${odataString(conferenceRowKeys[0]!)}`;
    for await (const e of this.byConference.listEntities<ConferenceEntity>({ queryOptions: { filter } })) {
      rows.set(e.rowKey!, conferenceRowOf(e, JSON.parse(e.days) as Record<CalendarDate, ConferenceDayJson>));
    }
    return rows;
  }

  /**
   * A month's conference rows without their per-day entries (a smaller read for a month wholly inside a query's range):
   * each row's month totals come back as one entry dated the month's first day.
   */
  async readConferenceTotals(tenantId: string, month: string): Promise<ConferenceMonthRow[]> {
    return (await this.readTotalsDocument(tenantId, month)) ?? this.scanConferenceTotals(tenantId, month);
  }

  /** Whether the month has a totals document (its head row): one point read. */
  async hasConferenceTotals(tenantId: string, month: string): Promise<boolean> {
    return (await getEntityOrNull(this.conferenceTotals, rollupPartitionKey(tenantId, month), totalsRowKey(0))) !== null;
  }

  /** The month's totals document, or null when there is none or it is not whole. */
  private async readTotalsDocument(tenantId: string, month: string): Promise<ConferenceMonthRow[] | null> {
    const filter = `PartitionKey eq ${odataString(rollupPartitionKey(tenantId, month))}`;
    const rows: TableEntityResult<TotalsDocEntity>[] = [];
    for await (const e of this.conferenceTotals.listEntities<TotalsDocEntity>({ queryOptions: { filter } })) rows.push(e);
    const head = rows.find((r) => r.rowKey === totalsRowKey(0));
    if (!head) return null;
    const parts = rows.filter((r) => r.generation === head.generation).sort((a, b) => (a.rowKey! < b.rowKey! ? -1 : 1));
    if (parts.length !== Number(head.rows)) return null;
    const json = joinedParts(parts);
    return (JSON.parse(json) as ConferenceTotalsJson[]).map(([rowKey, conferenceId, currency, orgId, orgUpn, orgName, attr, calls, seconds, charge, conn, credit, first, last, mix]) =>
      conferenceRowOf({ rowKey, conferenceId, currency, orgId, orgUpn, orgName, attr }, { [`${month}-01`]: [calls, seconds, charge, conn, credit, first, last, orgId, attr, ...(mix ? [mix] : [])] as ConferenceDayJson }),
    );
  }

  /**
   * Writes the month's totals document from all its conference rows (with their days), as the recompute has them.
   * Rows are written part by part, then the head row last, all under a new generation: a reader that meets a torn
   * write sees generations that differ and reads the conference rows instead.
   */
  async writeConferenceTotals(tenantId: string, month: string, all: Iterable<ConferenceMonthRow>): Promise<void> {
    const partitionKey = rollupPartitionKey(tenantId, month);
    const packed: ConferenceTotalsJson[] = [];
    for (const row of all) {
      if (Object.keys(row.days).length === 0) continue;
      const t = monthTotals(row);
      packed.push([row.rowKey, row.conferenceId, row.currency, row.organizerId ?? '', row.organizerUpn ?? '', row.organizerName ?? '', row.attribution, t.calls, t.seconds, t.charge, t.conn, t.credit, t.firstMs, t.lastMs, t.mix ? encodeMix(t.mix) : null]);
    }
    const generation = randomUUID().slice(0, 8);
    const rows = partRows(JSON.stringify(packed));
    const entities: TableEntity<TotalsDocEntity>[] = rows.map((rowParts, row) => ({ partitionKey, rowKey: totalsRowKey(row), generation, rows: rows.length, ...partProperties(rowParts) }));
    // Each row can be most of a megabyte: one request each (a transaction caps at 4 MiB), the head last.
    for (const entity of entities.slice(1)) await this.conferenceTotals.upsertEntity(entity, 'Replace');
    await this.conferenceTotals.upsertEntity(entities[0]!, 'Replace');
    const stale: Array<{ partitionKey: string; rowKey: string }> = [];
    for await (const e of this.conferenceTotals.listEntities({ queryOptions: { filter: `PartitionKey eq ${odataString(partitionKey)}`, select: ['RowKey', 'generation'] } })) {
      if (e.generation !== generation) stale.push({ partitionKey, rowKey: e.rowKey! });
    }
    await deleteAll(this.conferenceTotals, stale);
  }

  private async scanConferenceTotals(tenantId: string, month: string): Promise<ConferenceMonthRow[]> {
    const rows: ConferenceMonthRow[] = [];
    const filter = `PartitionKey eq ${odataString(rollupPartitionKey(tenantId, month))}`;
    const select = ['RowKey', 'conferenceId', 'currency', 'orgId', 'orgUpn', 'orgName', 'attr', 'calls', 'seconds', 'charge', 'conn', 'credit', 'first', 'last', 'mix'];
    for await (const e of this.byConference.listEntities<Omit<ConferenceEntity, 'days'>>({ queryOptions: { filter, select } })) {
      const mix = e.mix ? (JSON.parse(e.mix) as ConferenceMixJson) : undefined;
      const total: ConferenceDayJson = [Number(e.calls), Number(e.seconds), e.charge, e.conn, e.credit, Date.parse(e.first), Date.parse(e.last), e.orgId, e.attr, mix];
      rows.push(conferenceRowOf(e, { [`${month}-01`]: total }));
    }
    return rows;
  }

  async writeConferences(tenantId: string, month: string, upserts: readonly ConferenceMonthRow[], deletes: readonly string[]): Promise<void> {
    const partitionKey = rollupPartitionKey(tenantId, month);
    const entities = upserts.map((row): TableEntity<ConferenceEntity> => {
      const { calls, seconds, charge, conn, credit, firstMs: first, lastMs: last, mix } = monthTotals(row);
      return {
        partitionKey,
        rowKey: row.rowKey,
        conferenceId: row.conferenceId,
        currency: row.currency,
        orgId: row.organizerId ?? '',
        orgUpn: row.organizerUpn ?? '',
        orgName: row.organizerName ?? '',
        attr: row.attribution,
        calls,
        seconds,
        charge,
        conn,
        credit,
        first: Number.isFinite(first) ? new Date(first).toISOString() : '',
        last: last > 0 ? new Date(last).toISOString() : '',
        mix: mix ? JSON.stringify(encodeMix(mix)) : '',
        days: JSON.stringify(row.days),
      };
    });
    await upsertAll(this.byConference, entities);
    await deleteAll(this.byConference, deletes.map((rowKey) => ({ partitionKey, rowKey })));
  }

  /** Deletes every roll-up of the given months (a rebuild starts from nothing). */
  async dropMonths(tenantId: string, months: readonly string[]): Promise<void> {
    for (const table of [this.daily, this.byConference, this.conferenceTotals]) {
      for (const month of months) {
        const keys: Array<{ partitionKey: string; rowKey: string }> = [];
        const filter = `PartitionKey eq ${odataString(rollupPartitionKey(tenantId, month))}`;
        for await (const e of table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
          keys.push({ partitionKey: e.partitionKey!, rowKey: e.rowKey! });
        }
        await deleteAll(table, keys);
      }
    }
  }

  /** The months that hold any roll-up for the tenant. */
  async listMonths(tenantId: string): Promise<string[]> {
    const months = new Set<string>();
    const filter = `PartitionKey ge ${odataString(`${tenantId}|`)} and PartitionKey lt ${odataString(`${tenantId}|~`)}`;
    for (const table of [this.daily, this.byConference]) {
      for await (const e of table.listEntities({ queryOptions: { filter, select: ['PartitionKey'] } })) months.add(e.partitionKey!.slice(tenantId.length + 1));
    }
    return [...months].sort();
  }
}
