/**
 * Graph `pstnCallLogRow` (domain-facts §6.1) → PstnCall. Graph's Double charges are converted once, here, with
 * moneyFromNumber (architecture "Money and time").
 */
import { moneyFromNumber, normalizeCurrency, type Money } from '../billing/money';
import { assembleCall, text } from './assemble-call';
import type { PstnCall } from './pstn-call';
import { problem, type Normalized } from './row-problem';
import { parseUtcInstantMs } from './utc-instant';

const CURRENCY_RE = /^[A-Za-z]{3}$/;

function amount(value: unknown, currency: string, field: string): Normalized<Money> {
  if (value === null || value === undefined) return { ok: true, value: moneyFromNumber(0, currency) };
  if (typeof value !== 'number' || !Number.isFinite(value)) return problem('invalid-amount', field);
  return { ok: true, value: moneyFromNumber(value, currency) };
}

export function normalizeGraphRow(raw: unknown, defaultCurrency: string): Normalized<PstnCall> {
  if (typeof raw !== 'object' || raw === null) return problem('invalid-value');
  const row = raw as Record<string, unknown>;
  const id = text(row.id);
  if (!id) return problem('missing-field', 'id');
  const callType = text(row.callType);
  if (!callType) return problem('missing-field', 'callType');
  const startText = text(row.startDateTime);
  if (!startText) return problem('missing-field', 'startDateTime');
  const startedAtMs = parseUtcInstantMs(startText);
  if (startedAtMs === null) return problem('invalid-date', 'startDateTime');
  const endText = text(row.endDateTime);
  const endedAtMs = endText === null ? null : parseUtcInstantMs(endText);
  if (endText !== null && endedAtMs === null) return problem('invalid-date', 'endDateTime');
  const duration = row.duration ?? 0;
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 0) return problem('invalid-duration', 'duration');

  const currencyText = text(row.currency);
  const charged = (typeof row.charge === 'number' && row.charge !== 0) || (typeof row.connectionCharge === 'number' && row.connectionCharge !== 0);
  if (currencyText !== null && !CURRENCY_RE.test(currencyText)) return problem('invalid-currency', 'currency');
  if (currencyText === null && charged) return problem('missing-field', 'currency');
  const currency = normalizeCurrency(currencyText ?? defaultCurrency);
  const charge = amount(row.charge, currency, 'charge');
  if (!charge.ok) return charge;
  const connectionCharge = amount(row.connectionCharge, currency, 'connectionCharge');
  if (!connectionCharge.ok) return connectionCharge;

  const units = Array.isArray(row.administrativeUnitInfos) && row.administrativeUnitInfos.length > 0 ? JSON.stringify(row.administrativeUnitInfos) : null;
  return {
    ok: true,
    value: assembleCall({
      source: 'graph',
      sourceRowId: id,
      callId: text(row.callId) ?? '',
      conferenceId: text(row.conferenceId),
      startedAtMs,
      endedAtMs,
      durationSeconds: duration,
      charge: charge.value,
      connectionCharge: connectionCharge.value,
      callType,
      numberTypeRaw: text(row.inventoryType),
      capability: text(row.licenseCapability) ?? '',
      destinationContext: text(row.destinationContext),
      destinationName: text(row.destinationName),
      usageCountryCode: text(row.usageCountryCode),
      tenantCountryCode: text(row.tenantCountryCode),
      otherPartyCountryCode: text(row.otherPartyCountryCode),
      callerNumber: text(row.callerNumber),
      calleeNumber: text(row.calleeNumber),
      userId: text(row.userId),
      userPrincipalName: text(row.userPrincipalName),
      userDisplayName: text(row.userDisplayName),
      operator: text(row.operator),
      callDurationSource: text(row.callDurationSource),
      administrativeUnitInfos: units,
    }),
  };
}
