/**
 * One record of the Teams admin center PSTN usage export (domain-facts §7.5) → PstnCall. Amounts are numeric(16,2)
 * decimal strings and are parsed exactly. Timestamps are ISO 8601 UTC.
 */
import { InvalidAmountError, moneyFromDecimal, normalizeCurrency, type Money } from '../billing/money';
import { assembleCall, text } from './assemble-call';
import type { PstnCall } from './pstn-call';
import { problem, type Normalized } from './row-problem';
import { parseUtcInstantMs } from './utc-instant';

/** The PSTN export's columns, in the order the admin center writes them (§7.5). */
export const EXPORT_COLUMNS = [
  'UsageId',
  'Call ID',
  'Conference ID',
  'User Location',
  'AAD ObjectId',
  'UPN',
  'User Display Name',
  'Caller ID',
  'Call Type',
  'Number Type',
  'Domestic/International',
  'Destination Dialed',
  'Destination Number',
  'Start Time',
  'End Time',
  'Duration Seconds',
  'Connection Fee',
  'Charge',
  'Currency',
  'Capability',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Without these a row cannot be counted or priced; the others may be missing from a trimmed export. */
export const REQUIRED_EXPORT_COLUMNS: readonly ExportColumn[] = ['UsageId', 'Call Type', 'Start Time', 'Duration Seconds', 'Charge', 'Currency'];

export type ExportRecord = Partial<Record<ExportColumn, string>>;

const CURRENCY_RE = /^[A-Za-z]{3}$/;
const INTEGER_RE = /^\d+$/;

function amount(value: string | undefined, currency: string, column: ExportColumn, emptyIsZero: boolean): Normalized<Money> {
  const t = text(value);
  if (t === null) return emptyIsZero ? { ok: true, value: moneyFromDecimal('0', currency) } : problem('missing-field', column);
  try {
    return { ok: true, value: moneyFromDecimal(t, currency) };
  } catch (error) {
    if (error instanceof InvalidAmountError) return problem('invalid-amount', column);
    throw error;
  }
}

export function normalizeExportRecord(record: ExportRecord, defaultCurrency: string): Normalized<PstnCall> {
  const id = text(record.UsageId);
  if (!id) return problem('missing-field', 'UsageId');
  const callType = text(record['Call Type']);
  if (!callType) return problem('missing-field', 'Call Type');
  const startText = text(record['Start Time']);
  if (!startText) return problem('missing-field', 'Start Time');
  const startedAtMs = parseUtcInstantMs(startText);
  if (startedAtMs === null) return problem('invalid-date', 'Start Time');
  const endText = text(record['End Time']);
  const endedAtMs = endText === null ? null : parseUtcInstantMs(endText);
  if (endText !== null && endedAtMs === null) return problem('invalid-date', 'End Time');
  const durationText = text(record['Duration Seconds']) ?? '0';
  if (!INTEGER_RE.test(durationText) || durationText.length > 9) return problem('invalid-duration', 'Duration Seconds');

  const currencyText = text(record.Currency);
  if (currencyText !== null && !CURRENCY_RE.test(currencyText)) return problem('invalid-currency', 'Currency');
  const currency = normalizeCurrency(currencyText ?? defaultCurrency);
  const charge = amount(record.Charge, currency, 'Charge', false);
  if (!charge.ok) return charge;
  const connectionCharge = amount(record['Connection Fee'], currency, 'Connection Fee', true);
  if (!connectionCharge.ok) return connectionCharge;
  if (currencyText === null && (charge.value.micros !== 0n || connectionCharge.value.micros !== 0n)) return problem('missing-field', 'Currency');

  return {
    ok: true,
    value: assembleCall({
      source: 'export',
      sourceRowId: id,
      callId: text(record['Call ID']) ?? '',
      conferenceId: text(record['Conference ID']),
      startedAtMs,
      endedAtMs,
      durationSeconds: Number(durationText),
      charge: charge.value,
      connectionCharge: connectionCharge.value,
      callType,
      numberTypeRaw: text(record['Number Type']),
      capability: text(record.Capability) ?? '',
      destinationContext: text(record['Domestic/International']),
      destinationName: text(record['Destination Dialed']),
      usageCountryCode: text(record['User Location']),
      tenantCountryCode: null,
      otherPartyCountryCode: null,
      callerNumber: text(record['Caller ID']),
      calleeNumber: text(record['Destination Number']),
      userId: text(record['AAD ObjectId']),
      userPrincipalName: text(record.UPN),
      userDisplayName: text(record['User Display Name']),
      operator: null,
      callDurationSource: null,
      administrativeUnitInfos: null,
    }),
  };
}
