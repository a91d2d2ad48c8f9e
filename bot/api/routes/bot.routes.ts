/** POST /api/messages: the bot endpoint. Malformed activities get 400 before botbuilder sees them. */
import type { Request, Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { PpmBot } from '../../teams/ppm-bot';
import { checkActivity } from '../../teams/activity-guard';
import { readJsonBody } from '../read-body';
import { sendApiError } from '../api-error';
import { guarded } from '../http-kit';

export function registerBotRoutes(server: Server, deps: { adapter: CloudAdapter; bot: PpmBot; logger: Logger; maxBodyBytes: number }): void {
  server.post(
    '/api/messages',
    guarded(deps.logger, async (req, res) => {
      const body = await readJsonBody(req, deps.maxBodyBytes);
      if (!body.ok) return sendApiError(req, res, 'badRequest', { problem: body.problem });
      const check = checkActivity(body.value);
      if (!check.ok) return sendApiError(req, res, 'badRequest', { problems: check.problems });
      (req as Request & { body: unknown }).body = body.value;
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    }),
  );
}
