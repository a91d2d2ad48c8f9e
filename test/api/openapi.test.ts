/**
 * GET /api/v1/openapi.json describes the whole API: every route the running server declares (its route registry) has
 * an operation with a 2xx answer and the access it declares (`x-ppm-access`), every write asks for an Idempotency-Key,
 * and the document holds together (refs resolve, parameters and responses are complete). No validator package: the
 * checks below are the parts of OpenAPI 3.0 the tab and integrators rely on.
 */
import { startTestService, type TestService } from '../support/service';
import type { RouteSpec } from '../../bot/api/route-access';
import { IDEMPOTENCY_KEY } from '../../bot/api/routes/credits.mapping';

type JsonObject = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const ACCESS = ['public', 'user', 'reader', 'admin'];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown, key: string): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const found = value[key];
  return isObject(found) ? found : undefined;
}

/** restify's /api/v1/jobs/:id is OpenAPI's /api/v1/jobs/{id}. */
const openApiPath = (restifyPath: string) => restifyPath.replace(/:(\w+)/g, '{$1}');

describe('OpenAPI document (/api/v1/openapi.json)', () => {
  let service: TestService;
  let doc: JsonObject;
  let routes: RouteSpec[];

  beforeAll(async () => {
    service = await startTestService();
    const response = await fetch(`${service.baseUrl}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    doc = (await response.json()) as JsonObject;
    routes = service.app.apiRoutes.list();
  });
  afterAll(async () => {
    await service.stop();
  });

  /** A local "#/…" JSON pointer's target, or undefined when it points nowhere. */
  function pointer(ref: string): unknown {
    if (!ref.startsWith('#/')) return undefined;
    let node: unknown = doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(node) || !(key in node)) return undefined;
      node = node[key];
    }
    return node;
  }

  /** The object itself, or what its $ref points to. */
  function resolved(value: unknown): JsonObject | undefined {
    if (isObject(value) && typeof value.$ref === 'string') {
      const target = pointer(value.$ref);
      return isObject(target) ? target : undefined;
    }
    return isObject(value) ? value : undefined;
  }

  function operationOf(spec: RouteSpec): JsonObject | undefined {
    return objectAt(objectAt(doc.paths, openApiPath(spec.path)), spec.method.toLowerCase());
  }

  function parametersOf(operation: JsonObject): JsonObject[] {
    const list = Array.isArray(operation.parameters) ? (operation.parameters as unknown[]) : [];
    return list.map((p) => resolved(p) ?? {});
  }

  function operations(): Array<{ path: string; method: string; operation: JsonObject }> {
    const found: Array<{ path: string; method: string; operation: JsonObject }> = [];
    for (const [path, item] of Object.entries(objectAt(doc, 'paths') ?? {})) {
      for (const method of METHODS) {
        const operation = objectAt(item, method);
        if (operation) found.push({ path, method, operation });
      }
    }
    return found;
  }

  it('is an OpenAPI 3.0 document of the whole API', () => {
    expect(doc.openapi).toMatch(/^3\.0\.\d+$/);
    expect(objectAt(doc, 'info')).toEqual(expect.objectContaining({ title: 'PPM Assistant API', version: 'test', description: expect.stringMatching(/whole \/api\/v1 API/) }));
    // The registry is what the server really serves: credits, usage, jobs, settings, rates, policies and audit too.
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /api/v1/credits', 'POST /api/v1/imports/usage', 'GET /api/v1/jobs/:id', 'PUT /api/v1/settings', 'POST /api/v1/policies/apply', 'GET /api/v1/audit.csv']),
    );
  });

  it('describes every route the server declares, with a 2xx answer and the access the route declares', () => {
    const problems: string[] = [];
    for (const spec of routes) {
      const name = `${spec.method} ${spec.path}`;
      const operation = operationOf(spec);
      if (!operation) {
        problems.push(`${name}: not described`);
        continue;
      }
      if (!Object.keys(objectAt(operation, 'responses') ?? {}).some((status) => /^2\d\d$/.test(status))) problems.push(`${name}: no 2xx answer`);
      // publicApiRoute records access 'public'; the document says so, and asks no sign-in there.
      if (operation['x-ppm-access'] !== spec.access) problems.push(`${name}: x-ppm-access ${String(operation['x-ppm-access'])}, declared ${spec.access}`);
      const noSignIn = Array.isArray(operation.security) && operation.security.length === 0;
      if (noSignIn !== (spec.access === 'public')) problems.push(`${name}: security does not match access ${spec.access}`);
    }
    expect(problems).toEqual([]);
  });

  it('describes no operation the server does not declare', () => {
    const declared = new Set(routes.map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`));
    const extra = operations()
      .map(({ path, method }) => `${method} ${path}`)
      .filter((key) => !declared.has(key));
    expect(extra).toEqual([]);
  });

  it('asks every write for a required Idempotency-Key and documents the replay header on its 2xx answers', () => {
    const writes = routes.filter((r) => r.write);
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/credits/entries', 'POST /api/v1/imports/usage', 'PUT /api/v1/settings', 'PUT /api/v1/settings/global-policy', 'POST /api/v1/rates/apply', 'POST /api/v1/policies/apply']),
    );
    const problems: string[] = [];
    for (const spec of writes) {
      const name = `${spec.method} ${spec.path}`;
      const operation = operationOf(spec) ?? {};
      const key = parametersOf(operation).find((p) => p.name === 'Idempotency-Key');
      if (!key || key.in !== 'header' || key.required !== true) problems.push(`${name}: no required Idempotency-Key header`);
      else if (objectAt(key, 'schema')?.pattern !== IDEMPOTENCY_KEY.source) problems.push(`${name}: Idempotency-Key pattern differs from IDEMPOTENCY_KEY`);
      const answers = Object.entries(objectAt(operation, 'responses') ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (!answers.some(([, response]) => objectAt(objectAt(resolved(response), 'headers'), 'Idempotent-Replayed'))) problems.push(`${name}: no Idempotent-Replayed header`);
    }
    expect(problems).toEqual([]);
  });

  it('asks for If-Match where the route reads it (PUT /api/v1/settings) and documents its 412', () => {
    const withIfMatch = operations()
      .filter(({ operation }) => parametersOf(operation).some((p) => p.name === 'If-Match' && p.in === 'header' && p.required === true))
      .map(({ path, method }) => `${method} ${path}`);
    expect(withIfMatch).toEqual(['put /api/v1/settings']);
    const put = objectAt(objectAt(doc.paths, '/api/v1/settings'), 'put');
    expect(Object.keys(objectAt(put, 'responses') ?? {})).toEqual(expect.arrayContaining(['200', '400', '409', '412', '413']));
  });

  it('holds together: operations have responses, parameters name/in/schema, path parameters match the path, every $ref resolves', () => {
    const problems: string[] = [];
    for (const { path, method, operation } of operations()) {
      const name = `${method} ${path}`;
      if (typeof operation.summary !== 'string' || operation.summary === '') problems.push(`${name}: no summary`);
      if (!ACCESS.includes(String(operation['x-ppm-access']))) problems.push(`${name}: x-ppm-access ${String(operation['x-ppm-access'])}`);
      const responses = Object.entries(objectAt(operation, 'responses') ?? {});
      if (responses.length === 0) problems.push(`${name}: no responses`);
      for (const [status, response] of responses) {
        if (!/^[1-5]\d\d$/.test(status) && status !== 'default') problems.push(`${name}: response key ${status}`);
        if (typeof resolved(response)?.description !== 'string') problems.push(`${name} ${status}: no description`);
      }
      const parameters = parametersOf(operation);
      for (const p of parameters) {
        if (typeof p.name !== 'string' || !['query', 'header', 'path', 'cookie'].includes(String(p.in)) || !isObject(p.schema)) {
          problems.push(`${name}: parameter ${JSON.stringify(p)} lacks name, in or schema`);
        }
        if (p.in === 'path' && p.required !== true) problems.push(`${name}: path parameter ${String(p.name)} not required`);
      }
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = parameters.filter((p) => p.in === 'path').map((p) => String(p.name)).sort();
      if (JSON.stringify(inPath) !== JSON.stringify(declared)) problems.push(`${name}: path parameters ${declared.join(',')} ≠ ${inPath.join(',')}`);
      const requestBody = resolved(operation.requestBody);
      if (operation.requestBody !== undefined && Object.keys(objectAt(requestBody, 'content') ?? {}).length === 0) problems.push(`${name}: request body without content`);
    }
    for (const [, ref] of JSON.stringify(doc).matchAll(/"\$ref":"([^"]*)"/g)) {
      if (pointer(ref!) === undefined) problems.push(`unresolved $ref ${ref!}`);
    }
    expect(problems).toEqual([]);
  });
});
