/**
 * The settings API (issue 9). Here the tenant settings; beside it the rate card (settings-rates.routes.ts), the dial-out
 * policies (settings-policies.routes.ts) and the audit (settings-audit.routes.ts), all mounted by registerSettingsRoutes.
 *   GET /api/v1/settings    the editable settings, the admins with their names, the choices; header ETag (admins, readers)
 *   PUT /api/v1/settings    If-Match (that ETag) and Idempotency-Key required (admins). 412 preconditionFailed when
 *                           someone else saved first, with their version and who saved it in details; a change of time
 *                           zone or source of truth answers with the roll-up rebuild job to poll at GET /api/v1/jobs/{id}
 */
import type { Clock } from '../../clock';
import { translatorFor } from '../../i18n/i18n';
import type { AuditQueryService } from '../../settings/audit-query';
import type { DialOutPolicyService } from '../../settings/dial-out-policy-service';
import type { IdempotencyStore } from '../../settings/idempotency-store';
import type { RateCardService } from '../../settings/rate-card-service';
import { settingsFormSchema } from '../../settings/settings-form';
import { fromHttpEtag } from '../../settings/settings-etag';
import type { TenantSettingsService } from '../../settings/tenant-settings-service';
import type { SettingsConflictJson, SettingsUpdateResponse } from '../contracts';
import { requestLocale, schemaProblems, sendApiError } from '../api-error';
import { apiRoute, type ApiKit } from '../api-route';
import { registerAuditRoutes } from './settings-audit.routes';
import { idempotentWrite } from './settings-idempotency';
import { registerPolicyRoutes } from './settings-policies.routes';
import { registerRateRoutes } from './settings-rates.routes';
import { rollupRebuildJobResponse, settingsResponse } from './settings.mapping';

export interface SettingsRouteDeps {
  api: ApiKit;
  clock: Clock;
  idempotency: Pick<IdempotencyStore, 'claim' | 'complete' | 'release'>;
  settings: Pick<TenantSettingsService, 'view' | 'edit' | 'lastChange'>;
  rates: Pick<RateCardService, 'view' | 'preview' | 'apply'>;
  policies: Pick<DialOutPolicyService, 'view' | 'setGlobal' | 'preview' | 'apply'>;
  audit: Pick<AuditQueryService, 'page' | 'entries'>;
}

/** The settings form is a few hundred bytes with a short admin list. */
const MAX_SETTINGS_BODY_BYTES = 32 * 1024;

export function registerSettingsRoutes(deps: SettingsRouteDeps): void {
  const { api } = deps;

  apiRoute(api, { method: 'GET', path: '/api/v1/settings', access: 'reader', write: false }, async (req, res, { caller }) => {
    const view = await deps.settings.view(caller.tenantId);
    if (!view) return sendApiError(req, res, 'notFound');
    const body = settingsResponse(view);
    res.header('ETag', body.etag);
    res.header('Cache-Control', 'no-store');
    res.json(body);
  });

  apiRoute(api, { method: 'PUT', path: '/api/v1/settings', access: 'admin', write: true, maxBodyBytes: MAX_SETTINGS_BODY_BYTES }, async (req, res, call) =>
    idempotentWrite(deps, req, res, call, 'PUT /api/v1/settings', async () => {
      const ifMatch = req.headers['if-match'];
      if (typeof ifMatch !== 'string') return { kind: 'refused', code: 'badRequest', details: { problems: [{ path: 'If-Match', code: 'header-required' }] } };
      const parsed = settingsFormSchema.safeParse(call.body);
      if (!parsed.success) {
        return { kind: 'refused', code: 'badRequest', details: { problems: schemaProblems(parsed.error.issues) } };
      }
      const { tenantId, userId } = call.caller;
      const now = deps.clock.now();
      const etag = fromHttpEtag(ifMatch);
      const outcome = etag ? await deps.settings.edit({ tenantId, actor: userId, form: parsed.data, etag, now }) : null;
      if (outcome?.kind === 'not-found') return { kind: 'refused', code: 'notFound' };
      if (outcome?.kind === 'invalid') return { kind: 'refused', code: 'badRequest', details: { problems: outcome.problems } };
      if (outcome === null || outcome.kind === 'conflict') {
        // An If-Match that is not one of ours can never match: the same answer as a lost race.
        const current = outcome?.current ?? (await deps.settings.view(tenantId));
        if (!current) return { kind: 'refused', code: 'notFound' };
        const details: SettingsConflictJson = { current: settingsResponse(current), lastChange: await deps.settings.lastChange(tenantId, now) };
        return { kind: 'refused', code: 'preconditionFailed', details };
      }
      const body: SettingsUpdateResponse = {
        ...settingsResponse(outcome.view),
        changed: outcome.changed,
        rebuildJob: outcome.rebuildJob && rollupRebuildJobResponse(outcome.rebuildJob, translatorFor(requestLocale(req))),
      };
      return { kind: 'ok', status: 200, body, headers: { ETag: body.etag } };
    }),
  );

  registerRateRoutes(deps);
  registerPolicyRoutes(deps);
  registerAuditRoutes(deps);
}
