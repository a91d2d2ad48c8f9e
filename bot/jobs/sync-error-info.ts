import { RestError } from '@azure/data-tables';
import { GraphFailure, GraphPermissionError, GraphRequestError, GraphUnavailableError } from '../graph/graph-errors';
import type { SyncErrorInfo } from '../store/sync-state-store';

/** What a failed sync records: a code the tab and /healthz can localize, never a message with secrets in it. */
export function syncErrorInfo(error: unknown, leaseLost: boolean): SyncErrorInfo {
  if (leaseLost) return { code: 'lease-lost' };
  if (error instanceof GraphPermissionError) return { code: error.code, permission: error.permission, httpStatus: 403 };
  if (error instanceof GraphRequestError) return { code: error.code, httpStatus: error.httpStatus };
  if (error instanceof GraphUnavailableError) return error.httpStatus === null ? { code: error.code } : { code: error.code, httpStatus: error.httpStatus };
  if (error instanceof GraphFailure) return { code: error.code };
  if (error instanceof RestError) return { code: 'storage', ...(error.statusCode ? { httpStatus: error.statusCode } : {}) };
  return { code: 'internal' };
}
