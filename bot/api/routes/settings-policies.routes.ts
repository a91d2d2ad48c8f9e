/**
 * The dial-out policy API (issue 9):
 *   GET  /api/v1/policies                  the global policy, the 13 presets, the per-user assignments (admins, readers)
 *   PUT  /api/v1/settings/global-policy    {policyName}: one of the presets, stored with source 'admin' and the date
 *   POST /api/v1/policies/preview          a Get-CsOnlineUser export (UserPrincipalName,OnlineDialOutPolicy) → line
 *                                          errors (unknown people and policies too), or each row's change
 *   POST /api/v1/policies/apply            the CSV and the preview's fingerprint → every row stored with source 'import'
 * Writes are admin-only, need an Idempotency-Key and are audited.
 */
import { z } from 'zod';
import type { GlobalPolicyResponse, PolicyApplyResponse, PolicyPreviewResponse } from '../contracts';
import { sendApiError } from '../api-error';
import { apiRoute } from '../api-route';
import { idempotentWrite } from './settings-idempotency';
import { applyCsvOf, MAX_CSV_BODY_BYTES, previewCsvOf } from './settings-csv';
import { lineErrorsJson, policiesResponse, policyRowJson } from './settings.mapping';
import type { SettingsRouteDeps } from './settings.routes';

const globalPolicySchema = z.object({ policyName: z.string().min(1).max(100) }).strict();

export function registerPolicyRoutes(deps: SettingsRouteDeps): void {
  const { api } = deps;

  apiRoute(api, { method: 'GET', path: '/api/v1/policies', access: 'reader', write: false }, async (req, res, { caller }) => {
    const view = await deps.policies.view(caller.tenantId);
    if (!view) return sendApiError(req, res, 'notFound');
    res.json(policiesResponse(view));
  });

  apiRoute(api, { method: 'PUT', path: '/api/v1/settings/global-policy', access: 'admin', write: true }, async (req, res, call) =>
    idempotentWrite(deps, req, res, call, 'PUT /api/v1/settings/global-policy', async () => {
      const parsed = globalPolicySchema.safeParse(call.body);
      if (!parsed.success) return { kind: 'refused', code: 'badRequest', details: { problems: [{ path: 'policyName', code: 'invalid' }] } };
      const outcome = await deps.policies.setGlobal({ tenantId: call.caller.tenantId, actor: call.caller.userId, policyName: parsed.data.policyName, now: deps.clock.now() });
      switch (outcome.kind) {
        case 'not-found':
          return { kind: 'refused', code: 'notFound' };
        case 'unknown-policy':
          return { kind: 'refused', code: 'badRequest', details: { problems: [{ path: 'policyName', code: 'unknown-policy' }] } };
        case 'set': {
          const body: GlobalPolicyResponse = {
            global: { name: outcome.global.name, source: outcome.global.source, setAt: outcome.global.setAt, setBy: outcome.global.setBy ?? null },
          };
          return { kind: 'ok', status: 200, body };
        }
      }
    }),
  );

  apiRoute(
    api,
    { method: 'POST', path: '/api/v1/policies/preview', access: 'admin', write: false, maxBodyBytes: MAX_CSV_BODY_BYTES },
    async (req, res, { caller, body }) => {
      const upload = previewCsvOf(body);
      if (!upload.ok) return sendApiError(req, res, 'badRequest', { problems: upload.problems });
      const preview = await deps.policies.preview(caller.tenantId, upload.csv);
      const reply: PolicyPreviewResponse = preview.ok
        ? {
            ok: true,
            fingerprint: preview.fingerprint,
            rows: preview.rows.map(policyRowJson),
            counts: {
              new: preview.rows.filter((r) => r.change === 'new').length,
              changed: preview.rows.filter((r) => r.change === 'changed').length,
              unchanged: preview.rows.filter((r) => r.change === 'unchanged').length,
            },
          }
        : { ok: false, errors: lineErrorsJson(preview.errors) };
      res.json(reply);
    },
  );

  apiRoute(
    api,
    { method: 'POST', path: '/api/v1/policies/apply', access: 'admin', write: true, maxBodyBytes: MAX_CSV_BODY_BYTES },
    async (req, res, call) =>
      idempotentWrite(deps, req, res, call, 'POST /api/v1/policies/apply', async () => {
        const upload = applyCsvOf(call.body);
        if (!upload.ok) return { kind: 'refused', code: 'badRequest', details: { problems: upload.problems } };
        const outcome = await deps.policies.apply({ tenantId: call.caller.tenantId, actor: call.caller.userId, csv: upload.csv, fingerprint: upload.fingerprint, now: deps.clock.now() });
        switch (outcome.kind) {
          case 'invalid':
            return { kind: 'refused', code: 'badRequest', details: { errors: lineErrorsJson(outcome.errors) } };
          case 'preview-outdated':
            return { kind: 'refused', code: 'conflict', details: { problems: [{ path: 'fingerprint', code: 'preview-outdated' }] } };
          case 'applied': {
            const body: PolicyApplyResponse = {
              importedAt: outcome.importedAt,
              assignments: outcome.rows.length,
              changed: outcome.rows.filter((r) => r.change !== 'unchanged').length,
            };
            return { kind: 'ok', status: 200, body };
          }
        }
      }),
  );
}
