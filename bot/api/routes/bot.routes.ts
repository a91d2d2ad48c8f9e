/**
 * POST /api/messages: the bot endpoint. Malformed activities get 400 before botbuilder sees them; in azure mode a
 * missing or invalid Bot Framework token gets 401 (teams/adapter.ts).
 */
import type { Server } from 'restify';
import type { Activity } from 'botbuilder';
import type { PpmCloudAdapter } from '../../teams/adapter';
import type { Logger } from 'pino';
import type { PpmBot } from '../../teams/ppm-bot';
import { checkActivity } from '../../teams/activity-guard';
import { readJsonBody } from '../read-body';
import { sendApiError } from '../api-error';
import { guarded } from '../http-kit';

export function registerBotRoutes(server: Server, deps: { adapter: PpmCloudAdapter; bot: PpmBot; logger: Logger; maxBodyBytes: number }): void {
  server.post(
    '/api/messages',
    guarded(deps.logger, async (req, res) => {
      const body = await readJsonBody(req, deps.maxBodyBytes);
      if (!body.ok) return sendApiError(req, res, 'badRequest', { problem: body.problem });
      const check = checkActivity(body.value);
      if (!check.ok) return sendApiError(req, res, 'badRequest', { problems: check.problems });
      // Authenticated before the turn runs: a missing or bad Bot Framework token is a 401 in the error format.
      const header = req.headers.authorization;
      const outcome = await deps.adapter.processAuthenticatedTurn(body.value as Activity, typeof header === 'string' ? header : '', (context) =>
        deps.bot.run(context),
      );
      if (outcome.kind === 'unauthenticated') return sendApiError(req, res, 'unauthenticated', undefined, { 'WWW-Authenticate': 'Bearer' });
      if (outcome.kind === 'authUnavailable') return sendApiError(req, res, 'internal');
      res.status(outcome.status);
      if (outcome.body !== undefined) res.json(outcome.body);
      else res.end();
    }),
  );
}
