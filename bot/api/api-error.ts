/** The one error format of the API: { error: { code, message } }, with the message localized. */
import type { Request, Response } from 'restify';
import type { ApiErrorBody } from './contracts';
import { translatorFor } from '../i18n/i18n';
import { isStorageUnavailable } from '../store/table-store';

export type ApiErrorCode =
  | 'badRequest'
  | 'unauthenticated'
  | 'forbidden'
  | 'tenantNotServed'
  | 'notFound'
  | 'payloadTooLarge'
  | 'rateLimited'
  | 'conflict'
  | 'preconditionFailed'
  | 'internal'
  | 'storageUnavailable'
  | 'signInUnavailable';

const STATUS: Record<ApiErrorCode, number> = {
  badRequest: 400,
  unauthenticated: 401,
  forbidden: 403,
  tenantNotServed: 403,
  notFound: 404,
  payloadTooLarge: 413,
  rateLimited: 429,
  conflict: 409,
  preconditionFailed: 412,
  internal: 500,
  storageUnavailable: 503,
  signInUnavailable: 503,
};

/** A zod refusal as the API's problems: one {path, code: 'invalid'} per issue; 'body' for the body as a whole. */
export function schemaProblems(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>): Array<{ path: string; code: string }> {
  return issues.map((i) => ({ path: i.path.map(String).join('.') || 'body', code: 'invalid' }));
}

/** Every error code the API answers with (the OpenAPI document lists them). */
export const API_ERROR_CODES = Object.keys(STATUS) as ApiErrorCode[];

/** How long a client should wait after a 503: the outage is ours, and usually short. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

export function requestLocale(req: Request): string {
  const header = req.headers['accept-language'];
  const first = typeof header === 'string' ? header.split(',')[0]?.split(';')[0]?.trim() : undefined;
  return first || 'en-US';
}

export function apiErrorBody(code: ApiErrorCode, locale: string, details?: unknown): ApiErrorBody {
  return {
    error: { code, message: translatorFor(locale).t(`api.errors.${code}`), ...(details !== undefined ? { details } : {}) },
  };
}

export function sendApiError(req: Request, res: Response, code: ApiErrorCode, details?: unknown, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.status(STATUS[code]);
  res.json(apiErrorBody(code, requestLocale(req), details));
}

/** A request that failed on our side: 503 with Retry-After when storage is unreachable (it will come back), else 500. */
export function sendFailure(req: Request, res: Response, error: unknown): void {
  if (isStorageUnavailable(error)) {
    sendApiError(req, res, 'storageUnavailable', undefined, { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) });
    return;
  }
  sendApiError(req, res, 'internal');
}
