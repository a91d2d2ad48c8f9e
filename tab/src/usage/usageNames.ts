import type { UsageCallKindJson, UsageGroupJson } from '../../../bot/api/contracts';
import { useSession, useStrings } from '../shell/shellContext';

const CALL_KINDS: readonly UsageCallKindJson[] = ['dial-in-toll', 'dial-in-toll-free', 'dial-out', 'user', 'bot', 'unassigned', 'direct-routing', 'unknown'];
const isCallKind = (key: string): key is UsageCallKindJson => (CALL_KINDS as readonly string[]).includes(key);

export interface UsageNames {
  callKind(key: string | null): string;
  country(code: string | null): string;
  organizer(group: UsageGroupJson): string;
  /** A meeting is known by its bridge conference id; shortened for display, whole in the CSV. */
  conference(group: UsageGroupJson): string;
}

/** Display names for group keys, in the user's language (countries through Intl.DisplayNames). */
export function useUsageNames(): UsageNames {
  const t = useStrings();
  const { format } = useSession();
  return {
    callKind: (key) => (key && isCallKind(key) ? t(`usage.kinds.${key}`) : t('usage.kinds.unknown')),
    country: (code) => (code ? format.country(code) : t('usage.names.unknownCountry')),
    organizer: (group) =>
      group.key === null
        ? t('usage.names.unattributed')
        : group.organizer?.displayName || group.organizer?.userPrincipalName || group.key,
    conference: (group) => (group.key === null ? t('usage.names.unknownConference') : t('usage.top.meeting', { id: shortId(group.key) })),
  };
}

export function shortId(id: string): string {
  return id.length > 10 ? `${id.slice(0, 8)}…` : id;
}
