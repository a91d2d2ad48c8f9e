/**
 * Local identity servers, so azure mode runs in tests with no internet:
 * - a local Entra: per-tenant OpenID configuration, JWKS (with key rotation), and a token endpoint (and a function)
 *   that mints tab SSO tokens with chosen claims in the v1 and v2 shapes;
 * - a local Bot Framework OpenID metadata document and JWKS (keys endorsed for msteams), and bot tokens
 *   (issuer https://api.botframework.com, audience = the bot's app id).
 * Both sign with their own RSA keys; "foreign" tokens are signed by a key the JWKS does not hold, under a kid it does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

let keyCounter = 0;

async function newSigningKey(prefix: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `${prefix}-${++keyCounter}`;
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig', kty: 'RSA' } };
}

async function sign(claims: Record<string, unknown>, key: SigningKey, kid = key.kid): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(key.privateKey);
}

interface JsonServer {
  base: string;
  requests: string[];
  close(): Promise<void>;
}

async function startJsonServer(route: (method: string, path: string, body: string) => Promise<{ status: number; json: unknown }>): Promise<JsonServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      requests.push(`${req.method} ${path}`);
      route(req.method ?? 'GET', path, Buffer.concat(chunks).toString('utf8')).then(
        ({ status, json }) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: String(error) }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------- Entra

export interface TabTokenOptions {
  tenantId: string;
  /** The user's object id (oid). */
  userId: string;
  version?: '1.0' | '2.0';
  /** Default: the app ID URI for v1, the client id for v2 (as Entra issues them). */
  audience?: string;
  /** Default: the issuer of the token's version. */
  issuer?: string;
  /** Default 'access_as_user'; null leaves scp out. */
  scp?: string | null;
  roles?: string[];
  wids?: string[];
  /** The time the token is issued at (use the service's clock). Default: now. */
  issuedAt?: Date;
  lifetimeSeconds?: number;
  /** 'foreign': signed by a key the JWKS does not hold, under a kid it does (a bad signature). */
  signature?: 'valid' | 'foreign';
  extra?: Record<string, unknown>;
}

export interface LocalEntra {
  /** AAD_APP_OAUTH_AUTHORITY_HOST for the service. */
  authorityHost: string;
  clientId: string;
  appIdUri: string;
  mintTabToken(options: TabTokenOptions): Promise<string>;
  /** Publishes a new signing key (kept alongside the old ones unless retireOld) and signs with it from now on. */
  rotateKeys(options?: { retireOld?: boolean }): Promise<void>;
  /** How often each tenant's JWKS was fetched. */
  jwksFetches(tenantId: string): number;
  /** While down, the key set answers 503 (an Entra outage); tokens can still be minted. */
  setKeysDown(down: boolean): void;
  close(): Promise<void>;
}

