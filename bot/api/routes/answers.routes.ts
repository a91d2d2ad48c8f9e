/**
 * The bot's answers over HTTP, for the tab and integrators (issue 5 item 5): the same answer model the cards are
 * made from, as JSON with money as MoneyJson.
 *   GET  /api/v1/eligibility?userId=   the checklist
 *   POST /api/v1/estimate              { durationMinutes, lines: [{ kind, count, country?, phoneNumber?, stayMinutes? }], userId? }
 *   POST /api/v1/dial-out-check        { phoneNumber } or { country }, and userId?
 *   GET  /api/v1/openapi.json          the OpenAPI 3 document of the whole /api/v1 API
 * A person may ask about themselves; admins and readers about anyone in their tenant (canReadUser).
 */
import type { Request, Response } from 'restify';
import type { Clock } from '../../clock';
import type { PpmConversationService } from '../../conversation/conversation-service';
import type { Answer } from '../../conversation/answer-model';
import type { ApiCall } from '../api-route';
import { apiRoute, publicApiRoute, type ApiKit } from '../api-route';
import { canReadUser } from '../authorization';
import { sendApiError } from '../api-error';
import { answerJson } from '../answer-json';
import { openApiDocument } from '../openapi';

export interface AnswersRouteDeps {
  api: ApiKit;
  answers: Pick<PpmConversationService, 'eligibility' | 'estimate' | 'dialOutCheck'>;
  clock: Clock;
  version: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A meeting estimate of the largest form is well under 4 KB. */
const MAX_ANSWER_BODY_BYTES = 16 * 1024;

export function registerAnswersRoutes(deps: AnswersRouteDeps): void {
  const { api } = deps;

  apiRoute(api, { method: 'GET', path: '/api/v1/eligibility', access: 'user', write: false }, async (req, res, call) => {
    const subject = subjectOf(req, res, call, queryParameter(req, 'userId'));
    if (subject === null) return;
    send(req, res, await deps.answers.eligibility(call.caller.tenantId, subject, deps.clock.now()));
  });

  apiRoute(
    api,
    { method: 'POST', path: '/api/v1/estimate', access: 'user', write: false, maxBodyBytes: MAX_ANSWER_BODY_BYTES },
    async (req, res, call) => {
      const subject = subjectOf(req, res, call, bodyField(call.body, 'userId'));
      if (subject === null) return;
      send(req, res, await deps.answers.estimate(call.caller.tenantId, subject, call.body, deps.clock.now()));
    },
  );

  apiRoute(
    api,
    { method: 'POST', path: '/api/v1/dial-out-check', access: 'user', write: false, maxBodyBytes: MAX_ANSWER_BODY_BYTES },
    async (req, res, call) => {
      const subject = subjectOf(req, res, call, bodyField(call.body, 'userId'));
      if (subject === null) return;
      send(req, res, await deps.answers.dialOutCheck(call.caller.tenantId, subject, call.body, deps.clock.now()));
    },
  );

  const document = openApiDocument(deps.version);
  publicApiRoute(api, { method: 'GET', path: '/api/v1/openapi.json', write: false }, async (_req, res) => {
    res.json(document);
  });
}

/** The server has no query parser plugin; read the one parameter from the URL. */
function queryParameter(req: Request, name: string): string | undefined {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get(name) ?? undefined;
}

function bodyField(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[name] : undefined;
}

/** Whose answer: the caller's own, or another person's when the caller may read it. Null when refused. */
function subjectOf(req: Request, res: Response, call: ApiCall, requested: unknown): string | null {
  if (requested === undefined || requested === '') return call.caller.userId;
  if (typeof requested !== 'string' || !GUID.test(requested)) {
    sendApiError(req, res, 'badRequest', { issues: [{ code: 'malformedSubmission', field: 'userId' }] });
    return null;
  }
  if (!canReadUser(call.caller, call.role, requested)) {
    sendApiError(req, res, 'forbidden');
    return null;
  }
  return requested.toLowerCase();
}

function send(req: Request, res: Response, answer: Answer): void {
  switch (answer.kind) {
    case 'unknownOrganizer':
      return sendApiError(req, res, 'notFound', { reason: answer.reason });
    case 'estimate':
    case 'dialOut':
      if (answer.issues.length > 0 || answer.missing.length > 0) {
        return sendApiError(req, res, 'badRequest', { issues: answer.issues, missing: answer.missing });
      }
      res.json(answerJson(answer));
      return;
    default:
      res.json(answerJson(answer));
  }
}
