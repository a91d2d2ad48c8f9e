/**
 * Small pieces every route uses: the error guard and caller resolution. A route handler gets a validated Caller
 * whose tenant this deployment serves; the tenant id never comes from the query string or the body.
 */
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { Caller, CallerResolver } from './caller';
import { sendApiError, sendFailure } from './api-error';
import { apiContextOf } from './api-gate';

export type Handler = (req: Request, res: Response) => Promise<void>;
export type CallerHandler = (req: Request, res: Response, caller: Caller) => Promise<void>;

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

export interface CallerGate {
  callers: CallerResolver;
  tenantIds: readonly string[];
}

/**
 * Hands the handler a validated caller. On /api/v1 routes the API gate (api-gate.ts) has already resolved and
 * checked the caller; prefer apiRoute() (api-route.ts), which also declares the route's access.
 */
export function withCaller(gate: CallerGate, handler: CallerHandler): Handler {
  return async (req, res) => {
    const established = apiContextOf(req)?.caller;
    if (established) return handler(req, res, established);
    const result = await gate.callers.resolve(req);
    if (!result.ok) return sendApiError(req, res, result.code);
    if (!gate.tenantIds.includes(result.caller.tenantId)) return sendApiError(req, res, 'tenantNotServed');
    await handler(req, res, result.caller);
  };
}
