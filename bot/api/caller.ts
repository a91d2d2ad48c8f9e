/**
 * Who is calling the API. In local mode the caller is the demo identity (Dana), or the demo user named by the
 * x-demo-user header — honoured only in local mode. The tenant always comes from the identity, never the query.
 */
import type { Request } from 'restify';
import type { Logger } from 'pino';
import type { Mode } from '../config';
import { DEMO_ADMIN, DEMO_TENANT_ID } from '../demo/demo-tenant';

export interface Caller {
  tenantId: string;
  userId: string;
  /** Roles seen in a validated token (azure mode). */
  tokenRoles: string[];
  tokenWids: string[];
  source: 'demo' | 'token';
}

export type CallerResult = { ok: true; caller: Caller } | { ok: false; code: 'unauthenticated' | 'tenantNotServed' };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CallerResolver {
  resolve(req: Request): Promise<CallerResult>;
}

export class LocalDemoCallerResolver implements CallerResolver {
  async resolve(req: Request): Promise<CallerResult> {
    const header = req.headers['x-demo-user'];
    const requested = typeof header === 'string' && GUID.test(header.trim()) ? header.trim().toLowerCase() : undefined;
    return {
      ok: true,
      caller: { tenantId: DEMO_TENANT_ID, userId: requested ?? DEMO_ADMIN.aadObjectId, tokenRoles: [], tokenWids: [], source: 'demo' },
    };
  }
}

/** Until tab SSO validation is configured, azure mode refuses every API call rather than guessing. */
export class RefusingCallerResolver implements CallerResolver {
  constructor(private readonly logger: Logger, private readonly mode: Mode) {}
  async resolve(req: Request): Promise<CallerResult> {
    if (req.headers['x-demo-user']) {
      this.logger.warn({ event: 'auth.demo-header-ignored', mode: this.mode }, 'x-demo-user is honoured only in local mode');
    }
    return { ok: false, code: 'unauthenticated' };
  }
}
