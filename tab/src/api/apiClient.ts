import { ApiError, AuthTokenError, networkError, parseApiError } from './apiError';

export interface ApiClientOptions {
  /** Origin-relative base of the REST API. */
  baseUrl?: string;
  /** Supplies the bearer token in Teams (teams-js SSO). Absent in standalone local mode. */
  getToken?: () => Promise<string>;
  /** Local mode only: act as another demo user (`?as=<aadObjectId>`), sent as `x-demo-user`. */
  demoUser?: string;
  /** The strings language, sent as Accept-Language so the API localizes its error messages. */
  language?: string;
  fetchImpl?: typeof fetch;
}

export interface RequestOptions {
  body?: unknown;
  /** For POSTs that must not be applied twice (a double click makes one entry). */
  idempotencyKey?: string;
  /** For edits of a versioned resource: the ETag it was read with (the API answers 412 if it changed since). */
  ifMatch?: string;
  signal?: AbortSignal;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The one way the tab talks to /api/v1: adds identity headers and turns every failure into ApiError/AuthTokenError. */
export interface ApiClient {
  request<T>(method: HttpMethod, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'body' | 'idempotencyKey'>): Promise<T>;
  post<T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  put<T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  /** A GET whose answer is not JSON (a CSV export), as text. */
  getText(path: string, options?: Omit<RequestOptions, 'body' | 'idempotencyKey' | 'ifMatch'>): Promise<string>;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const fetchImpl = options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));

  async function headersFor(request: RequestOptions): Promise<Headers> {
    const headers = new Headers({ accept: 'application/json' });
    if (options.language) headers.set('accept-language', options.language);
    if (options.demoUser) headers.set('x-demo-user', options.demoUser);
    if (request.body !== undefined) headers.set('content-type', 'application/json');
    if (request.idempotencyKey) headers.set('idempotency-key', request.idempotencyKey);
    if (request.ifMatch) headers.set('if-match', request.ifMatch);
    if (options.getToken) {
      let token: string;
      try {
        token = await options.getToken();
      } catch (cause) {
        throw new AuthTokenError(cause instanceof Error ? cause.message : String(cause));
      }
      headers.set('authorization', `Bearer ${token}`);
    }
    return headers;
  }

  /** The answer's text, or the ApiError it is. */
  async function send(method: HttpMethod, path: string, request: RequestOptions, keepBom = false): Promise<{ status: number; text: string }> {
    const headers = await headersFor(request);
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: request.signal,
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw networkError(cause);
    }
    // A CSV keeps its byte-order mark (spreadsheets read the encoding from it); response.text() would drop it.
    const text = keepBom
      ? await response.arrayBuffer().then((bytes) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), () => '')
      : await response.text().catch(() => '');
    if (!response.ok) throw parseApiError(response.status, response.statusText, text);
    return { status: response.status, text };
  }

  async function request<T>(method: HttpMethod, path: string, request: RequestOptions = {}): Promise<T> {
    const { status, text } = await send(method, path, request);
    if (status === 204 || text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError('http', status, 'invalid_json', 'The service sent a response that is not JSON.');
    }
  }

  return {
    request,
    get: (path, opts) => request('GET', path, opts),
    post: (path, body, opts) => request('POST', path, { ...opts, body }),
    put: (path, body, opts) => request('PUT', path, { ...opts, body }),
    getText: async (path, opts) => (await send('GET', path, opts ?? {}, true)).text,
  };
}
