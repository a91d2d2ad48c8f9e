import { moneyFromDecimal } from '../../bot/billing/money';
import { normalizeGraphRow } from '../../bot/usage/normalize-graph-row';
import { normalizeExportRecord } from '../../bot/usage/normalize-export-row';
import { normalizeNumberType, usageCallKind } from '../../bot/usage/call-kind';
import { countryCodeFromName } from '../../bot/usage/country-names';
import type { PstnCall } from '../../bot/usage/pstn-call';
import { CALLS, exportRecord, graphRow, type CallSpec } from './call-fixtures';

function fromGraph(spec: CallSpec, extra: Record<string, unknown> = {}): PstnCall {
  const r = normalizeGraphRow(graphRow(spec, extra), 'USD');
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.value;
}
function fromExport(spec: CallSpec): PstnCall {
  const r = normalizeExportRecord(exportRecord(spec), 'USD');
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.value;
}

/** What the two sources cannot agree on: which source, its row id, and fields only Graph has. */
function comparable(c: PstnCall) {
  const { source, sourceRowId, tenantCountryCode, otherPartyCountryCode, operator, callDurationSource, administrativeUnitInfos, ...rest } = c;
  // Graph sends seven fractional digits of a second, the export whole seconds.
  return { ...rest, startedAt: rest.startedAt.slice(0, 19), endedAt: rest.endedAt?.slice(0, 19) };
}

