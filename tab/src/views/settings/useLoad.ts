import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/apiError';
import { useSession } from '../../shell/shellContext';

export type Loaded<T> = { status: 'loading'; data: T | null } | { status: 'error'; error: ApiError; data: T | null } | { status: 'ready'; data: T };

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('http', 0, 'client', error instanceof Error ? error.message : String(error));
}

/** GETs a settings resource; reload() asks again and keeps the last answer on screen meanwhile. */
export function useLoad<T>(path: string): { loaded: Loaded<T>; reload(): void } {
  const { api } = useSession();
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: 'loading', data: null });
  useEffect(() => {
    let stale = false;
    setLoaded((current) => ({ status: 'loading', data: current.data }));
    api.get<T>(path).then(
      (data) => {
        if (!stale) setLoaded({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!stale) setLoaded((current) => ({ status: 'error', error: asApiError(error), data: current.data }));
      },
    );
    return () => {
      stale = true;
    };
  }, [api, path, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { loaded, reload };
}
