/** The error guard every route handler runs inside (callers are resolved by the API gate, api-gate.ts). */
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import { sendFailure } from './api-error';

export type Handler = (req: Request, res: Response) => Promise<void>;

/** Every failure in a handler becomes the one error format, never a bare 500 page. */
export function guarded(logger: Logger, handler: Handler): Handler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      logger.error({ err: error, event: 'http.unhandled', route: req.getRoute()?.path }, 'request failed');
      if (!res.headersSent) sendFailure(req, res, error);
    }
  };
}