describe('one normalizer for Graph rows and export lines', () => {
  it.each(Object.entries(CALLS))('%s: both sources give the same record and the same fallback key', (_name, spec) => {
    const g = fromGraph(spec);
    const e = fromExport(spec);
    expect(g.source).toBe('graph');
    expect(e.source).toBe('export');
    expect(comparable(e)).toEqual(comparable(g));
  });

  it('keeps every pstnCallLogRow field (domain-facts §6.1), with numbers masked and money exact', () => {
    const call = fromGraph(CALLS.dialOutWithFee!, { otherPartyCountryCode: 'HK', administrativeUnitInfos: [{ id: 'au-1' }] });
    expect(call).toEqual({
      source: 'graph',
      sourceRowId: '9c4984c7-6c3c-427d-a30c-bd0b2eacee92',
      callId: '1835317188_112562682@61.221.3.176',
      conferenceId: '482913999',
      startedAt: '2026-03-10T23:59:59.123Z',
      endedAt: '2026-03-11T00:01:00.000Z',
      durationSeconds: 61,
      charge: moneyFromDecimal('0.14', 'EUR'),
      connectionCharge: moneyFromDecimal('0.01', 'EUR'),
      callType: 'conf_out',
      numberTypeRaw: null,
      numberType: null,
      capability: 'MCOMEETACPEA',
      destinationContext: 'International',
      destinationName: 'Hong Kong SAR China',
      country: 'HK',
      usageCountryCode: 'FR',
      tenantCountryCode: 'US',
      otherPartyCountryCode: 'HK',
      callerNumber: '+3312345****',
      calleeNumber: '+8522345****',
      userId: 'a0000000-0000-4000-8000-000000000002',
      userPrincipalName: 'camille@contoso.example',
      userDisplayName: 'Martin, Camille "Cami"',
      operator: 'Microsoft',
      callDurationSource: 'microsoft',
      administrativeUnitInfos: '[{"id":"au-1"}]',
      organizer: { userId: 'a0000000-0000-4000-8000-000000000002', userPrincipalName: 'camille@contoso.example', displayName: 'Martin, Camille "Cami"' },
      attribution: 'direct',
      dedupKey: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
  });

  it('converts Graph Doubles once and exactly (0.1 + 0.2 style floats never reach a sum)', () => {
    const call = fromGraph({ ...CALLS.ppmTollDialIn!, charge: 0.1234, connectionCharge: 0.3 });
    expect(call.charge.micros).toBe(123_400n);
    expect(call.connectionCharge.micros).toBe(300_000n);
  });

  it('matches a Graph copy with a sub-cent charge to the export copy rounded to the cent', () => {
    const spec = { ...CALLS.ppmTollDialIn!, charge: 0.0512 };
    const g = fromGraph(spec);
    const e = fromExport(spec);
    expect(e.charge.micros).toBe(50_000n);
    expect(g.charge.micros).toBe(51_200n);
    expect(g.dedupKey).toBe(e.dedupKey);
  });

  it('finds the same call when the caller and callee fields come swapped (the §6.1 quirk)', () => {
    const spec = CALLS.ppmTollDialIn!;
    const swapped = fromExport({ ...spec, callerNumber: spec.calleeNumber, calleeNumber: spec.callerNumber });
    expect(swapped.dedupKey).toBe(fromGraph(spec).dedupKey);
  });

  it('tells different calls apart', () => {
    const spec = CALLS.ppmTollDialIn!;
    const keys = new Set([
      fromGraph(spec).dedupKey,
      fromGraph({ ...spec, durationSeconds: 220 }).dedupKey,
      fromGraph({ ...spec, start: '2026-03-10T14:00:09Z' }).dedupKey,
      fromGraph({ ...spec, charge: 0.06 }).dedupKey,
      fromGraph({ ...spec, callId: 'other' }).dedupKey,
      fromGraph({ ...spec, callerNumber: '+12065440123' }).dedupKey,
    ]);
    expect(keys.size).toBe(6);
    // Numbers are compared masked (both sources may obfuscate the last digits), so these two are one call.
    expect(fromGraph({ ...spec, callerNumber: '+12065559999' }).dedupKey).toBe(fromGraph(spec).dedupKey);
  });

  it.each([
    ['Toll', 'toll', 'conf_in', 'dial-in-toll'],
    ['Toll free', 'toll-free', 'conf_in', 'dial-in-toll-free'],
    ['TollFree', 'toll-free', 'conf_in', 'dial-in-toll-free'],
    ['toll-free', 'toll-free', 'conf_in', 'dial-in-toll-free'],
    ['Subscriber', 'subscriber', 'conf_out', 'dial-out'],
    ['Subscriber', 'subscriber', 'user_out', 'user'],
    ['TollFree', 'toll-free', 'ucap_in', 'bot'],
    ['', null, 'dr_out', 'direct-routing'],
    ['Service', 'service', 'unassigned_in', 'unassigned'],
  ])('number type %j is %j; %s is the call kind %s', (raw, numberType, callType, kind) => {
    expect(normalizeNumberType(raw)).toBe(numberType);
    expect(usageCallKind(callType, numberType)).toBe(kind);
  });

  it.each([
    ['United States', 'US'],
    ['United Kingdom', 'GB'],
    ['Hong Kong SAR', 'HK'],
    ['Hong Kong SAR China', 'HK'],
    ['Côte d’Ivoire', 'CI'],
    ['korea', 'KR'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['de', 'DE'],
    ['Atlantis', null],
  ])('country %j is %j', (name, code) => {
    expect(countryCodeFromName(name)).toBe(code);
  });
});

describe('rows that cannot be normalized say why', () => {
  const good = graphRow(CALLS.ppmTollDialIn!);
  it.each([
    ['no id', { id: '' }, 'missing-field', 'id'],
    ['no call type', { callType: null }, 'missing-field', 'callType'],
    ['a bad start', { startDateTime: 'yesterday' }, 'invalid-date', 'startDateTime'],
    ['a bad end', { endDateTime: '2026-13-40T00:00:00Z' }, 'invalid-date', 'endDateTime'],
    ['a negative duration', { duration: -1 }, 'invalid-duration', 'duration'],
    ['a fractional duration', { duration: 1.5 }, 'invalid-duration', 'duration'],
    ['a charge as text', { charge: '0.05' }, 'invalid-amount', 'charge'],
    ['a charge without currency', { currency: null }, 'missing-field', 'currency'],
    ['a bad currency', { currency: 'dollars' }, 'invalid-currency', 'currency'],
  ])('Graph row with %s', (_name, patch, reason, field) => {
    expect(normalizeGraphRow({ ...good, ...patch }, 'USD')).toEqual({ ok: false, problem: { reason, field } });
  });

  it('a free Graph row without currency takes the tenant currency', () => {
    const r = normalizeGraphRow({ ...good, charge: 0, connectionCharge: null, currency: null }, 'EUR');
    expect(r.ok && r.value.charge).toEqual(moneyFromDecimal('0', 'EUR'));
  });

  const line = exportRecord(CALLS.ppmTollDialIn!);
  it.each([
    ['no UsageId', { UsageId: ' ' }, 'missing-field', 'UsageId'],
    ['a start without a date', { 'Start Time': '14:00:08' }, 'invalid-date', 'Start Time'],
    ['a decimal duration', { 'Duration Seconds': '12.5' }, 'invalid-duration', 'Duration Seconds'],
    ['a charge with a comma', { Charge: '0,05' }, 'invalid-amount', 'Charge'],
    ['an empty charge', { Charge: '' }, 'missing-field', 'Charge'],
    ['a bad connection fee', { 'Connection Fee': 'n/a' }, 'invalid-amount', 'Connection Fee'],
    ['a currency symbol', { Currency: '$' }, 'invalid-currency', 'Currency'],
  ])('export line with %s', (_name, patch, reason, field) => {
    expect(normalizeExportRecord({ ...line, ...patch }, 'USD')).toEqual({ ok: false, problem: { reason, field } });
  });

  it('reads an export time without a zone as UTC, never as server time', () => {
    const r = normalizeExportRecord({ ...line, 'Start Time': '2026-03-10 14:00:08' }, 'USD');
    expect(r.ok && r.value.startedAt).toBe('2026-03-10T14:00:08.000Z');
  });
});
