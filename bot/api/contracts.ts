/**
 * Request and response types of the tab's REST API (/api/v1/*). The tab imports these as types only.
 * Money travels as MoneyJson (a decimal string and a currency), never as a float.
 */

export type Mode = 'local' | 'azure';

/** One error format for the whole API: { error: { code, message } }, message localized. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** GET /api/v1/config — public, no token: what the tab needs before it can sign in. */
export interface PublicConfigResponse {
  mode: Mode;
  version: string;
  /** Entra app (client) id for teams-js SSO in azure mode. */
  appClientId?: string;
}

export type UserRole = 'admin' | 'reader' | 'organizer';

/** GET /api/v1/me — who the caller is, in which tenant, and what they may see. */
export interface MeResponse {
  tenantId: string;
  tenantName: string;
  userId: string;
  displayName: string;
  userPrincipalName?: string;
  /** Strongest role: admin > reader > organizer. */
  role: UserRole;
  locale?: string;
  mode: Mode;
  currency: string;
  timeZone: string;
}
