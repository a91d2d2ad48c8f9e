import { createApiClient } from '../../tab/src/api/apiClient';
import { ApiError, AuthTokenError, parseApiError } from '../../tab/src/api/apiError';

interface Recorded {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: string, record: Recorded[] = []): typeof fetch {
  return async (input, init) => {
    record.push({ url: String(input), init: init ?? {} });
    return new Response(status === 204 ? null : body, { status, statusText: status === 200 ? 'OK' : 'Nope' });
  };
}

function headerOf(recorded: Recorded | undefined, name: string): string | null {
  return new Headers(recorded?.init.headers).get(name);
}

describe('parseApiError', () => {
  it.each([
    [401, '{"error":{"code":"token_invalid","message":"Jeton refusé"}}', 'unauthorized', 'token_invalid', 'Jeton refusé'],
    [403, '{"error":{"code":"tenant_not_served","message":"No"}}', 'forbidden', 'tenant_not_served', 'No'],
    [404, '{"error":{"code":"not_found","message":"Missing"}}', 'notFound', 'not_found', 'Missing'],
    [500, '{"error":{"code":"storage_unavailable","message":"Down","details":{"retry":true}}}', 'http', 'storage_unavailable', 'Down'],
    [502, '<html>Bad gateway</html>', 'http', 'http_502', 'Nope'],
    [500, '{"error":"flat string"}', 'http', 'http_500', 'Nope'],
    [503, '', 'http', 'http_503', 'Nope'],
  ])('reads a %i with body %j', (status, body, kind, code, message) => {
    const error = parseApiError(status, 'Nope', body);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind, status, code, message });
  });

  it('keeps the details of the error format', () => {
    expect(parseApiError(400, '', '{"error":{"code":"invalid","message":"Bad","details":{"field":"amount"}}}').details).toEqual({
      field: 'amount',
    });
  });
});

describe('createApiClient', () => {
  it('sends the Teams token, the language and JSON headers', async () => {
    const calls: Recorded[] = [];
    const api = createApiClient({
      fetchImpl: fakeFetch(200, '{"ok":true}', calls),
      getToken: async () => 'jwt-123',
      language: 'zh-TW',
    });
    await expect(api.get<{ ok: boolean }>('/me')).resolves.toEqual({ ok: true });
    expect(calls[0]?.url).toBe('/api/v1/me');
    expect(headerOf(calls[0], 'authorization')).toBe('Bearer jwt-123');
    expect(headerOf(calls[0], 'accept-language')).toBe('zh-TW');
    expect(headerOf(calls[0], 'x-demo-user')).toBeNull();
  });

  it('acts as another demo user with x-demo-user and sends no token', async () => {
    const calls: Recorded[] = [];
    const api = createApiClient({ fetchImpl: fakeFetch(200, '{}', calls), demoUser: 'a0000000-0000-4000-8000-000000000001' });
    await api.get('/me');
    expect(headerOf(calls[0], 'x-demo-user')).toBe('a0000000-0000-4000-8000-000000000001');
    expect(headerOf(calls[0], 'authorization')).toBeNull();
  });

  it('posts JSON with an idempotency key', async () => {
    const calls: Recorded[] = [];
    const api = createApiClient({ fetchImpl: fakeFetch(200, '{"id":"e1"}', calls) });
    await api.post('/credits/purchases', { amount: '100.00' }, { idempotencyKey: 'k-1' });
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{"amount":"100.00"}');
    expect(headerOf(calls[0], 'content-type')).toBe('application/json');
    expect(headerOf(calls[0], 'idempotency-key')).toBe('k-1');
  });

  it('turns a refused SSO token into AuthTokenError without calling the API', async () => {
    const calls: Recorded[] = [];
    const api = createApiClient({
      fetchImpl: fakeFetch(200, '{}', calls),
      getToken: async () => {
        throw new Error('resourceRequiresConsent');
      },
    });
    const failure = api.get('/me');
    await expect(failure).rejects.toBeInstanceOf(AuthTokenError);
    await expect(failure).rejects.toMatchObject({ reason: 'resourceRequiresConsent' });
    expect(calls).toHaveLength(0);
  });

  it('throws the API error format as ApiError', async () => {
    const api = createApiClient({ fetchImpl: fakeFetch(403, '{"error":{"code":"tenant_not_served","message":"No"}}') });
    await expect(api.get('/me')).rejects.toMatchObject({ kind: 'forbidden', status: 403, code: 'tenant_not_served' });
  });

  it('reports an unreachable service as a network error', async () => {
    const api = createApiClient({
      fetchImpl: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(api.get('/config')).rejects.toMatchObject({ kind: 'network', status: 0, code: 'network' });
  });

  it('rejects a 200 that is not JSON', async () => {
    const api = createApiClient({ fetchImpl: fakeFetch(200, '<html>login page</html>') });
    await expect(api.get('/me')).rejects.toMatchObject({ kind: 'http', code: 'invalid_json' });
  });

  it('answers undefined for 204 No Content', async () => {
    const api = createApiClient({ fetchImpl: fakeFetch(204, '') });
    await expect(api.request('DELETE', '/things/1')).resolves.toBeUndefined();
  });
});
