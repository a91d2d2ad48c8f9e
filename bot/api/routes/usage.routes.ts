/**
 * The usage API (issue 6):
 *   GET  /api/v1/usage             totals and minutes by day, month, call kind, country, number type, organizer or
 *                                  conference, top N, month-to-date (admins and readers: the tenant; organizers: their own)
 *   POST /api/v1/imports/usage     an admin center PSTN usage export (zip or CSV, base64 in JSON, or a text/csv body) →
 *                                  202 with the job; the import runs in the background. Needs an Idempotency-Key (a
 *                                  double click or a retry answers the first job again and imports nothing twice); the
 *                                  upload and the job's outcome are audited
 *   GET  /api/v1/jobs/:id          a job's progress and result (admins and readers; others only their own jobs)
 * The tenant is always the caller's.
 */
import type { Request } from 'restify';
import { z } from 'zod';
import { translatorFor } from '../../i18n/i18n';
import type { JobStore } from '../../store/job-store';
import { USAGE_CALL_KINDS, type UsageCallKind } from '../../usage/pstn-call';
import { USAGE_GROUP_BYS, type UsageGroupBy } from '../../usage/usage-aggregate';
import type { UsageImportProgress, UsageImportResult, UsageImportService } from '../../usage/usage-import-service';
import type { UsageQueryService } from '../../usage/usage-query-service';
import { requestLocale, schemaProblems, sendApiError } from '../api-error';
import { apiRoute, type ApiKit } from '../api-route';
import { idempotentWrite, type IdempotentWriteDeps } from './settings-idempotency';
import { jobResponse, usageResponse } from './usage.mapping';

export interface UsageRouteDeps extends IdempotentWriteDeps {
  api: ApiKit;
  queries: Pick<UsageQueryService, 'query'>;
  importer: Pick<UsageImportService, 'start'>;
  jobs: Pick<JobStore, 'get'>;
  /** The largest upload accepted (the base64 JSON body). */
  maxImportBytes: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNTRY = /^[A-Za-z]{2}$/;
const importSchema = z.object({ fileName: z.string().max(260).optional(), contentBase64: z.string().min(1) }).strict();

/** The server has no query parser plugin; read parameters from the URL. */
function queryOf(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

type Problem = { path: string; code: string };

export function registerUsageRoutes(deps: UsageRouteDeps): void {
  const { api } = deps;

  apiRoute(api, { method: 'GET', path: '/api/v1/usage', access: 'user', write: false }, async (req, res, { caller, role }) => {
    const q = queryOf(req);
    const problems: Problem[] = [];
    const groupBy = (q.get('groupBy') ?? 'day') as UsageGroupBy;
    if (!USAGE_GROUP_BYS.includes(groupBy)) problems.push({ path: 'groupBy', code: 'unknown' });
    const callKinds = list(q.get('callKind')) as UsageCallKind[];
    if (callKinds.some((k) => !USAGE_CALL_KINDS.includes(k))) problems.push({ path: 'callKind', code: 'unknown' });
    const countries = list(q.get('country')).map((c) => c.toUpperCase());
    if (countries.some((c) => !COUNTRY.test(c))) problems.push({ path: 'country', code: 'not-iso-alpha-2' });
    const organizerParam = q.get('organizer');
    if (organizerParam !== null && !GUID.test(organizerParam)) problems.push({ path: 'organizer', code: 'not-a-user-id' });
    const topText = q.get('top') ?? '10';
    const top = Number(topText);
    if (!/^\d+$/.test(topText) || top < 1 || top > 100) problems.push({ path: 'top', code: 'out-of-range' });
    const ppmText = q.get('ppmOnly');
    if (ppmText !== null && ppmText !== 'true' && ppmText !== 'false') problems.push({ path: 'ppmOnly', code: 'not-boolean' });
    if (problems.length > 0) return sendApiError(req, res, 'badRequest', { problems });

    // Organizers see their own rows only; admins and readers the tenant's, optionally one organizer's.
    const own = role === 'organizer';
    if (own && organizerParam !== null && organizerParam.toLowerCase() !== caller.userId.toLowerCase()) return sendApiError(req, res, 'forbidden');
    const organizer = own ? caller.userId.toLowerCase() : (organizerParam?.toLowerCase() ?? null);
    const ppmOnly = ppmText === 'true';
    const range: { preset?: string; from?: string; to?: string } = {};
    for (const key of ['preset', 'from', 'to'] as const) {
      const value = q.get(key);
      if (value !== null) range[key] = value;
    }
    const outcome = await deps.queries.query({
      tenantId: caller.tenantId,
      range,
      groupBy,
      filter: { callKinds, countries, ppmOnly, ...(organizer ? { organizerId: organizer } : {}) },
      top,
    });
    if (!outcome.ok) return sendApiError(req, res, 'badRequest', { problems: [{ path: 'range', code: outcome.problem }] });
    res.json(usageResponse(outcome.answer, { scope: own ? 'own' : 'tenant', callKinds, countries, organizer, ppmOnly }));
  });

  apiRoute(
    api,
    { method: 'POST', path: '/api/v1/imports/usage', access: 'admin', write: true, maxBodyBytes: deps.maxImportBytes },
    async (req, res, call) =>
      idempotentWrite(deps, req, res, call, 'POST /api/v1/imports/usage', async () => {
        const { caller, body } = call;
        let bytes: Buffer;
        let fileName: string | null = null;
        if (typeof body === 'string') {
          bytes = Buffer.from(body, 'utf8');
        } else {
          const parsed = importSchema.safeParse(body);
          if (!parsed.success) return { kind: 'refused', code: 'badRequest', details: { problems: schemaProblems(parsed.error.issues) } };
          if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(parsed.data.contentBase64)) return { kind: 'refused', code: 'badRequest', details: { problems: [{ path: 'contentBase64', code: 'not-base64' }] } };
          bytes = Buffer.from(parsed.data.contentBase64, 'base64');
          fileName = parsed.data.fileName ?? null;
        }
        if (bytes.length === 0) return { kind: 'refused', code: 'badRequest', details: { problems: [{ path: 'contentBase64', code: 'empty' }] } };
        const job = await deps.importer.start(caller.tenantId, caller.userId, bytes, { fileName, audited: true });
        return { kind: 'ok', status: 202, body: jobResponse(job, translatorFor(requestLocale(req))), headers: { Location: `/api/v1/jobs/${job.id}` } };
      }),
  );

  apiRoute(api, { method: 'GET', path: '/api/v1/jobs/:id', access: 'user', write: false }, async (req, res, { caller, role }) => {
    const id = String((req.params as Record<string, unknown>).id ?? '');
    if (!GUID.test(id)) return sendApiError(req, res, 'notFound');
    const job = await deps.jobs.get<UsageImportProgress, UsageImportResult>(caller.tenantId, id);
    if (!job || (role === 'organizer' && job.createdBy.toLowerCase() !== caller.userId.toLowerCase())) return sendApiError(req, res, 'notFound');
    res.json(jobResponse(job, translatorFor(requestLocale(req))));
  });
}
