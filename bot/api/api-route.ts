/**
 * How a route module mounts an /api/v1 route: one call declares who may call it (route-access.ts) and mounts the
 * handler. The handler receives the caller, their role and the size-capped body that the API gate established,
 * so it never resolves identity or reads the request stream itself.
 *
 *   apiRoute(api, { method: 'GET', path: '/api/v1/usage', access: 'reader', write: false }, async (req, res, call) => …);
 *   apiRoute(api, { method: 'POST', path: '/api/v1/rates', access: 'admin', write: true }, async (req, res, call) => …);
 *
 * For per-person data, check canReadUser(call.caller, call.role, userId) from authorization.ts.
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { AccessRole } from '../identity/access';
import type { Caller } from './caller';
import type { RouteAccess } from './authorization';
import type { ApiRouteRegistry, RouteSpec } from './route-access';
import { apiContextOf } from './api-gate';
import { guarded, type Handler } from './http-kit';
import { sendApiError } from './api-error';

export interface ApiKit {
  server: Server;
  routes: ApiRouteRegistry;
  logger: Logger;
}

export interface ApiCall {
  caller: Caller;
  role: AccessRole;
  body: unknown;
}

export type ApiCallHandler = (req: Request, res: Response, call: ApiCall) => Promise<void>;

export type CallerRouteSpec = RouteSpec & { access: Exclude<RouteAccess, 'public'> };
export type PublicRouteSpec = Omit<RouteSpec, 'access'>;

/** A route for signed-in callers (access 'user', 'reader' or 'admin'). */
export function apiRoute(kit: ApiKit, spec: CallerRouteSpec, handler: ApiCallHandler): void {
  kit.routes.declare(spec);
  mount(kit.server, spec, guarded(kit.logger, async (req, res) => {
    const context = apiContextOf(req);
    if (!context?.caller || !context.role) {
      // Only possible if the API gate is not installed: refuse rather than serve without a caller.
      kit.logger.error({ event: 'api.gate-missing', route: spec.path }, 'API route ran without the API gate');
      return sendApiError(req, res, 'internal');
    }
    await handler(req, res, { caller: context.caller, role: context.role, body: context.body });
  }));
}

/** A route anyone may call, such as the configuration the tab needs before sign-in. */
export function publicApiRoute(kit: ApiKit, spec: PublicRouteSpec, handler: (req: Request, res: Response, body: unknown) => Promise<void>): void {
  kit.routes.declare({ ...spec, access: 'public' });
  mount(kit.server, { ...spec, access: 'public' }, guarded(kit.logger, async (req, res) => handler(req, res, apiContextOf(req)?.body)));
}

function mount(server: Server, spec: RouteSpec, handler: Handler): void {
  switch (spec.method) {
    case 'GET':
      server.get(spec.path, handler);
      return;
    case 'HEAD':
      server.head(spec.path, handler);
      return;
    case 'POST':
      server.post(spec.path, handler);
      return;
    case 'PUT':
      server.put(spec.path, handler);
      return;
    case 'PATCH':
      server.patch(spec.path, handler);
      return;
    case 'DELETE':
      server.del(spec.path, handler);
      return;
  }
}
