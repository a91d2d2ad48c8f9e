import { createContext, useContext } from 'react';
import type { MeResponse, PublicConfigResponse } from '../../../bot/api/contracts';
import type { ApiClient } from '../api/apiClient';
import type { Formatters } from '../locale/formatters';
import type { Translate } from '../strings/strings';
import type { ViewId } from './navigation';

export const StringsContext = createContext<Translate | null>(null);

/** Everything a view needs once the user is signed in. */
export interface Session {
  me: MeResponse;
  config: PublicConfigResponse;
  api: ApiClient;
  format: Formatters;
}

export const SessionContext = createContext<Session | null>(null);

export function useStrings(): Translate {
  const t = useContext(StringsContext);
  if (!t) throw new Error('useStrings() outside StringsContext');
  return t;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside SessionContext');
  return session;
}

/** Lets a view send the user to another section (an empty balance links to Credits); no-op outside the frame. */
export const NavigationContext = createContext<(view: ViewId) => void>(() => undefined);

export function useOpenView(): (view: ViewId) => void {
  return useContext(NavigationContext);
}
