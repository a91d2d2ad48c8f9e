/**
 * The credits API (issue 6): GET /api/v1/credits (the labelled estimate and every figure with what it rests on),
 * GET /api/v1/credits/entries (the ledger) for admins and readers, and POST /api/v1/credits/entries for admins.
 * A POST needs an Idempotency-Key header: the same key again returns the first entry, so a double click or a retry
 * cannot make two purchases.
 */
import type { Clock } from '../../clock';
import type { CreditsService } from '../../credits/credits-service';
import type { LedgerService } from '../../credits/ledger-service';
import type { AlertService } from '../../credits/alert-service';
import { viewLedger } from '../../billing/ledger/ledger-view';
import type { LedgerEntriesResponse, LedgerEntryResponse } from '../contracts';
import { schemaProblems, sendApiError } from '../api-error';
import { apiRoute, type ApiKit } from '../api-route';
import { creditsResponse, ledgerContentFromRequest, ledgerEntryJson, newLedgerEntrySchema } from './credits.mapping';
import { idempotencyKeyOf } from './settings-idempotency';

export interface CreditsRouteDeps {
  api: ApiKit;
  credits: Pick<CreditsService, 'overview'>;
  ledger: Pick<LedgerService, 'record' | 'entries'>;
  alerts: Pick<AlertService, 'openAlerts'>;
  clock: Clock;
}

/** A ledger entry is a few hundred bytes; nothing legitimate comes near this. */
const MAX_ENTRY_BYTES = 4 * 1024;

export function registerCreditsRoutes(deps: CreditsRouteDeps): void {
  const { api } = deps;

  apiRoute(api, { method: 'GET', path: '/api/v1/credits', access: 'reader', write: false }, async (req, res, { caller }) => {
    const [overview, alerts] = await Promise.all([deps.credits.overview(caller.tenantId, deps.clock.now()), deps.alerts.openAlerts(caller.tenantId)]);
    if (!overview) return sendApiError(req, res, 'notFound');
    res.json(creditsResponse(overview, alerts));
  });

  apiRoute(api, { method: 'GET', path: '/api/v1/credits/entries', access: 'reader', write: false }, async (_req, res, { caller }) => {
    const entries = await deps.ledger.entries(caller.tenantId);
    const reversed = new Set(viewLedger(entries).reversedIds);
    const body: LedgerEntriesResponse = { entries: entries.map((entry) => ledgerEntryJson(entry, reversed)) };
    res.json(body);
  });

  apiRoute(
    api,
    { method: 'POST', path: '/api/v1/credits/entries', access: 'admin', write: true, maxBodyBytes: MAX_ENTRY_BYTES },
    async (req, res, { caller, body }) => {
      const key = idempotencyKeyOf(req);
      if (key === null) {
        return sendApiError(req, res, 'badRequest', { problems: [{ path: 'Idempotency-Key', code: 'header-required' }] });
      }
      const parsed = newLedgerEntrySchema.safeParse(body);
      if (!parsed.success) {
        return sendApiError(req, res, 'badRequest', { problems: schemaProblems(parsed.error.issues) });
      }
      const outcome = await deps.ledger.record({
        tenantId: caller.tenantId,
        actor: caller.userId,
        idempotencyKey: key,
        content: ledgerContentFromRequest(parsed.data),
        now: deps.clock.now(),
      });
      switch (outcome.kind) {
        case 'tenant-not-found':
          return sendApiError(req, res, 'notFound');
        case 'rejected':
          return sendApiError(req, res, 'badRequest', { problems: outcome.problems });
        case 'key-reused':
          return sendApiError(req, res, 'conflict', { problems: [{ path: 'Idempotency-Key', code: 'used-for-another-entry' }] });
        case 'created':
        case 'existing': {
          // A replayed entry may have been reversed since it was first recorded.
          const reversed = outcome.kind === 'existing' ? viewLedger(await deps.ledger.entries(caller.tenantId)).reversedIds : [];
          const reply: LedgerEntryResponse = { entry: ledgerEntryJson(outcome.entry, new Set(reversed)), created: outcome.kind === 'created' };
          // The same header the settings routes send on a replay, so the tab treats every replay alike.
          if (outcome.kind === 'existing') res.header('Idempotent-Replayed', 'true');
          res.status(outcome.kind === 'created' ? 201 : 200);
          res.json(reply);
          return;
        }
      }
    },
  );
}
