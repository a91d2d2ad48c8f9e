/** What the host simulator page is told through its URL, and what it exposes to tests as `window.hostSimulator`. */

export type SimulatedTheme = 'default' | 'dark' | 'contrast';

export interface HostPageOptions {
  /** Path of the tab on the same origin, with any query string. Default `/tab/`. */
  tabPath?: string;
  theme?: SimulatedTheme;
  /** app.locale as Teams sends it, e.g. zh-TW. */
  locale?: string;
  userObjectId?: string;
  tenantId?: string;
  displayName?: string;
  /** When set, authentication.getAuthToken fails with this reason (consent not granted, ...). */
  authFailure?: string;
}

export interface HostSimulatorApi {
  /** Every `func` the tab has sent, in order: initialize, getContext, authentication.getAuthToken, ... */
  readonly calls: string[];
  /** Pushes a theme change to the tab, as Teams does when the user switches theme. */
  setTheme(theme: SimulatedTheme): void;
  /** Makes later getAuthToken calls succeed (null) or fail with a reason. */
  setAuthFailure(reason: string | null): void;
}

export const DEFAULT_TENANT_ID = 'c0a70000-0000-4000-8000-000000000001';
/** Dana Admin, the demo tenant's credits admin. */
export const DEFAULT_USER_ID = 'a0000000-0000-4000-8000-000000000008';
