import { Spinner } from '@fluentui/react-spinner';
import { ProblemMessage } from '../../shell/StatusScreens';
import { useStrings } from '../../shell/shellContext';
import type { ApiError } from '../../api/apiError';
import type { Loaded } from './useLoad';

/** What an API failure means for the reader. */
export function apiErrorText(t: ReturnType<typeof useStrings>, error: ApiError): string {
  if (error.kind === 'network') return t('errors.network');
  if (error.kind === 'forbidden') return t('settings.forbidden');
  if (error.kind === 'unauthorized') return t('auth.expired');
  return error.message || t('errors.server');
}

/** A spinner on the first load, or the failure with a retry; nothing once loaded. */
export function SectionState<T>({ loaded, onRetry }: { loaded: Loaded<T>; onRetry(): void }) {
  const t = useStrings();
  if (loaded.status === 'loading' && loaded.data === null) return <Spinner size="small" label={t('settings.loading')} />;
  if (loaded.status === 'error') return <ProblemMessage title={t('settings.loadFailed')} message={apiErrorText(t, loaded.error)} code={loaded.error.code} onRetry={onRetry} />;
  return null;
}
