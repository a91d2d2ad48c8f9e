/** The API client's parts the settings view relies on: PUT with If-Match and an Idempotency-Key, and a CSV as text. */
import { createApiClient } from '../../tab/src/api/apiClient';
import { ApiError } from '../../tab/src/api/apiError';

type Recorded = { url: string; init: RequestInit };

function fakeFetch(status: number, body: string, record: Recorded[]): typeof fetch {
  return async (input, init) => {
    record.push({ url: String(input), init: init ?? {} });
    return new Response(body, { status });
  };
}

describe('API client for edits and exports', () => {
  it('PUTs JSON with If-Match and Idempotency-Key', async () => {
    const calls: Recorded[] = [];
    const api = createApiClient({ fetchImpl: fakeFetch(200, '{"changed":true}', calls) });
    await expect(api.put('/settings', { a: 1 }, { ifMatch: '"abc"', idempotencyKey: 'key-12345678' })).resolves.toEqual({ changed: true });
    const headers = new Headers(calls[0]?.init.headers);
    expect(calls[0]?.init.method).toBe('PUT');
    expect(calls[0]?.init.body).toBe('{"a":1}');
    expect(headers.get('if-match')).toBe('"abc"');
    expect(headers.get('idempotency-key')).toBe('key-12345678');
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('reads a 412 with its details', async () => {
    const api = createApiClient({ fetchImpl: fakeFetch(412, '{"error":{"code":"preconditionFailed","message":"Changed","details":{"current":{"etag":"\\"x\\""}}}}', []) });
    const error = await api.put('/settings', {}, { ifMatch: '"old"' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 412, code: 'preconditionFailed', details: { current: { etag: '"x"' } } });
  });

  it('gets a CSV as text, byte-order mark and all', async () => {
    const calls: Recorded[] = [];
    const api = createApiClient({ fetchImpl: fakeFetch(200, '\uFEFF"a","b"\r\n', calls), demoUser: 'a0000000-0000-4000-8000-000000000008' });
    await expect(api.getText('/audit.csv')).resolves.toBe('\uFEFF"a","b"\r\n');
    expect(new Headers(calls[0]?.init.headers).get('x-demo-user')).toBe('a0000000-0000-4000-8000-000000000008');
  });
});