export async function startLocalEntra(app: { clientId: string; appIdUri: string }): Promise<LocalEntra> {
  let keys: SigningKey[] = [await newSigningKey('entra')];
  const foreign = await newSigningKey('foreign');
  let host = '';
  let keysDown = false;

  const mint = async (o: TabTokenOptions): Promise<string> => {
    const version = o.version ?? '2.0';
    const iat = Math.floor((o.issuedAt ?? new Date()).getTime() / 1000);
    const claims: Record<string, unknown> = {
      aud: o.audience ?? (version === '1.0' ? app.appIdUri : app.clientId),
      iss: o.issuer ?? (version === '1.0' ? `https://sts.windows.net/${o.tenantId}/` : `${host}/${o.tenantId}/v2.0`),
      iat,
      nbf: iat,
      exp: iat + (o.lifetimeSeconds ?? 3600),
      ver: version,
      tid: o.tenantId,
      oid: o.userId,
      sub: `sub-${o.userId}`,
      name: 'Test User',
      ...(version === '1.0' ? { appid: app.clientId } : { azp: app.clientId }),
      ...(o.scp === null ? {} : { scp: o.scp ?? 'access_as_user' }),
      ...(o.roles ? { roles: o.roles } : {}),
      ...(o.wids ? { wids: o.wids } : {}),
      ...o.extra,
    };
    const current = keys.at(-1)!;
    return o.signature === 'foreign' ? sign(claims, foreign, current.kid) : sign(claims, current);
  };

  const server = await startJsonServer(async (method, path, body) => {
    const segments = path.split('/').filter(Boolean);
    const tenant = segments[0] ?? '';
    const rest = segments.slice(1).join('/');
    if (method === 'GET' && rest === 'v2.0/.well-known/openid-configuration') {
      return {
        status: 200,
        json: {
          issuer: `${host}/${tenant}/v2.0`,
          jwks_uri: `${host}/${tenant}/discovery/v2.0/keys`,
          token_endpoint: `${host}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${host}/${tenant}/oauth2/v2.0/authorize`,
          id_token_signing_alg_values_supported: ['RS256'],
        },
      };
    }
    if (method === 'GET' && rest === 'discovery/v2.0/keys') {
      if (keysDown) return { status: 503, json: { error: 'temporarily_unavailable' } };
      return { status: 200, json: { keys: keys.map((k) => k.publicJwk) } };
    }
    if (method === 'POST' && rest === 'oauth2/v2.0/token') {
      // Test-only shape: the body is the claims to mint (TabTokenOptions without tenantId).
      const options = JSON.parse(body || '{}') as Omit<TabTokenOptions, 'tenantId' | 'issuedAt'> & { issuedAt?: string };
      const { issuedAt, ...rest } = options;
      const access_token = await mint({ ...rest, tenantId: tenant, ...(issuedAt ? { issuedAt: new Date(issuedAt) } : {}) });
      return { status: 200, json: { token_type: 'Bearer', access_token, expires_in: options.lifetimeSeconds ?? 3600 } };
    }
    return { status: 404, json: { error: 'not_found' } };
  });
  host = server.base;

  return {
    authorityHost: host,
    clientId: app.clientId,
    appIdUri: app.appIdUri,
    mintTabToken: mint,
    async rotateKeys(options = {}) {
      const next = await newSigningKey('entra');
      keys = options.retireOld ? [next] : [...keys, next];
    },
    jwksFetches: (tenantId) => server.requests.filter((r) => r === `GET /${tenantId}/discovery/v2.0/keys`).length,
    setKeysDown: (down) => {
      keysDown = down;
    },
    close: () => server.close(),
  };
}

// ---------------------------------------------------------------- Bot Framework

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface BotTokenOptions {
  /** The bot's app id (BOT_ID). */
  audience: string;
  serviceUrl: string;
  issuer?: string;
  lifetimeSeconds?: number;
  /** Seconds before now the token was issued (an expired token: more than lifetime + 5 minutes of skew). */
  issuedSecondsAgo?: number;
  signature?: 'valid' | 'foreign';
}

export interface LocalBotFrameworkOpenId {
  /** BOT_OPENID_METADATA for the service. */
  metadataUrl: string;
  mintBotToken(options: BotTokenOptions): Promise<string>;
  /** Requests served (the metadata document and the keys), to prove botbuilder reads this server. */
  requests: string[];
  close(): Promise<void>;
}

export async function startLocalBotFrameworkOpenId(): Promise<LocalBotFrameworkOpenId> {
  const key = await newSigningKey('botframework');
  const foreign = await newSigningKey('foreign-bf');
  let base = '';
  const server = await startJsonServer(async (method, path) => {
    if (method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
      return {
        status: 200,
        json: {
          issuer: BOT_FRAMEWORK_ISSUER,
          authorization_endpoint: 'https://invalid.botframework.com',
          jwks_uri: `${base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        },
      };
    }
    if (method === 'GET' && path === '/v1/.well-known/keys') {
      return { status: 200, json: { keys: [{ ...key.publicJwk, endorsements: ['msteams', 'webchat', 'emulator'] }] } };
    }
    return { status: 404, json: { error: 'not_found' } };
  });
  base = server.base;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    requests: server.requests,
    async mintBotToken(o) {
      const iat = Math.floor(Date.now() / 1000) - (o.issuedSecondsAgo ?? 0);
      const claims = {
        serviceurl: o.serviceUrl,
        nbf: iat,
        iat,
        exp: iat + (o.lifetimeSeconds ?? 3600),
        iss: o.issuer ?? BOT_FRAMEWORK_ISSUER,
        aud: o.audience,
      };
      return o.signature === 'foreign' ? sign(claims, foreign, key.kid) : sign(claims, key);
    },
    close: () => server.close(),
  };
}
