/**
 * Every /api/v1 route declares who may call it and whether it changes data. The API gate (api-gate.ts) enforces the
 * declaration on every request and refuses routes that have none, and the auth matrix test walks every declared route
 * of the running server. Declare with apiRoute() (api-route.ts), which mounts and declares in one call.
 */
import type { RouteAccess } from './authorization';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec {
  method: HttpMethod;
  /** The restify path as mounted, with :params, e.g. /api/v1/usage/:month. */
  path: string;
  access: RouteAccess;
  /** Changes data: a Reader may never call it, and it needs the admin role unless access is 'user' (own data). */
  write: boolean;
  /** A larger body cap for this route (e.g. a CSV import); default API_MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

export const API_PREFIX = '/api/v1/';

export class RouteDeclarationError extends Error {
  constructor(spec: RouteSpec, why: string) {
    super(`${spec.method} ${spec.path}: ${why}`);
    this.name = 'RouteDeclarationError';
  }
}

export class ApiRouteRegistry {
  private readonly specs = new Map<string, RouteSpec>();

  declare(spec: RouteSpec): void {
    if (!spec.path.startsWith(API_PREFIX)) throw new RouteDeclarationError(spec, `API routes live under ${API_PREFIX}`);
    if ((spec.method === 'GET' || spec.method === 'HEAD') && spec.write) throw new RouteDeclarationError(spec, 'a GET never writes');
    if (spec.write && spec.access === 'reader') throw new RouteDeclarationError(spec, 'Credits.Reader is read-only; a write is admin or user');
    const key = keyOf(spec.method, spec.path);
    if (this.specs.has(key)) throw new RouteDeclarationError(spec, 'declared twice');
    this.specs.set(key, { ...spec });
  }

  find(method: string, path: string): RouteSpec | undefined {
    return this.specs.get(keyOf(method, path));
  }

  list(): RouteSpec[] {
    return [...this.specs.values()];
  }
}

function keyOf(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}
