import { createRoot } from 'react-dom/client';
import { detectHost, toHostTheme, type HostTheme } from './host/teamsHost';
import { chooseLocale } from './locale/chooseLocale';
import { App } from './shell/App';
import { loadStrings } from './strings/strings';

/** Host, locale and strings come first: nothing is rendered until the user's language is known. */
async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const host = await detectHost();
  const locale = chooseLocale({
    hostLocale: host.kind === 'teams' ? host.locale : null,
    queryLang: params.get('lang'),
    browserLanguage: navigator.language,
  });
  // A failed language chunk (a deploy replaced it) falls back to English rather than a blank tab.
  const t = await loadStrings(locale.language).catch(() => loadStrings('en-US'));
  document.documentElement.lang = locale.language;
  document.title = t('app.documentTitle');

  // Standalone demos may preview a theme with ?theme=dark|contrast; in Teams the host decides.
  const initialTheme: HostTheme = host.kind === 'teams' ? host.theme : toHostTheme(params.get('theme'));
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <App host={host} locale={locale} t={t} initialTheme={initialTheme} demoUser={params.get('as')} />,
  );
}

start().catch((error: unknown) => {
  console.error('PPM Assistant could not start', error);
});
