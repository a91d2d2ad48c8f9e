/**
 * App-only access to Graph (architecture "Modes"): a client secret, or the managed identity, through @azure/identity,
 * with the authority host from config. Local mode pointed at a Graph-format server (tests, demos) sends no token:
 * Azure's identity library accepts only https authorities, and such a server is not Microsoft's.
 */
import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import type { AppConfig } from '../config';
import { GraphAuthError } from './graph-errors';

export const PUBLIC_GRAPH_BASE_URL = 'https://graph.microsoft.com';

export type GraphAuth =
  | { kind: 'client-secret'; tenantId: string; clientId: string; clientSecret: string; authorityHost: string }
  | { kind: 'managed-identity'; clientId: string | null }
  | { kind: 'none' };

/** How this deployment reaches Graph, or null when it does not (local mode with the public Graph URL). */
export function graphAuthFromConfig(config: AppConfig): GraphAuth | null {
  if (config.mode === 'local') return config.graph.baseUrl === PUBLIC_GRAPH_BASE_URL ? null : { kind: 'none' };
  if (config.aad.clientSecret) {
    return {
      kind: 'client-secret',
      tenantId: config.aad.tenantId,
      clientId: config.aad.clientId,
      clientSecret: config.aad.clientSecret,
      authorityHost: config.aad.authorityHost,
    };
  }
  return { kind: 'managed-identity', clientId: config.aad.clientId || null };
}

export function createTokenCredential(auth: GraphAuth): TokenCredential | null {
  switch (auth.kind) {
    case 'client-secret':
      return new ClientSecretCredential(auth.tenantId, auth.clientId, auth.clientSecret, { authorityHost: auth.authorityHost });
    case 'managed-identity':
      return auth.clientId ? new ManagedIdentityCredential({ clientId: auth.clientId }) : new ManagedIdentityCredential();
    case 'none':
      return null;
  }
}

/** The Graph client's AuthenticationProvider over a TokenCredential, asking for `<graph origin>/.default`. */
export function credentialAuthProvider(credential: TokenCredential, graphBaseUrl: string): AuthenticationProvider {
  const scope = `${new URL(graphBaseUrl).origin}/.default`;
  return {
    getAccessToken: async () => {
      try {
        const token = await credential.getToken(scope);
        if (!token) throw new GraphAuthError('no token');
        return token.token;
      } catch (error) {
        if (error instanceof GraphAuthError) throw error;
        // The credential's message can name the tenant and app, never the secret; keep only its kind.
        throw new GraphAuthError(`token request failed: ${error instanceof Error ? error.name : 'unknown'}`);
      }
    },
  };
}
