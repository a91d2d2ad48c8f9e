import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/apiClient';
import { asApiError, type ApiError } from '../api/apiError';
import { useSession } from '../shell/shellContext';

export type Resource<T> =
  /** No request wanted (the path is null). */
  | { status: 'idle' }
  /** `previous` keeps the last answer on screen while a new range or filter loads. */
  | { status: 'loading'; previous: T | null }
  | { status: 'error'; error: ApiError; previous: T | null }
  | { status: 'ready'; data: T };

export interface ApiGet<T> {
  resource: Resource<T>;
  reload(): void;
}

/**
 * Views ask for the same path more than once at a time (a usage facet and the table grouped the same way): one
 * request serves every asker. Nothing is cached once it settles.
 */
const inFlight = new WeakMap<ApiClient, Map<string, Promise<unknown>>>();

function sharedGet<T>(api: ApiClient, path: string): Promise<T> {
  let byPath = inFlight.get(api);
  if (!byPath) inFlight.set(api, (byPath = new Map()));
  const existing = byPath.get(path);
  if (existing) return existing as Promise<T>;
  const request = api.get<T>(path).finally(() => byPath?.delete(path));
  byPath.set(path, request);
  return request;
}

/** GETs `path` with the session's API client, again whenever `path` changes; stale answers are dropped. */
export function useApiGet<T>(path: string | null): ApiGet<T> {
  const { api } = useSession();
  const [attempt, setAttempt] = useState(0);
  const [resource, setResource] = useState<Resource<T>>(() => (path === null ? { status: 'idle' } : { status: 'loading', previous: null }));

  useEffect(() => {
    if (path === null) {
      setResource({ status: 'idle' });
      return undefined;
    }
    // Shared requests are not aborted (another view part may be waiting); a stale answer is dropped instead.
    let stale = false;
    setResource((current) => ({ status: 'loading', previous: previousOf(current) }));
    sharedGet<T>(api, path).then(
      (data) => {
        if (!stale) setResource({ status: 'ready', data });
      },
      (error: unknown) => {
        if (stale) return;
        setResource((current) => ({
          status: 'error',
          error: asApiError(error),
          previous: previousOf(current),
        }));
      },
    );
    return () => {
      stale = true;
    };
  }, [api, path, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { resource, reload };
}

function previousOf<T>(resource: Resource<T>): T | null {
  if (resource.status === 'ready') return resource.data;
  return resource.status === 'idle' ? null : resource.previous;
}

/** The data to show: the answer, or the previous one while reloading. */
export function shownData<T>(resource: Resource<T>): T | null {
  return previousOf(resource);
}
