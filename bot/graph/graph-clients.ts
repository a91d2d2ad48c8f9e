/**
 * One GraphHttp per tenant: a client-secret credential is issued for a tenant, and a provider deployment may serve a
 * short list of them (architecture "Tenancy").
 */
import type { Logger } from 'pino';
import { createTokenCredential, credentialAuthProvider, type GraphAuth } from './graph-auth';
import { GraphHttp } from './graph-http';
import type { GraphRetrySettings } from './graph-retry';

export interface GraphClientsOptions {
  baseUrl: string;
  auth: GraphAuth;
  retry?: GraphRetrySettings;
  transportRetries?: number;
  requestTimeoutMs?: number;
  logger: Logger;
}

export class GraphClients {
  private readonly byTenant = new Map<string, GraphHttp>();

  constructor(private readonly options: GraphClientsOptions) {}

  forTenant(tenantId: string): GraphHttp {
    let http = this.byTenant.get(tenantId);
    if (!http) {
      const auth = this.options.auth.kind === 'client-secret' ? { ...this.options.auth, tenantId } : this.options.auth;
      const credential = createTokenCredential(auth);
      http = new GraphHttp({
        baseUrl: this.options.baseUrl,
        auth: credential ? credentialAuthProvider(credential, this.options.baseUrl) : null,
        ...(this.options.retry ? { retry: this.options.retry } : {}),
        ...(this.options.transportRetries !== undefined ? { transportRetries: this.options.transportRetries } : {}),
        ...(this.options.requestTimeoutMs !== undefined ? { requestTimeoutMs: this.options.requestTimeoutMs } : {}),
        logger: this.options.logger.child({ tenantId }),
      });
      this.byTenant.set(tenantId, http);
    }
    return http;
  }
}
