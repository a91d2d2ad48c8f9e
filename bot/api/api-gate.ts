/**
 * The one policy enforcement point of the API: a restify `use` handler that runs after routing and before every
 * /api/v1 route's handler. For each request it
 * 1. finds the route's declaration (route-access.ts) and refuses an undeclared route (403, logged as an error);
 * 2. rate-limits: public routes and failed sign-ins per client address, signed-in callers per tenant and user (429);
 * 3. resolves the caller from the validated token (401) in a served tenant (403 tenantNotServed);
 * 4. checks the route's role (403) and remembers the roles the token showed (role sightings);
 * 5. reads the body of POST/PUT/PATCH with the size cap (413) — so no write route can forget it.
 * Route handlers then read the result with apiContextOf(req).
 */
import type { Next, Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { AccessRole, AccessService } from '../identity/access';
import type { Caller, CallerResolver } from './caller';
import type { RateLimiter } from './rate-limiter';
import { API_PREFIX, type ApiRouteRegistry, type RouteSpec } from './route-access';
import { requireRole } from './authorization';
import { readApiBody } from './read-body';
import { sendApiError, sendFailure, UNAVAILABLE_RETRY_AFTER_SECONDS, type ApiErrorCode } from './api-error';

export interface ApiRequestContext {
  spec: RouteSpec;
  /** Absent on public routes. */
  caller?: Caller;
  role?: AccessRole;
  /** The parsed JSON body, the text of a text/* body, or undefined. */
  body: unknown;
}

export interface ApiGateDeps {
  routes: ApiRouteRegistry;
  callers: CallerResolver;
  tenantIds: readonly string[];
  access: AccessService;
  limiter: RateLimiter;
  maxBodyBytes: number;
  logger: Logger;
}

const contexts = new WeakMap<Request, ApiRequestContext>();

export function apiContextOf(req: Request): ApiRequestContext | undefined {
  return contexts.get(req);
}

export function createApiGate(deps: ApiGateDeps): (req: Request, res: Response, next: Next) => void {
  const served = new Set(deps.tenantIds.map((t) => t.toLowerCase()));
  const refuse = (req: Request, res: Response, code: ApiErrorCode, headers: Record<string, string> = {}): false => {
    sendApiError(req, res, code, undefined, headers);
    return false;
  };

  const enforce = async (req: Request, res: Response): Promise<boolean> => {
    const path = req.getRoute()?.path;
    if (typeof path !== 'string' || !path.startsWith(API_PREFIX)) return true;
    const spec = deps.routes.find(req.method ?? '', path);
    if (!spec) {
      deps.logger.error({ event: 'api.route-undeclared', method: req.method, route: path }, 'API route has no access declaration; refused');
      return refuse(req, res, 'forbidden');
    }
    const client = `ip:${clientAddress(req)}`;
    let context: ApiRequestContext = { spec, body: undefined };

    if (spec.access === 'public') {
      const decision = deps.limiter.take(client);
      if (!decision.allowed) return refuse(req, res, 'rateLimited', { 'Retry-After': String(decision.retryAfterSeconds) });
    } else {
      const blocked = deps.limiter.check(client);
      if (!blocked.allowed) return refuse(req, res, 'rateLimited', { 'Retry-After': String(blocked.retryAfterSeconds) });
      const result = await deps.callers.resolve(req);
      if (!result.ok) {
        if (result.code === 'unauthenticated') {
          deps.limiter.take(client);
          return refuse(req, res, 'unauthenticated', { 'WWW-Authenticate': 'Bearer' });
        }
        if (result.code === 'signInUnavailable') return refuse(req, res, result.code, { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) });
        return refuse(req, res, result.code);
      }
      const { caller } = result;
      if (!served.has(caller.tenantId.toLowerCase())) return refuse(req, res, 'tenantNotServed');
      const decision = deps.limiter.take(`user:${caller.tenantId}:${caller.userId}`);
      if (!decision.allowed) return refuse(req, res, 'rateLimited', { 'Retry-After': String(decision.retryAfterSeconds) });
      const role = await deps.access.roleOfCaller(caller);
      await deps.access.recordTokenSighting(caller);
      if (requireRole(role, spec.access) === 'deny') {
        deps.logger.info({ event: 'api.forbidden', route: path, method: spec.method, role, needed: spec.access }, 'role too weak for route');
        return refuse(req, res, 'forbidden');
      }
      context = { spec, caller, role, body: undefined };
    }

    if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
      const body = await readApiBody(req, spec.maxBodyBytes ?? deps.maxBodyBytes);
      if (!body.ok) return refuse(req, res, body.problem === 'tooLarge' ? 'payloadTooLarge' : 'badRequest');
      context.body = body.value;
    }
    contexts.set(req, context);
    return true;
  };

  return function apiGate(req: Request, res: Response, next: Next): void {
    enforce(req, res).then(
      (pass) => next(pass ? undefined : false),
      (error: unknown) => {
        deps.logger.error({ err: error, event: 'api.gate-failed', route: req.getRoute()?.path }, 'API gate failed');
        if (!res.headersSent) sendFailure(req, res, error);
        next(false);
      },
    );
  };
}

/**
 * The client's address: behind App Service's front end it is the last X-Forwarded-For entry (the one the front end
 * added; earlier ones are the client's own claim), else the socket's peer.
 */
function clientAddress(req: Request): string {
  const forwarded = req.headers['x-forwarded-for'];
  const last = typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined;
  const address = last || req.socket?.remoteAddress || 'unknown';
  // App Service appends the port ("203.0.113.7:51234"); an IPv6 address has several colons and no port.
  return /^[\d.]+:\d+$/.test(address) ? address.slice(0, address.lastIndexOf(':')) : address;
}
