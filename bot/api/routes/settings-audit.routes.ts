/**
 * The audit API (issue 9), for admins and readers:
 *   GET /api/v1/audit?from&to&page&pageSize   every change in the range (days in the tenant's time zone), newest first
 *   GET /api/v1/audit.csv?from&to             the same as CSV: UTF-8 with BOM, formula-injection-safe cells
 * Default range: the last 30 days.
 */
import type { Request } from 'restify';
import { addDays, isCalendarDate } from '../../billing/time';
import { translatorFor } from '../../i18n/i18n';
import { auditCsv } from '../../settings/audit-csv';
import { MAX_AUDIT_RANGE_DAYS, type AuditRange } from '../../settings/audit-query';
import type { AuditResponse } from '../contracts';
import { requestLocale, sendApiError } from '../api-error';
import { apiRoute } from '../api-route';
import { auditEntryJson } from './settings.mapping';
import type { Problems } from './settings-csv';
import type { SettingsRouteDeps } from './settings.routes';

const DEFAULT_DAYS = 30;
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

function queryOf(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

function rangeOf(q: URLSearchParams, today: string, problems: Problems): AuditRange {
  const to = q.get('to') ?? today;
  const from = q.get('from') ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (!isCalendarDate(from)) problems.push({ path: 'from', code: 'not-a-date' });
  if (!isCalendarDate(to)) problems.push({ path: 'to', code: 'not-a-date' });
  if (problems.length === 0) {
    if (from > to) problems.push({ path: 'from', code: 'after-to' });
    else if (from < addDays(to, -MAX_AUDIT_RANGE_DAYS)) problems.push({ path: 'from', code: 'range-too-long' });
  }
  return { from, to };
}

function intOf(q: URLSearchParams, name: string, fallback: number, max: number, problems: Problems): number {
  const text = q.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > max) problems.push({ path: name, code: 'out-of-range' });
  return value;
}

export function registerAuditRoutes(deps: SettingsRouteDeps): void {
  const { api } = deps;
  const today = () => deps.clock.now().toISOString().slice(0, 10);

  apiRoute(api, { method: 'GET', path: '/api/v1/audit', access: 'reader', write: false }, async (req, res, { caller }) => {
    const q = queryOf(req);
    const problems: Problems = [];
    const range = rangeOf(q, today(), problems);
    const page = intOf(q, 'page', 1, 100_000, problems);
    const pageSize = intOf(q, 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, problems);
    if (problems.length > 0) return sendApiError(req, res, 'badRequest', { problems });
    const found = await deps.audit.page(caller.tenantId, range, page, pageSize);
    if (!found) return sendApiError(req, res, 'notFound');
    const body: AuditResponse = { ...range, timeZone: found.timeZone, page, pageSize, total: found.total, entries: found.entries.map(auditEntryJson) };
    res.json(body);
  });

  apiRoute(api, { method: 'GET', path: '/api/v1/audit.csv', access: 'reader', write: false }, async (req, res, { caller }) => {
    const problems: Problems = [];
    const range = rangeOf(queryOf(req), today(), problems);
    if (problems.length > 0) return sendApiError(req, res, 'badRequest', { problems });
    const found = await deps.audit.entries(caller.tenantId, range);
    if (!found) return sendApiError(req, res, 'notFound');
    const t = translatorFor(requestLocale(req));
    const csv = auditCsv(found.entries, {
      at: t.t('settings.auditCsv.at'),
      actorId: t.t('settings.auditCsv.actorId'),
      actorName: t.t('settings.auditCsv.actorName'),
      actorUpn: t.t('settings.auditCsv.actorUpn'),
      action: t.t('settings.auditCsv.action'),
      target: t.t('settings.auditCsv.target'),
      before: t.t('settings.auditCsv.before'),
      after: t.t('settings.auditCsv.after'),
    });
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ppm-audit-${range.from}-${range.to}.csv"`,
      'Cache-Control': 'no-store',
    });
    res.end(csv);
  });
}
