/**
 * GET requests to Microsoft Graph through @microsoft/microsoft-graph-client v3: authentication, the client's
 * RetryHandler for 429/503/504 (Retry-After honoured), and a bounded retry of its own for what the RetryHandler does
 * not cover (a dropped connection, a body cut off mid-way, a timeout). Every failure ends as a typed GraphFailure.
 */
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  ResponseType,
  type AuthenticationProvider,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { Logger } from 'pino';
import {
  GraphAuthError,
  GraphBadResponseError,
  GraphFailure,
  GraphPermissionError,
  GraphRequestError,
  GraphUnavailableError,
  type GraphResource,
} from './graph-errors';
import { createRetryHandler, DEFAULT_GRAPH_RETRY, type GraphRetrySettings } from './graph-retry';
import type { GraphErrorBody } from './graph-types';

export const GRAPH_VERSION = 'v1.0';

export interface GraphHttpOptions {
  /** e.g. https://graph.microsoft.com (config GRAPH_BASE_URL). */
  baseUrl: string;
  /** null: send no token (a local Graph-format server). */
  auth: AuthenticationProvider | null;
  retry?: GraphRetrySettings;
  /** Extra attempts after a transport failure or a cut-off body. */
  transportRetries?: number;
  requestTimeoutMs?: number;
  logger: Logger;
}

export class GraphHttp {
  private readonly client: Client;
  private readonly origin: string;
  private readonly retry: GraphRetrySettings;

  constructor(private readonly options: GraphHttpOptions) {
    this.retry = options.retry ?? DEFAULT_GRAPH_RETRY;
    const chain: Middleware[] = [];
    if (options.auth) chain.push(new AuthenticationHandler(options.auth));
    chain.push(createRetryHandler(this.retry), new HTTPMessageHandler());
    for (let i = 0; i < chain.length - 1; i += 1) chain[i]!.setNext?.(chain[i + 1]!);
    const base = new URL(options.baseUrl);
    this.origin = base.origin;
    this.client = Client.initWithMiddleware({
      middleware: chain[0]!,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      defaultVersion: GRAPH_VERSION,
      customHosts: new Set([base.host]),
    });
  }

  /**
   * A path under the version ('/users/x') or an absolute @odata.nextLink of the same host. The client only strips
   * https hosts itself, so an absolute link is made relative here, and a link to another host is refused.
   */
  private requestPath(pathOrLink: string): string {
    if (!/^https?:\/\//i.test(pathOrLink)) return pathOrLink;
    const url = new URL(pathOrLink);
    if (url.origin !== this.origin) throw new GraphBadResponseError(`nextLink points to another host: ${url.origin}`);
    return `${url.pathname.replace(/^\/(v1\.0|beta)(?=\/)/, '')}${url.search}`;
  }

  async getJson<T>(pathOrLink: string, resource: GraphResource, signal?: AbortSignal): Promise<T> {
    const path = this.requestPath(pathOrLink);
    const attempts = 1 + (this.options.transportRetries ?? 3);
    let last: GraphFailure | undefined;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        return await this.getOnce<T>(path, resource, signal);
      } catch (error) {
        if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
        const failure = toFailure(error);
        if (!failure.transient) throw failure;
        last = failure;
        this.options.logger.warn({ event: 'graph.retry', resource, attempt, code: failure.code, reason: failure.message }, 'Graph request failed; retrying');
        if (attempt < attempts) await this.retry.wait(this.retry.delaySeconds * 1000 * attempt);
      }
    }
    throw last!;
  }

  private async getOnce<T>(path: string, resource: GraphResource, signal?: AbortSignal): Promise<T> {
    const timeout = AbortSignal.timeout(this.options.requestTimeoutMs ?? 60_000);
    const combined = signal ? AbortSignal.any([timeout, signal]) : timeout;
    const response = (await this.client.api(path).responseType(ResponseType.RAW).option('signal', combined).get()) as Response;
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new GraphUnavailableError(`body not received: ${error instanceof Error ? error.message : String(error)}`, response.status);
    }
    if (!response.ok) throw errorFor(response.status, text, resource);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new GraphBadResponseError(`body is not JSON (${text.length} characters)`);
    }
  }
}

function graphCodeOf(body: string): string | null {
  try {
    return (JSON.parse(body) as GraphErrorBody).error?.code ?? null;
  } catch {
    return null;
  }
}

function errorFor(status: number, body: string, resource: GraphResource): GraphFailure {
  const code = graphCodeOf(body);
  if (status === 401) return new GraphAuthError(`Graph answered 401 ${code ?? ''}`.trim());
  if (status === 403) return new GraphPermissionError(resource, code);
  // The RetryHandler has already waited and retried these.
  if (status === 429 || status === 503 || status === 504) return new GraphUnavailableError(`Graph answered ${status} after retries`, status);
  return new GraphRequestError(status, code);
}

function toFailure(error: unknown): GraphFailure {
  if (error instanceof GraphFailure) return error;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Connection reset, socket hang-up, timeout: the Graph client wraps fetch's rejection in a GraphError.
  return new GraphUnavailableError(message, null);
}
