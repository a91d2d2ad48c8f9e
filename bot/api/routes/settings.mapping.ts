/** Settings answers → the wire (bot/api/contracts.ts): exact money as decimal strings, ISO dates, codes for problems. */
import { toMoneyJson } from '../../billing/money';
import type { LearnedRate } from '../../billing/rates/learned-rates';
import type { RateCardEntry } from '../../billing/rates/rate-card';
import type { Translator } from '../../i18n/i18n';
import type { AuditEntry } from '../../settings/audit-query';
import type { CsvLineError } from '../../settings/csv-line-error';
import type { PoliciesView, PolicyImportRow } from '../../settings/dial-out-policy-service';
import type { RatesView } from '../../settings/rate-card-service';
import { rateCardToCsv } from '../../billing/rates/rate-card-to-csv';
import type { RollupRebuildJob } from '../../settings/rollup-rebuild-jobs';
import { settingsChoices, settingsToForm } from '../../settings/settings-form';
import { toHttpEtag } from '../../settings/settings-etag';
import type { SettingsView } from '../../settings/tenant-settings-service';
import type {
  AuditEntryJson,
  CsvLineErrorJson,
  LearnedRateJson,
  PoliciesResponse,
  PolicyImportRowJson,
  RateJson,
  RatesResponse,
  RollupRebuildJobResponse,
  SettingsResponse,
} from '../contracts';

export function rollupRebuildJobResponse(job: RollupRebuildJob, t: Translator): RollupRebuildJobResponse {
  return {
    id: job.id,
    kind: 'rollup-rebuild',
    status: job.status,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    progress: job.progress,
    result: job.result,
    error: job.error,
    errorMessage: job.error ? t.t(`settings.jobErrors.${job.error}`) : null,
  };
}

export function settingsResponse(view: SettingsView): SettingsResponse {
  const { settings, etag } = view.versioned;
  return {
    settings: settingsToForm(settings),
    etag: toHttpEtag(etag),
    tenantName: settings.displayName,
    admins: view.admins.map((a) => ({ id: a.id, displayName: a.displayName, userPrincipalName: a.userPrincipalName, fromConfig: a.fromConfig })),
    choices: settingsChoices(settings.timeZone),
  };
}

export function rateJson(entry: RateCardEntry): RateJson {
  return {
    callKind: entry.callKind,
    country: entry.country,
    numberType: entry.numberType,
    effectiveFrom: entry.effectiveFrom,
    perMinute: toMoneyJson(entry.rate.perMinute),
    connectionFee: toMoneyJson(entry.rate.connectionFee),
  };
}

function learnedRateJson(rate: LearnedRate): LearnedRateJson {
  return {
    callKind: rate.callKind,
    country: rate.country,
    numberType: rate.numberType,
    perMinute: toMoneyJson(rate.rate.perMinute),
    connectionFee: toMoneyJson(rate.rate.connectionFee),
    sampleCalls: rate.sampleCalls,
    billedMinutes: Math.round((rate.billedSeconds / 60) * 100) / 100,
    from: rate.from,
    to: rate.to,
  };
}

export function ratesResponse(view: RatesView): RatesResponse {
  const sorted = view.card ? [...view.card.entries].sort((a, b) => a.country.localeCompare(b.country) || a.callKind.localeCompare(b.callKind) || (a.numberType ?? '').localeCompare(b.numberType ?? '')) : [];
  return {
    currency: view.currency,
    card: view.card ? { source: view.card.source, entries: sorted.map(rateJson), csv: rateCardToCsv({ source: view.card.source, entries: sorted }) } : null,
    learned: view.learned.map(learnedRateJson),
    learnedMinCalls: view.learnedMinCalls,
  };
}

export function lineErrorsJson(errors: readonly CsvLineError[]): CsvLineErrorJson[] {
  return errors.map((e) => ({ line: e.line, code: e.code, ...(e.column ? { column: e.column } : {}), ...(e.value !== undefined ? { value: e.value } : {}) }));
}

export function policiesResponse(view: PoliciesView): PoliciesResponse {
  return {
    global: { name: view.global.name, source: view.global.source, setAt: view.global.setAt, setBy: view.global.setBy ?? null },
    presets: view.presets.map((p) => ({ name: p.name, meetingDialOut: p.meetingDialOut, userPstn: p.userPstn })),
    assignments: view.assignments.map((a) => ({
      userId: a.userId,
      userPrincipalName: a.userPrincipalName,
      displayName: a.displayName,
      policyName: a.policyName,
      source: a.source,
      assignedAt: a.assignedAt,
    })),
  };
}

export function policyRowJson(row: PolicyImportRow): PolicyImportRowJson {
  return {
    line: row.line,
    userPrincipalName: row.userPrincipalName,
    userId: row.userId,
    displayName: row.displayName,
    policyName: row.policyName,
    current: row.current && { policyName: row.current.policyName, source: row.current.source, assignedAt: row.current.assignedAt },
    change: row.change,
  };
}

export function auditEntryJson(entry: AuditEntry): AuditEntryJson {
  const { record, actor } = entry;
  return {
    id: record.id,
    at: record.at,
    actor: actor && { id: actor.id, displayName: actor.displayName, userPrincipalName: actor.userPrincipalName },
    action: record.action,
    target: record.target,
    before: record.before,
    after: record.after,
  };
}
