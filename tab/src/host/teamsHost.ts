import { app, authentication } from '@microsoft/teams-js';

/** The three Teams themes (app.theme). Anything else is treated as 'default'. */
export type HostTheme = 'default' | 'dark' | 'contrast';

export interface TeamsHost {
  kind: 'teams';
  locale: string;
  theme: HostTheme;
  userId: string;
  tenantId?: string;
  /** Teams SSO token for the API (authentication.getAuthToken); rejects when consent or sign-in is needed. */
  getToken(): Promise<string>;
  onThemeChange(handler: (theme: HostTheme) => void): void;
  /** Tells Teams the tab has rendered, so it removes its loading indicator. */
  notifyReady(): void;
}

export interface StandaloneHost {
  kind: 'standalone';
}

export type Host = TeamsHost | StandaloneHost;

export function toHostTheme(value: string | undefined | null): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

/**
 * Outside Teams, app.initialize() rejects at once ("No Parent window found"): that is how standalone mode is detected,
 * with no timeout to wait out (toolchain-notes "teams-js 2.58 outside Teams").
 */
export async function detectHost(): Promise<Host> {
  try {
    await app.initialize();
  } catch {
    return { kind: 'standalone' };
  }
  const context = await app.getContext();
  let notified = false;
  return {
    kind: 'teams',
    locale: context.app.locale,
    theme: toHostTheme(context.app.theme),
    userId: context.user?.id ?? '',
    tenantId: context.user?.tenant?.id,
    getToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(toHostTheme(theme))),
    notifyReady: () => {
      if (notified) return;
      notified = true;
      app.notifyAppLoaded();
      app.notifySuccess().catch(() => undefined);
    },
  };
}
