import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import type { CreditsResponse } from '../../../bot/api/contracts';
import { useSession, useStrings } from '../shell/shellContext';

const KNOWN_REASONS = ['graph-permission-missing', 'graph-auth-failed', 'graph-unavailable', 'graph-bad-response', 'storage', 'internal'] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];

const isKnown = (code: string): code is KnownReason => (KNOWN_REASONS as readonly string[]).includes(code);

/** The last sync failed: say so above everything else, with the reason and who can fix it. */
export function SyncFailure({ data }: { data: CreditsResponse['data'] }) {
  const t = useStrings();
  const { format } = useSession();
  if (!data.lastError) return null;
  const reason = isKnown(data.lastError)
    ? t(`overview.sync.reasons.${data.lastError}`)
    : t('overview.sync.reasons.other', { code: data.lastError });
  return (
    <MessageBar intent="error" layout="multiline" data-testid="sync-failure">
      <MessageBarBody>
        <MessageBarTitle>{t('overview.sync.failedTitle')}</MessageBarTitle>
        {reason}
        {data.lastErrorAt ? ` ${t('overview.sync.failedAt', { time: format.dateTime(data.lastErrorAt) })}` : ''}
      </MessageBarBody>
    </MessageBar>
  );
}
