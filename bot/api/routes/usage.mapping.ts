/** Usage answers → the wire (bot/api/contracts.ts): exact money as decimal strings, problems with localized text. */
import { toMoneyJson, type Money } from '../../billing/money';
import type { Translator } from '../../i18n/i18n';
import type { JobRecord } from '../../store/job-store';
import type { UsageAmounts } from '../../usage/rollup';
import type { UsageGroup } from '../../usage/usage-aggregate';
import type { UsageImportProgress, UsageImportResult } from '../../usage/usage-import-service';
import type { UsageQueryAnswer } from '../../usage/usage-query-service';
import type { AnyJobResponse, JobResponse, UsageCallKindJson, UsageFiguresJson, UsageGroupJson, UsageResponse } from '../contracts';
import { isRollupRebuildJob } from '../../settings/rollup-rebuild-jobs';
import { rollupRebuildJobResponse } from './settings.mapping';

export function figuresJson(a: UsageAmounts, currency: string): UsageFiguresJson {
  const m = (micros: bigint): Money => ({ micros, currency });
  return {
    calls: a.calls,
    seconds: a.seconds,
    minutes: Math.round((a.seconds / 60) * 100) / 100,
    charge: toMoneyJson(m(a.charge)),
    connectionCharge: toMoneyJson(m(a.connection)),
    total: toMoneyJson(m(a.charge + a.connection)),
    creditCharge: toMoneyJson(m(a.credit)),
  };
}

function groupJson(g: UsageGroup, currency: string): UsageGroupJson {
  return {
    key: g.key,
    figures: figuresJson(g.amounts, currency),
    ...(g.organizer ? { organizer: { id: g.organizer.id, userPrincipalName: g.organizer.upn, displayName: g.organizer.name, attribution: g.organizer.attribution } } : {}),
    ...(g.firstCallAt ? { firstCallAt: g.firstCallAt } : {}),
    ...(g.lastCallAt ? { lastCallAt: g.lastCallAt } : {}),
  };
}

export function usageResponse(
  answer: UsageQueryAnswer,
  request: { scope: 'tenant' | 'own'; callKinds: UsageCallKindJson[]; countries: string[]; organizer: string | null; ppmOnly: boolean },
): UsageResponse {
  const { aggregate, currency } = answer;
  const ignored: string[] = [];
  if (answer.groupBy === 'conference') {
    if (request.callKinds.length > 0) ignored.push('callKind');
    if (request.countries.length > 0) ignored.push('country');
    if (request.ppmOnly) ignored.push('ppmOnly');
  }
  return {
    range: { from: answer.from, to: answer.to, preset: answer.preset },
    timeZone: answer.timeZone,
    currency,
    scope: request.scope,
    groupBy: answer.groupBy,
    filters: { callKind: request.callKinds, country: request.countries, organizer: request.organizer, ppmOnly: request.ppmOnly },
    ignoredFilters: ignored,
    totals: figuresJson(aggregate.totals, currency),
    groups: aggregate.groups.map((g) => groupJson(g, currency)),
    rest: aggregate.rest ? figuresJson(aggregate.rest, currency) : null,
    groupCount: aggregate.groupCount,
    otherCurrencies: aggregate.otherCurrencies.map((o) => ({ currency: o.currency, figures: figuresJson(o.amounts, o.currency) })),
    monthToDate: { from: answer.monthToDate.from, to: answer.monthToDate.to, figures: figuresJson(answer.monthToDate.amounts, currency) },
    data: {
      lastSyncAt: answer.freshness.lastSyncAt,
      newestCallAt: answer.freshness.newestCallAt,
      lastError: answer.freshness.lastError,
      lastErrorAt: answer.freshness.lastErrorAt,
    },
  };
}

/** Any job of the jobs table: usage imports here, roll-up rebuilds (settings) in settings.mapping.ts. */
export function jobResponse(job: JobRecord, t: Translator): AnyJobResponse {
  if (isRollupRebuildJob(job)) return rollupRebuildJobResponse(job, t);
  return usageImportJobResponse(job as JobRecord<UsageImportProgress, UsageImportResult>, t);
}

function usageImportJobResponse(job: JobRecord<UsageImportProgress, UsageImportResult>, t: Translator): JobResponse {
  const result = job.result
    ? {
        ...job.result,
        errors: job.result.errors.map((p) => ({
          line: p.line,
          reason: p.reason,
          ...(p.field ? { field: p.field } : {}),
          message: t.t(`usage.importErrors.${p.reason}`, { line: p.line, field: p.field ?? '' }),
        })),
      }
    : null;
  return {
    id: job.id,
    kind: 'usage-import',
    status: job.status,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    progress: job.progress,
    result,
    error: job.error,
    errorMessage: job.error ? t.t(`usage.jobErrors.${job.error}`) : null,
  };
}
