import type { ApiErrorBody } from '../../../bot/api/contracts';

/** Why a request failed, as the shell needs to tell it apart. */
export type ApiErrorKind =
  /** The service could not be reached at all (offline, DNS, CORS, aborted). */
  | 'network'
  /** The caller is not signed in or the token was refused (HTTP 401). */
  | 'unauthorized'
  /** Signed in, but not allowed: another tenant, or a role that may not see this (HTTP 403). */
  | 'forbidden'
  | 'notFound'
  /** Any other HTTP error, including a body that is not the API's error format. */
  | 'http';

/** Every failed API call surfaces as one of these; `code` and `message` come from `{ error: { code, message } }`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    /** HTTP status, 0 when the service was not reached. */
    readonly status: number,
    /** The API's machine-readable code, or `http_<status>` / `network` when the body had none. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The SSO token could not be obtained from the host (consent missing, user cancelled, host refused). */
export class AuthTokenError extends Error {
  override readonly name = 'AuthTokenError';

  constructor(readonly reason: string) {
    super(reason);
  }
}

function kindOfStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  return 'http';
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Turns a failed HTTP response (status and raw body text) into an ApiError, whatever the body holds. */
export function parseApiError(status: number, statusText: string, bodyText: string): ApiError {
  const kind = kindOfStatus(status);
  let parsed: unknown;
  try {
    parsed = bodyText ? JSON.parse(bodyText) : undefined;
  } catch {
    parsed = undefined;
  }
  if (isApiErrorBody(parsed)) {
    return new ApiError(kind, status, parsed.error.code, parsed.error.message, parsed.error.details);
  }
  const message = statusText || `HTTP ${status}`;
  return new ApiError(kind, status, `http_${status}`, message);
}

/** Anything a request threw, as an ApiError: an ApiError as it is, anything else as a client-side 'http' failure. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('http', 0, 'client', error instanceof Error ? error.message : String(error));
}

export function networkError(cause: unknown): ApiError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ApiError('network', 0, 'network', message);
}
