import { moneyFromDecimal } from '../../bot/billing/money';
import { effectiveRows, chargeIds } from '../../bot/usage/cross-source-dedup';
import { attributeViaConference, conferenceOrganizersOf } from '../../bot/usage/conference-attribution';
import { normalizeGraphRow } from '../../bot/usage/normalize-graph-row';
import { normalizeExportRecord } from '../../bot/usage/normalize-export-row';
import type { PstnCall } from '../../bot/usage/pstn-call';
import { rollUpDay } from '../../bot/usage/rollup';
import { decodeDayRollup, encodeDayRollup } from '../../bot/usage/rollup-doc';
import { CALLS, exportRecord, graphRow, type CallSpec } from './call-fixtures';

const g = (spec: CallSpec, extra: Record<string, unknown> = {}): PstnCall => {
  const r = normalizeGraphRow(graphRow(spec, extra), 'USD');
  if (!r.ok) throw new Error('bad');
  return r.value;
};
const e = (spec: CallSpec): PstnCall => {
  const r = normalizeExportRecord(exportRecord(spec), 'USD');
  if (!r.ok) throw new Error('bad');
  return r.value;
};

describe('cross-source duplicates', () => {
  const spec = { ...CALLS.ppmTollDialIn!, charge: 0.0512 };
  const both = [g(spec), e(spec), g(CALLS.autoAttendant!)];

  it.each([
    ['graph', 'graph', 51_200n],
    ['export', 'export', 50_000n],
  ] as const)('under source of truth %s, the %s copy counts once', (truth, kept, micros) => {
    const { rows, duplicates } = effectiveRows(both, truth);
    expect(rows).toHaveLength(2);
    expect(duplicates).toHaveLength(1);
    const dialIn = rows.find((r) => r.callType === 'conf_in')!;
    expect(dialIn.source).toBe(kept);
    expect(dialIn.charge.micros).toBe(micros);
  });

  it('never merges two rows of one source, even with the same fallback key', () => {
    const twin = { ...g(spec), sourceRowId: 'another-graph-id' };
    expect(effectiveRows([g(spec), twin], 'graph').rows).toHaveLength(2);
  });

  it('gives a call the same charge id whichever copy counts', () => {
    const graphId = chargeIds(effectiveRows(both, 'graph').rows);
    const exportId = chargeIds(effectiveRows(both, 'export').rows);
    expect([...graphId.values()].sort()).toEqual([...exportId.values()].sort());
  });
});

describe('conference attribution', () => {
  it('attributes an unnamed dial-in to the organizer named on the same conference', () => {
    const named = g(CALLS.ppmTollDialIn!);
    const unnamed = g(CALLS.tollFreeDialInUnnamed!);
    expect(unnamed.attribution).toBe('none');
    const known = conferenceOrganizersOf([named, unnamed]);
    const attributed = attributeViaConference(unnamed, known);
    expect(attributed.attribution).toBe('via-conference');
    expect(attributed.organizer?.userId).toBe('a0000000-0000-4000-8000-000000000001');
    expect(attributeViaConference(named, known)).toBe(named);
  });

  it('leaves it unattributed when no row of the conference names anyone', () => {
    expect(attributeViaConference(g(CALLS.tollFreeDialInUnnamed!), new Map()).attribution).toBe('none');
  });
});

describe('a day rolled up', () => {
  const rows = [
    g(CALLS.ppmTollDialIn!),
    attributeViaConference(g(CALLS.tollFreeDialInUnnamed!), conferenceOrganizersOf([g(CALLS.ppmTollDialIn!)])),
    g(CALLS.autoAttendant!),
    g(CALLS.ppmTollDialIn!, { id: 'dr-1', callType: 'dr_out', charge: 0.5, callId: 'dr' }),
    g(CALLS.ppmTollDialIn!, { id: 'free-1', licenseCapability: 'FREECALL', charge: 0, callId: 'free' }),
  ];
  const { day, conferences } = rollUpDay('2026-03-10', rows);

  it('keeps charges exact and counts toward credits only what draws on them (not dr_*, not FREECALL)', () => {
    const sum = (pick: (c: (typeof day.cells)[number]) => bigint) => day.cells.reduce((s, c) => s + pick(c), 0n);
    expect(sum((c) => c.charge)).toBe(moneyFromDecimal('1.25', 'USD').micros);
    expect(sum((c) => c.credit)).toBe(moneyFromDecimal('0.75', 'USD').micros);
    expect(day.cells.reduce((n, c) => n + c.calls, 0)).toBe(5);
    expect(day.cells.find((c) => c.callKind === 'dial-in-toll-free')).toMatchObject({ country: 'FR', attribution: 'via-conference', ppm: true, billedMinutes: 21 });
    expect(day.cells.find((c) => c.callKind === 'bot')).toMatchObject({ organizerId: null, attribution: 'none', ppm: false });
  });

  it('totals each conference, with its organizer', () => {
    const conf = conferences.find((c) => c.conferenceId === '482913557')!;
    expect(conf).toMatchObject({ calls: 4, organizerId: 'a0000000-0000-4000-8000-000000000001', attribution: 'direct' });
    expect(conf.charge).toBe(moneyFromDecimal('1.22', 'USD').micros);
  });

  it('stores and reads back the same cells', () => {
    expect(decodeDayRollup(encodeDayRollup(day))).toEqual(day);
  });
});
