import { Spinner } from '@fluentui/react-spinner';
import { Tab, TabList } from '@fluentui/react-tabs';
import { Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '../ui/griffel';
import {
  CalendarPersonRegular,
  DataTrendingRegular,
  DataUsageRegular,
  SettingsRegular,
  WalletRegular,
} from '@fluentui/react-icons';
import { Suspense, useCallback, useMemo, useState, type ReactElement } from 'react';
import { AppHeader } from './AppHeader';
import { initialView, viewsForRole, type ViewId } from './navigation';
import { NavigationContext, useSession, useStrings } from './shellContext';
import { ProblemMessage } from './StatusScreens';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { VIEW_LABELS, lazyView } from './viewRegistry';

const ICONS: Record<ViewId, ReactElement> = {
  overview: <DataTrendingRegular />,
  usage: <DataUsageRegular />,
  credits: <WalletRegular />,
  settings: <SettingsRegular />,
  myMeetings: <CalendarPersonRegular />,
};

const useStyles = makeStyles({
  frame: { minHeight: '100%', display: 'flex', flexDirection: 'column' },
  top: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  // Narrow Teams panes (mobile, side-by-side) scroll the sections instead of clipping them.
  nav: { padding: `0 ${tokens.spacingHorizontalL}`, overflowX: 'auto' },
  main: {
    flexGrow: 1,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '1280px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
  loading: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXXL },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    color: tokens.colorNeutralForeground3,
  },
});

function readHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

/** The signed-in app: header, the sections this role may see, and the selected section (lazy-loaded). */
export function AppFrame() {
  const t = useStrings();
  const { me, config } = useSession();
  const styles = useStyles();
  const views = useMemo(() => viewsForRole(me.role), [me.role]);
  const [selected, setSelected] = useState<ViewId>(() => initialView(me.role, readHash()));
  const [attempt, setAttempt] = useState(0);
  const View = useMemo(() => lazyView(selected), [selected, attempt]);

  const select = useCallback(
    (id: ViewId): void => {
      if (!views.includes(id)) return;
      setSelected(id);
      window.history.replaceState(null, '', `#${id}`);
    },
    [views],
  );

  return (
    <div className={styles.frame}>
      <div className={styles.top}>
        <AppHeader />
        <nav className={styles.nav} aria-label={t('nav.label')}>
          <TabList
            selectedValue={selected}
            onTabSelect={(_, data) => select(data.value as ViewId)}
            appearance="subtle"
          >
            {views.map((id) => (
              <Tab key={id} id={`tab-${id}`} value={id} icon={ICONS[id]} aria-controls="view-panel">
                {t(VIEW_LABELS[id])}
              </Tab>
            ))}
          </TabList>
        </nav>
      </div>
      <main className={styles.main}>
        <div id="view-panel" role="tabpanel" aria-labelledby={`tab-${selected}`}>
        <ViewErrorBoundary
          key={`${selected}-${attempt}`}
          onRetry={() => setAttempt((n) => n + 1)}
          fallback={(retry) => (
            <ProblemMessage title={t('errors.viewTitle')} message={t('errors.view')} onRetry={retry} />
          )}
        >
          <NavigationContext.Provider value={select}>
            <Suspense
              fallback={
                <div className={styles.loading}>
                  <Spinner label={t('status.loadingView', { view: t(VIEW_LABELS[selected]) })} />
                </div>
              }
            >
              <View />
            </Suspense>
          </NavigationContext.Provider>
        </ViewErrorBoundary>
        </div>
      </main>
      <footer className={styles.footer}>
        <Caption1>{t('app.footerNote')}</Caption1>
        <Caption1>{t('app.version', { version: config.version })}</Caption1>
      </footer>
    </div>
  );
}
