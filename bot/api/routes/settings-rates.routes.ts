/**
 * The rate card API (issue 9):
 *   GET  /api/v1/rates           the admin's card and the learned rates beside it (admins and readers)
 *   POST /api/v1/rates/preview   a CSV → its line errors, or the diff against the current card and a fingerprint (admins)
 *   POST /api/v1/rates/apply     the CSV and that fingerprint → the card is replaced (admins, Idempotency-Key, audited)
 */
import type { RateApplyResponse, RatePreviewResponse } from '../contracts';
import { sendApiError } from '../api-error';
import { apiRoute } from '../api-route';
import { idempotentWrite } from './settings-idempotency';
import { applyCsvOf, MAX_CSV_BODY_BYTES, previewCsvOf } from './settings-csv';
import { lineErrorsJson, rateJson, ratesResponse } from './settings.mapping';
import type { SettingsRouteDeps } from './settings.routes';

export function registerRateRoutes(deps: SettingsRouteDeps): void {
  const { api } = deps;

  apiRoute(api, { method: 'GET', path: '/api/v1/rates', access: 'reader', write: false }, async (req, res, { caller }) => {
    const view = await deps.rates.view(caller.tenantId, deps.clock.now());
    if (!view) return sendApiError(req, res, 'notFound');
    res.json(ratesResponse(view));
  });

  apiRoute(
    api,
    { method: 'POST', path: '/api/v1/rates/preview', access: 'admin', write: false, maxBodyBytes: MAX_CSV_BODY_BYTES },
    async (req, res, { caller, body }) => {
      const upload = previewCsvOf(body);
      if (!upload.ok) return sendApiError(req, res, 'badRequest', { problems: upload.problems });
      const preview = await deps.rates.preview(caller.tenantId, upload.csv);
      if (!preview) return sendApiError(req, res, 'notFound');
      const reply: RatePreviewResponse = preview.ok
        ? {
            ok: true,
            fingerprint: preview.fingerprint,
            currency: preview.card.entries[0]?.rate.perMinute.currency ?? '',
            entries: preview.card.entries.length,
            added: preview.diff.added.map(rateJson),
            changed: preview.diff.changed.map((c) => ({ before: rateJson(c.before), after: rateJson(c.after) })),
            removed: preview.diff.removed.map(rateJson),
            unchanged: preview.diff.unchanged,
          }
        : { ok: false, errors: lineErrorsJson(preview.errors) };
      res.json(reply);
    },
  );

  apiRoute(
    api,
    { method: 'POST', path: '/api/v1/rates/apply', access: 'admin', write: true, maxBodyBytes: MAX_CSV_BODY_BYTES },
    async (req, res, call) =>
      idempotentWrite(deps, req, res, call, 'POST /api/v1/rates/apply', async () => {
        const upload = applyCsvOf(call.body);
        if (!upload.ok) return { kind: 'refused', code: 'badRequest', details: { problems: upload.problems } };
        const outcome = await deps.rates.apply({ tenantId: call.caller.tenantId, actor: call.caller.userId, csv: upload.csv, fingerprint: upload.fingerprint, now: deps.clock.now() });
        switch (outcome.kind) {
          case 'not-found':
            return { kind: 'refused', code: 'notFound' };
          case 'invalid':
            return { kind: 'refused', code: 'badRequest', details: { errors: lineErrorsJson(outcome.errors) } };
          case 'preview-outdated':
            return { kind: 'refused', code: 'conflict', details: { problems: [{ path: 'fingerprint', code: 'preview-outdated' }] } };
          case 'applied': {
            const body: RateApplyResponse = {
              appliedAt: outcome.appliedAt,
              entries: outcome.card.entries.length,
              added: outcome.diff.added.length,
              changed: outcome.diff.changed.length,
              removed: outcome.diff.removed.length,
            };
            return { kind: 'ok', status: 200, body };
          }
        }
      }),
  );
}
