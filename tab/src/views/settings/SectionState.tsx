import { Spinner } from '@fluentui/react-spinner';
import type { ApiError } from '../../api/apiError';
import type { Resource } from '../../data/useApiGet';
import { useStrings } from '../../shell/shellContext';
import type { Translate } from '../../strings/strings';
import { ApiProblem } from '../../ui/ViewStates';

/** Why a write failed, for the admin: the API's own (localized) message when it sent one. */
export function apiErrorText(t: Translate, error: ApiError): string {
  if (error.kind === 'network') return t('errors.network');
  if (error.kind === 'forbidden') return t('settings.forbidden');
  if (error.kind === 'unauthorized') return t('auth.expired');
  return error.message || t('errors.server');
}

/** A spinner on the first load, or the failure with a retry; nothing once loaded. */
export function SectionState<T>({ resource, onRetry }: { resource: Resource<T>; onRetry(): void }) {
  const t = useStrings();
  if (resource.status === 'loading' && resource.previous === null) return <Spinner size="small" label={t('settings.loading')} />;
  if (resource.status === 'error') return <ApiProblem error={resource.error} onRetry={onRetry} />;
  return null;
}
