/**
 * One call described once, rendered in both source formats: a Graph pstnCallLogRow and a line of the admin center
 * export. The normalizer must make the same record of both.
 */
import { EXPORT_COLUMNS, type ExportColumn, type ExportRecord } from '../../bot/usage/normalize-export-row';

export interface CallSpec {
  graphId: string;
  usageId: string;
  callId: string;
  conferenceId: string | null;
  user: { id: string; upn: string; name: string; location: string } | null;
  start: string;
  durationSeconds: number;
  /** Graph's Double. */
  charge: number;
  connectionCharge: number;
  currency: string;
  callType: string;
  numberType: string | null;
  destinationContext: string | null;
  destinationName: string;
  callerNumber: string;
  calleeNumber: string;
  capability: string;
}

export function graphRow(c: CallSpec, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const startMs = Date.parse(c.start);
  return {
    id: c.graphId,
    callId: c.callId,
    userId: c.user?.id ?? null,
    userPrincipalName: c.user?.upn ?? null,
    userDisplayName: c.user?.name ?? null,
    startDateTime: c.start.replace('Z', '.1234567Z'),
    endDateTime: new Date(startMs + c.durationSeconds * 1000).toISOString(),
    duration: c.durationSeconds,
    charge: c.charge,
    callType: c.callType,
    currency: c.currency,
    calleeNumber: c.calleeNumber,
    usageCountryCode: c.user?.location ?? null,
    tenantCountryCode: 'US',
    connectionCharge: c.connectionCharge,
    callerNumber: c.callerNumber,
    destinationContext: c.destinationContext,
    destinationName: c.destinationName,
    conferenceId: c.conferenceId,
    licenseCapability: c.capability,
    inventoryType: c.numberType,
    operator: 'Microsoft',
    callDurationSource: 'microsoft',
    ...extra,
  };
}

/** The export rounds amounts to numeric(16,2). */
function twoDecimals(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

export function exportRecord(c: CallSpec): ExportRecord {
  const startMs = Date.parse(c.start);
  return {
    UsageId: c.usageId,
    'Call ID': c.callId,
    'Conference ID': c.conferenceId ?? '',
    'User Location': c.user?.location ?? '',
    'AAD ObjectId': c.user?.id ?? '',
    UPN: c.user?.upn ?? '',
    'User Display Name': c.user?.name ?? '',
    'Caller ID': c.callerNumber,
    'Call Type': c.callType,
    'Number Type': c.numberType ?? '',
    'Domestic/International': c.destinationContext ?? '',
    'Destination Dialed': c.destinationName,
    'Destination Number': c.calleeNumber,
    'Start Time': c.start,
    'End Time': new Date(startMs + c.durationSeconds * 1000).toISOString().replace('.000Z', 'Z'),
    'Duration Seconds': String(c.durationSeconds),
    'Connection Fee': twoDecimals(c.connectionCharge),
    Charge: twoDecimals(c.charge),
    Currency: c.currency,
    Capability: c.capability,
  };
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function exportCsv(records: readonly ExportRecord[], columns: readonly string[] = EXPORT_COLUMNS): string {
  const lines = [columns.join(',')];
  for (const r of records) lines.push(columns.map((c) => csvField(r[c as ExportColumn] ?? '')).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const AVERY = { id: 'A0000000-0000-4000-8000-000000000001', upn: 'avery@contoso.example', name: 'Avery Chen', location: 'US' };
export const CAMILLE = { id: 'a0000000-0000-4000-8000-000000000002', upn: 'camille@contoso.example', name: 'Martin, Camille "Cami"', location: 'FR' };

export const CALLS: Record<string, CallSpec> = {
  ppmTollDialIn: {
    graphId: '9c4984c7-6c3c-427d-a30c-bd0b2eacee90',
    usageId: '11111111-0000-4000-8000-000000000001',
    callId: '1835317186_112562680@61.221.3.176',
    conferenceId: '482913557',
    user: AVERY,
    start: '2026-03-10T14:00:08Z',
    durationSeconds: 219,
    charge: 0.05,
    connectionCharge: 0,
    currency: 'USD',
    callType: 'conf_in',
    numberType: 'Toll',
    destinationContext: 'Domestic',
    destinationName: 'United States',
    callerNumber: '+12065550123',
    calleeNumber: '+14255550199',
    capability: 'MCOMEETACPEA',
  },
  tollFreeDialInUnnamed: {
    graphId: '9c4984c7-6c3c-427d-a30c-bd0b2eacee91',
    usageId: '11111111-0000-4000-8000-000000000002',
    callId: '1835317187_112562681@61.221.3.176',
    conferenceId: '482913557',
    user: null,
    start: '2026-03-10T14:02:00Z',
    durationSeconds: 1260,
    charge: 0.67,
    connectionCharge: 0,
    currency: 'USD',
    callType: 'conf_in',
    numberType: 'Toll free',
    destinationContext: 'International',
    destinationName: 'France',
    callerNumber: '+33123456789',
    calleeNumber: '+33805551234',
    capability: 'MCOMEETACPEA',
  },
  dialOutWithFee: {
    graphId: '9c4984c7-6c3c-427d-a30c-bd0b2eacee92',
    usageId: '11111111-0000-4000-8000-000000000003',
    callId: '1835317188_112562682@61.221.3.176',
    conferenceId: '482913999',
    user: CAMILLE,
    start: '2026-03-10T23:59:59Z',
    durationSeconds: 61,
    charge: 0.14,
    connectionCharge: 0.01,
    currency: 'EUR',
    callType: 'conf_out',
    numberType: null,
    destinationContext: 'International',
    destinationName: 'Hong Kong SAR China',
    callerNumber: '+33123456700',
    calleeNumber: '+85223456789',
    capability: 'MCOMEETACPEA',
  },
  autoAttendant: {
    graphId: '9c4984c7-6c3c-427d-a30c-bd0b2eacee93',
    usageId: '11111111-0000-4000-8000-000000000004',
    callId: 'aa-1',
    conferenceId: null,
    user: null,
    start: '2026-03-11T09:00:00Z',
    durationSeconds: 45,
    charge: 0.03,
    connectionCharge: 0,
    currency: 'USD',
    callType: 'ucap_in',
    numberType: 'TollFree',
    destinationContext: null,
    destinationName: 'United States',
    callerNumber: '+12065550000',
    calleeNumber: '+18005550100',
    capability: 'MCOEV_VIRTUALUSER',
  },
};
