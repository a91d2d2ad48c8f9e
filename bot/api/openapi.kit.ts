/**
 * The pieces every part of the OpenAPI document (openapi.ts) is made of: $refs, JSON bodies, the one error format,
 * the Idempotency-Key and If-Match headers, and operation(), which adds what the API gate does on every route
 * (api-gate.ts): 401 and 403 for signed-in routes, 413 when there is a body, 429 always, and `x-ppm-access`, the
 * role the route declares (route-access.ts).
 */
import type { RouteAccess } from './authorization';
import { IDEMPOTENCY_KEY } from './routes/credits.mapping';

export type JsonObject = { readonly [key: string]: unknown };

export const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: JsonObject): JsonObject => ({ 'application/json': { schema } });
export const error = (description: string): JsonObject => ({ description, content: json(ref('ApiError')) });
export const nullableRef = (name: string): JsonObject => ({ nullable: true, allOf: [ref(name)] });
export const money = ref('MoneyJson');
export const TENANT_NOT_SET_UP = error('The caller’s tenant is not set up.');
/** A $ref with a description of its own ($ref siblings are ignored in OpenAPI 3.0). */
export const described = (schema: JsonObject, description: string): JsonObject => ({ allOf: [schema], description });
export const dateTime = { type: 'string', format: 'date-time' } as const;
export const date = { type: 'string', format: 'date' } as const;
export const nullableDateTime = { type: 'string', format: 'date-time', nullable: true } as const;

/** A 2xx answer with a JSON body. */
export const ok = (description: string, schema: JsonObject, headers?: JsonObject): JsonObject => ({
  description,
  ...(headers ? { headers } : {}),
  content: json(schema),
});

const header = (name: string): JsonObject => ({ $ref: `#/components/headers/${name}` });

/** The header a replayed write answers with (settings-idempotency.ts, credits.routes.ts). */
export const REPLAYED = { 'Idempotent-Replayed': header('IdempotentReplayed') };
export const ETAG = { ETag: header('ETag') };

export const queryParameter = (name: string, schema: JsonObject, description: string): JsonObject => ({ name, in: 'query', required: false, schema, description });

export const parameters = {
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source, minLength: 8, maxLength: 128 },
    description:
      'What the client generates per intended write (a UUID, typically). The same key with the same request replays the first answer with `Idempotent-Replayed: true` and changes nothing; with another request it is 409. Missing or malformed: 400 with the problem {path: "Idempotency-Key", code: "header-required"}.',
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: true,
    schema: { type: 'string' },
    description: 'The ETag of GET /api/v1/settings. Missing: 400 (header-required); not the current version (or not one of ours): 412 with the current version.',
  },
};

export const headers = {
  IdempotentReplayed: {
    description: 'Sent as `true` when this answer replays the first answer to the same Idempotency-Key; nothing was changed again.',
    schema: { type: 'string', enum: ['true'] },
  },
  ETag: { description: 'The settings version: send it back as If-Match.', schema: { type: 'string' } },
  RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
  Location: { description: 'Where to poll the job: /api/v1/jobs/{id}.', schema: { type: 'string' } },
};

export const IDEMPOTENCY_CONFLICT =
  'The Idempotency-Key was used for another request (used-for-another-request), or the first request with it is still running (in-progress, with Retry-After: 2).';

/** A 409 whose details.problems name what conflicted; `Retry-After` comes with in-progress. */
export const conflict = (description: string, retryAfter = false): JsonObject => ({
  description,
  ...(retryAfter ? { headers: { 'Retry-After': header('RetryAfter') } } : {}),
  content: json(ref('ApiError')),
});

const FORBIDDEN: Record<Exclude<RouteAccess, 'public'>, string> = {
  user: 'The tenant is not served.',
  reader: 'The tenant is not served, or the caller is an organizer: this needs the reader (Credits.Reader) or admin role.',
  admin: 'The tenant is not served, or the caller is not an admin.',
};

export interface OperationSpec {
  summary: string;
  description?: string;
  /** The route's declared access (route-access.ts), written as `x-ppm-access`. */
  access: RouteAccess;
  /** A write: needs the Idempotency-Key header. */
  write?: boolean;
  /** Also needs If-Match. */
  ifMatch?: boolean;
  parameters?: readonly JsonObject[];
  requestBody?: JsonObject;
  /** The route's own answers; a 403 here replaces the default one. */
  responses: Record<string, JsonObject>;
}

export function operation(spec: OperationSpec): JsonObject {
  const { access } = spec;
  const parameterRefs = [
    ...(spec.write ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ...(spec.ifMatch ? [{ $ref: '#/components/parameters/IfMatch' }] : []),
    ...(spec.parameters ?? []),
  ];
  return {
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    'x-ppm-access': spec.access,
    ...(access === 'public' ? { security: [] } : {}),
    ...(parameterRefs.length > 0 ? { parameters: parameterRefs } : {}),
    ...(spec.requestBody ? { requestBody: spec.requestBody } : {}),
    responses: {
      ...spec.responses,
      ...(access === 'public'
        ? {}
        : {
            '401': error('No valid sign-in (an Entra SSO token for this app in azure mode).'),
            '403': spec.responses['403'] ?? error(FORBIDDEN[access]),
          }),
      ...(spec.requestBody ? { '413': error('The body is larger than this route accepts.') } : {}),
      '429': { description: 'Too many requests.', headers: { 'Retry-After': header('RetryAfter') }, content: json(ref('ApiError')) },
      '503': {
        description:
          access === 'public'
            ? 'Storage is unreachable or busy (storageUnavailable); try again after Retry-After.'
            : "Our outage, not the caller's: Entra's signing keys cannot be read (signInUnavailable) or storage is unreachable or busy (storageUnavailable); try again after Retry-After.",
        headers: { 'Retry-After': header('RetryAfter') },
        content: json(ref('ApiError')),
      },
    },
  };
}

/** A required JSON body; `text` adds a text/csv alternative (any text/* body reaches the route as text). */
export function body(schema: JsonObject, text?: string): JsonObject {
  return {
    required: true,
    content: {
      'application/json': { schema },
      ...(text ? { 'text/csv': { schema: { type: 'string', description: text } } } : {}),
    },
  };
}

/** The error details of a refused request: one {path, code} per problem. */
export const PROBLEM = {
  type: 'object',
  required: ['path', 'code'],
  properties: { path: { type: 'string', description: 'The field, query parameter or header, dotted; "body" for the whole body.' }, code: { type: 'string' } },
} as const;
