/**
 * Validates the tab's Entra SSO token (azure mode) with jose:
 * - signature via the tenant's JWKS `${authorityHost}/{tid}/discovery/v2.0/keys`, cached by jose's remote key set,
 *   which refetches when a token names a key it has not seen (key rotation), at most once per cooldown;
 * - issuer by token version: v1 `https://sts.windows.net/{tid}/`, v2 `${authorityHost}/{tid}/v2.0`;
 * - audience: the app ID URI or the client id (v2 tokens carry the GUID);
 * - tid in the served tenants (checked before any key is fetched, so no other tenant makes us fetch anything);
 * - exp and nbf against the injected clock with a small skew; RS256 only; the delegated scope access_as_user.
 * The caller's user id is the token's oid. The token itself is never logged.
 */
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Clock } from '../clock';

export const REQUIRED_SCOPE = 'access_as_user';
/** Entra's own libraries allow 5 minutes; 2 is enough for servers with NTP and keeps stolen-token windows short. */
export const TOKEN_CLOCK_SKEW_SECONDS = 120;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ValidatedTabToken {
  tenantId: string;
  userId: string;
  roles: string[];
  wids: string[];
  version: '1.0' | '2.0';
}

export type TokenRejection =
  | 'missing'
  | 'malformed'
  | 'tenantNotServed'
  | 'unknownVersion'
  | 'issuer'
  | 'audience'
  | 'expired'
  | 'notYetValid'
  | 'signature'
  | 'claims'
  | 'scope'
  | 'keysUnavailable';

export type TokenCheck = { ok: true; token: ValidatedTabToken } | { ok: false; reason: TokenRejection };

export interface TabTokenValidatorOptions {
  authorityHost: string;
  /** App ID URI and client id. */
  audiences: readonly string[];
  tenantIds: readonly string[];
  clock: Clock;
  clockSkewSeconds?: number;
  /** Seconds between JWKS refetches when a token names an unknown key (jose's default is 30). */
  keyRefetchCooldownSeconds?: number;
  /** For tests: another key source. */
  keySetFor?: (tenantId: string) => JWTVerifyGetKey;
}

export class TabTokenValidator {
  private readonly tenants: Set<string>;
  private readonly keySets = new Map<string, JWTVerifyGetKey>();
  private readonly skew: number;

  constructor(private readonly options: TabTokenValidatorOptions) {
    this.tenants = new Set(options.tenantIds.map((t) => t.toLowerCase()));
    this.skew = options.clockSkewSeconds ?? TOKEN_CLOCK_SKEW_SECONDS;
  }

  /** The v2 issuer uses the configured authority host, so sovereign clouds and local test servers work. */
  issuerFor(tenantId: string, version: '1.0' | '2.0'): string {
    return version === '1.0' ? `https://sts.windows.net/${tenantId}/` : `${this.options.authorityHost}/${tenantId}/v2.0`;
  }

  jwksUrlFor(tenantId: string): string {
    return `${this.options.authorityHost}/${tenantId}/discovery/v2.0/keys`;
  }

  /** Validates the value of an Authorization header. */
  async validateHeader(header: string | undefined): Promise<TokenCheck> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!match) return { ok: false, reason: header ? 'malformed' : 'missing' };
    return this.validate(match[1]!);
  }

  async validate(jwt: string): Promise<TokenCheck> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(jwt);
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const tid = typeof unverified.tid === 'string' ? unverified.tid.toLowerCase() : '';
    if (!GUID.test(tid)) return { ok: false, reason: 'claims' };
    if (!this.tenants.has(tid)) return { ok: false, reason: 'tenantNotServed' };
    const version = unverified.ver === '1.0' || unverified.ver === '2.0' ? unverified.ver : undefined;
    if (!version) return { ok: false, reason: 'unknownVersion' };

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jwt, this.keySetFor(tid), {
        algorithms: ['RS256'],
        issuer: this.issuerFor(tid, version),
        audience: [...this.options.audiences],
        clockTolerance: this.skew,
        currentDate: this.options.clock.now(),
        requiredClaims: ['exp', 'tid', 'oid'],
      }));
    } catch (error) {
      return { ok: false, reason: rejectionOf(error) };
    }
    const oid = typeof payload.oid === 'string' ? payload.oid.toLowerCase() : '';
    if (!GUID.test(oid) || payload.tid !== unverified.tid) return { ok: false, reason: 'claims' };
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(REQUIRED_SCOPE)) return { ok: false, reason: 'scope' };
    return { ok: true, token: { tenantId: tid, userId: oid, roles: stringList(payload.roles), wids: stringList(payload.wids), version } };
  }

  private keySetFor(tenantId: string): JWTVerifyGetKey {
    let keys = this.keySets.get(tenantId);
    if (!keys) {
      keys = keysOrUnavailable(
        this.options.keySetFor?.(tenantId) ??
          createRemoteJWKSet(new URL(this.jwksUrlFor(tenantId)), {
            cooldownDuration: (this.options.keyRefetchCooldownSeconds ?? 30) * 1000,
            cacheMaxAge: 10 * 60 * 1000,
            timeoutDuration: 5000,
          }),
      );
      this.keySets.set(tenantId, keys);
    }
    return keys;
  }
}

/** The key set could not be read (Entra answered an error, timed out or was unreachable): not the token's fault. */
class KeySetUnavailable extends Error {
  constructor(readonly reason: unknown) {
    super('the signing keys could not be fetched');
  }
}

/**
 * Whatever the key source throws, except "no key matches this token", means the keys are not available right now:
 * jose reports an Entra 503 as a plain JOSEError, which would otherwise read as a malformed token (401, sign in
 * again) instead of an outage (503, try again).
 */
function keysOrUnavailable(keys: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new KeySetUnavailable(error);
    }
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function rejectionOf(error: unknown): TokenRejection {
  if (error instanceof KeySetUnavailable) return 'keysUnavailable';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'issuer';
    if (error.claim === 'aud') return 'audience';
    if (error.claim === 'nbf') return 'notYetValid';
    return 'claims';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) return 'signature';
  if (error instanceof errors.JWKSMultipleMatchingKeys) return 'signature';
  // Timeouts, unreachable or invalid key sets: an infrastructure failure, not the caller's fault.
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) return 'keysUnavailable';
  // Anything else jose refuses (algorithm not allowed, bad JWS structure, unsupported header) is the token's fault.
  return 'malformed';
}
