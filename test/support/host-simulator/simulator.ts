/**
 * Browser side of the Teams host simulator: iframes the tab and answers the teams-js 2.x postMessage protocol
 * (toolchain-notes "teams-js 2.58 outside Teams"): the tab posts {id, uuidAsString, func, args}; the host answers
 * {id, uuidAsString, args}; pushes from the host carry {func, args} and no id.
 */
import {
  DEFAULT_TENANT_ID,
  DEFAULT_USER_ID,
  type HostSimulatorApi,
  type SimulatedTheme,
} from './protocol';

interface TabRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
}

function isTabRequest(data: unknown): data is TabRequest {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { id?: unknown }).id === 'number' &&
    typeof (data as { func?: unknown }).func === 'string'
  );
}

function toTheme(value: string | null): SimulatedTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

function base64Url(value: object): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

const params = new URLSearchParams(window.location.search);
const tenantId = params.get('tid') ?? DEFAULT_TENANT_ID;
const userObjectId = params.get('user') ?? DEFAULT_USER_ID;
const locale = params.get('locale') ?? 'en-US';
let theme = toTheme(params.get('theme'));
let authFailure: string | null = params.get('authFailure');
const calls: string[] = [];

/** Shaped like an Entra v2 access token, unsigned: the simulator is no identity provider. */
function fakeToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    ver: '2.0',
    iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    aud: 'api://localhost/ppm-assistant',
    tid: tenantId,
    oid: userObjectId,
    name: params.get('name') ?? 'Simulated user',
    scp: 'access_as_user',
    iat: now,
    nbf: now,
    exp: now + 3600,
  };
  return `${base64Url({ alg: 'none', typ: 'JWT' })}.${base64Url(claims)}.host-simulator`;
}

/** The legacy (v1) context Teams sends for getContext; teams-js maps it to the v2 app/page/user shape. */
function legacyContext(): Record<string, unknown> {
  return {
    locale,
    theme,
    frameContext: 'content',
    hostClientType: 'web',
    hostName: 'Teams',
    entityId: 'credits-and-usage',
    userObjectId,
    userPrincipalName: params.get('upn') ?? 'simulated.user@contoso.example',
    loginHint: params.get('upn') ?? 'simulated.user@contoso.example',
    userDisplayName: params.get('name') ?? 'Simulated user',
    tid: tenantId,
    appSessionId: 'host-simulator-session',
    sessionId: 'host-simulator',
    isFullScreen: false,
    isMultiWindow: false,
  };
}

const frame = document.getElementById('tab') as HTMLIFrameElement;

function answer(request: TabRequest): unknown[] | undefined {
  switch (request.func) {
    case 'initialize':
      return ['content', 'web'];
    case 'getContext':
      return [legacyContext()];
    case 'authentication.getAuthToken':
      return authFailure === null ? [true, fakeToken()] : [false, authFailure];
    default:
      // registerHandler, appInitialization.*: one-way notifications.
      return undefined;
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== frame.contentWindow || !isTabRequest(event.data)) return;
  const request = event.data;
  calls.push(request.func);
  const args = answer(request);
  if (args) {
    (event.source as Window).postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, event.origin);
  }
});

const api: HostSimulatorApi = {
  calls,
  setTheme(next) {
    theme = next;
    frame.contentWindow?.postMessage({ func: 'themeChange', args: [next] }, window.location.origin);
  },
  setAuthFailure(reason) {
    authFailure = reason;
  },
};
(window as unknown as { hostSimulator: HostSimulatorApi }).hostSimulator = api;

frame.src = params.get('tab') ?? '/tab/';
