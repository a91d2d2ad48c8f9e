/**
 * The stored form of a day's roll-up: compact JSON (one array per cell, amounts as decimal strings of micros).
 * A day's cells are kept together so a 13-month dashboard reads about 400 entities instead of one per cell.
 */
import type { CalendarDate } from '../billing/time';
import type { Attribution, UsageCallKind } from './pstn-call';
import type { DayRollup, OrganizerLabel, RollupCell } from './rollup';

const DOC_VERSION = 1;

type CellJson = [UsageCallKind, 0 | 1, string, string, string, Attribution, string, number, number, string, string, string, number];

interface DayDocJson {
  v: number;
  date: CalendarDate;
  org: Record<string, [string, string]>;
  cells: CellJson[];
}

export function encodeDayRollup(day: DayRollup): string {
  const org: Record<string, [string, string]> = {};
  for (const [id, label] of Object.entries(day.organizers)) org[id] = [label.upn ?? '', label.name ?? ''];
  const doc: DayDocJson = {
    v: DOC_VERSION,
    date: day.date,
    org,
    cells: day.cells.map((c) => [
      c.callKind,
      c.ppm ? 1 : 0,
      c.country ?? '',
      c.numberType ?? '',
      c.organizerId ?? '',
      c.attribution,
      c.currency,
      c.calls,
      c.seconds,
      c.charge.toString(),
      c.connection.toString(),
      c.credit.toString(),
      c.billedMinutes,
    ]),
  };
  return JSON.stringify(doc);
}

export function decodeDayRollup(json: string): DayRollup {
  const doc = JSON.parse(json) as DayDocJson;
  if (doc.v !== DOC_VERSION) throw new Error(`Unknown roll-up document version ${doc.v}`);
  const organizers: Record<string, OrganizerLabel> = {};
  for (const [id, [upn, name]] of Object.entries(doc.org)) organizers[id] = { upn: upn || null, name: name || null };
  const cells: RollupCell[] = doc.cells.map(([callKind, ppm, country, numberType, organizerId, attribution, currency, calls, seconds, charge, connection, credit, billedMinutes]) => ({
    callKind,
    ppm: ppm === 1,
    country: country || null,
    numberType: numberType || null,
    organizerId: organizerId || null,
    attribution,
    currency,
    calls,
    seconds,
    charge: BigInt(charge),
    connection: BigInt(connection),
    credit: BigInt(credit),
    billedMinutes,
  }));
  return { date: doc.date, cells, organizers };
}
