/**
 * Who is calling the API.
 * - Local mode: the demo identity (Dana), or the demo user named by the x-demo-user header.
 * - Azure mode: the validated Entra SSO token (tab-token-validator.ts); the tenant is its tid and the user its oid.
 *   The x-demo-user header is ignored there, with a warning, so a forgotten test header can never pick an identity.
 * The tenant always comes from the identity, never the query or the body.
 */
import type { Request } from 'restify';
import type { Logger } from 'pino';
import type { CallerIdentity } from '../identity/access';
import { DEMO_ADMIN, DEMO_TENANT_ID } from '../demo/demo-tenant';
import type { TabTokenValidator, TokenRejection } from './tab-token-validator';

export type Caller = CallerIdentity;

export type CallerFailure = 'unauthenticated' | 'tenantNotServed' | 'forbidden' | 'signInUnavailable';
export type CallerResult = { ok: true; caller: Caller } | { ok: false; code: CallerFailure };

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

/** What the API answers for each way a token can fail. A token without our scope is valid but not for us: 403. */
const FAILURE: Record<TokenRejection, CallerFailure> = {
  missing: 'unauthenticated',
  malformed: 'unauthenticated',
  unknownVersion: 'unauthenticated',
  issuer: 'unauthenticated',
  audience: 'unauthenticated',
  expired: 'unauthenticated',
  notYetValid: 'unauthenticated',
  signature: 'unauthenticated',
  claims: 'unauthenticated',
  tenantNotServed: 'tenantNotServed',
  scope: 'forbidden',
  keysUnavailable: 'signInUnavailable',
};

/** Azure mode: the caller is whoever the tab's SSO token says, once it is validated. */
export class TokenCallerResolver implements CallerResolver {
  constructor(
    private readonly validator: TabTokenValidator,
    private readonly logger: Logger,
  ) {}

  async resolve(req: Request): Promise<CallerResult> {
    if (req.headers['x-demo-user'] !== undefined) {
      this.logger.warn({ event: 'auth.demo-header-ignored', mode: 'azure' }, 'x-demo-user is honoured only in local mode');
    }
    const header = req.headers.authorization;
    const check = await this.validator.validateHeader(typeof header === 'string' ? header : undefined);
    if (!check.ok) {
      const level = check.reason === 'keysUnavailable' ? 'error' : 'info';
      this.logger[level]({ event: 'auth.token-rejected', reason: check.reason, route: req.getRoute()?.path }, 'tab token rejected');
      return { ok: false, code: FAILURE[check.reason] };
    }
    const { tenantId, userId, roles, wids } = check.token;
    return { ok: true, caller: { tenantId, userId, tokenRoles: roles, tokenWids: wids, source: 'token' } };
  }
}
