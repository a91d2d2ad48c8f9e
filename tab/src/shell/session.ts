import type { MeResponse, PublicConfigResponse } from '../../../bot/api/contracts';
import { createApiClient, type ApiClient } from '../api/apiClient';
import { ApiError, AuthTokenError } from '../api/apiError';
import type { Host } from '../host/teamsHost';

export type SessionOutcome =
  | { kind: 'ready'; config: PublicConfigResponse; me: MeResponse; api: ApiClient }
  /** Standalone in azure mode: SSO only works inside Teams. */
  | { kind: 'openInTeams'; config: PublicConfigResponse }
  /** 'consent': Teams would not give a token. 'expired': the API refused the token it got (401). */
  | { kind: 'signInNeeded'; reason: 'consent' | 'expired'; detail: string }
  /** The API answered 403: the tenant is not served, or the user may not use the app. */
  | { kind: 'forbidden'; error: ApiError }
  | { kind: 'failed'; error: ApiError };

export interface SessionInput {
  host: Host;
  /** `?as=` on the page URL: local-mode demos and tests act as another demo user. */
  demoUser?: string | null;
  /** Strings language, sent as Accept-Language. */
  language: string;
  fetchImpl?: typeof fetch;
}

/**
 * Signs the user in and loads who they are: /config (public) decides how, then /me with the Teams token, or in
 * standalone local mode with no token (the API treats the caller as the demo identity).
 */
export async function openSession({ host, demoUser, language, fetchImpl }: SessionInput): Promise<SessionOutcome> {
  try {
    const publicApi = createApiClient({ language, fetchImpl });
    const config = await publicApi.get<PublicConfigResponse>('/config');
    if (host.kind === 'standalone' && config.mode === 'azure') return { kind: 'openInTeams', config };

    const api = createApiClient({
      language,
      fetchImpl,
      getToken: host.kind === 'teams' ? host.getToken : undefined,
      demoUser: host.kind === 'standalone' && config.mode === 'local' && demoUser ? demoUser : undefined,
    });
    const me = await api.get<MeResponse>('/me');
    return { kind: 'ready', config, me, api };
  } catch (error) {
    if (error instanceof AuthTokenError) return { kind: 'signInNeeded', reason: 'consent', detail: error.reason };
    if (error instanceof ApiError) {
      if (error.kind === 'unauthorized') return { kind: 'signInNeeded', reason: 'expired', detail: error.code };
      if (error.kind === 'forbidden') return { kind: 'forbidden', error };
      return { kind: 'failed', error };
    }
    throw error;
  }
}
