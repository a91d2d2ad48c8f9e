import { FluentProvider } from '@fluentui/react-provider';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '../ui/griffel';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ResolvedLocale } from '../../../bot/i18n/locale';
import { fluentThemeFor } from '../host/fluentTheme';
import type { Host, HostTheme } from '../host/teamsHost';
import { createFormatters } from '../locale/formatters';
import type { Translate } from '../strings/strings';
import { AppFrame } from './AppFrame';
import { openSession, type SessionOutcome } from './session';
import { SessionContext, StringsContext, type Session } from './shellContext';
import { LoadingScreen, OpenInTeamsScreen, ProblemScreen, SignInScreen } from './StatusScreens';

const useStyles = makeStyles({
  root: {
    minHeight: '100%',
    display: 'flex',
    flexDirection: 'column',
    // Teams draws tab content on the neutral page background; cards sit on Background1.
    backgroundColor: tokens.colorNeutralBackground3,
    '& > *': { flexGrow: 1 },
  },
});

export interface AppProps {
  host: Host;
  locale: ResolvedLocale;
  t: Translate;
  initialTheme: HostTheme;
  demoUser: string | null;
}

export function App({ host, locale, t, initialTheme, demoUser }: AppProps) {
  const styles = useStyles();
  const [theme, setTheme] = useState<HostTheme>(initialTheme);
  const [outcome, setOutcome] = useState<SessionOutcome | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (host.kind === 'teams') host.onThemeChange(setTheme);
  }, [host]);

  useEffect(() => {
    let current = true;
    setOutcome(null);
    openSession({ host, demoUser, language: locale.language }).then(
      (result) => {
        if (current) setOutcome(result);
      },
      (error: unknown) => {
        // openSession only rethrows what it does not understand: a bug, not a state to design for.
        console.error('sign-in failed unexpectedly', error);
      },
    );
    return () => {
      current = false;
    };
  }, [host, demoUser, locale.language, attempt]);

  useEffect(() => {
    if (outcome && host.kind === 'teams') host.notifyReady();
  }, [outcome, host]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const session = useMemo<Session | null>(
    () =>
      outcome?.kind === 'ready'
        ? {
            me: outcome.me,
            config: outcome.config,
            api: outcome.api,
            format: createFormatters({
              locale: locale.formatLocale,
              currency: outcome.me.currency,
              timeZone: outcome.me.timeZone,
            }),
          }
        : null,
    [outcome, locale.formatLocale],
  );

  return (
    <StringsContext.Provider value={t}>
      <FluentProvider theme={fluentThemeFor(theme)} className={styles.root} id="app-root" data-theme={theme}>
        {session ? (
          <SessionContext.Provider value={session}>
            <AppFrame />
          </SessionContext.Provider>
        ) : (
          <StatusScreen outcome={outcome} t={t} onRetry={retry} />
        )}
      </FluentProvider>
    </StringsContext.Provider>
  );
}

function StatusScreen({ outcome, t, onRetry }: { outcome: SessionOutcome | null; t: Translate; onRetry: () => void }) {
  switch (outcome?.kind) {
    case undefined:
    case 'ready':
      return <LoadingScreen label={t('status.signingIn')} />;
    case 'openInTeams':
      return <OpenInTeamsScreen />;
    case 'signInNeeded':
      return <SignInScreen reason={outcome.reason} onRetry={onRetry} />;
    case 'forbidden':
      return <ProblemScreen title={t('errors.forbiddenTitle')} message={t('errors.forbidden')} code={outcome.error.code} />;
    case 'failed':
      return (
        <ProblemScreen
          title={t('errors.title')}
          message={outcome.error.kind === 'network' ? t('errors.network') : t('errors.server')}
          code={outcome.error.code}
          onRetry={onRetry}
        />
      );
  }
}
