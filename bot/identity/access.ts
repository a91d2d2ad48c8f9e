/**
 * Who is an admin (architecture "Who is an admin"): one answer for the bot, the API and the alerts.
 * A user is an admin if any of these holds:
 * - they are on the allow-list: the tenant's settings (edited in Settings) or ADMIN_OBJECT_IDS (the deployment's own
 *   list, which Settings cannot remove — change the app setting for that);
 * - a validated tab token showed the app role Credits.Admin or an admin directory role (wids).
 * Tokens are the current truth, so the API uses the caller's token directly. The bot and the alerts have no token:
 * they use the latest sighting of the person's token, if it is younger than ROLE_SIGHTING_MAX_AGE_DAYS.
 * Credits.Reader gives the read-only role 'reader'. Strongest role wins: admin > reader > organizer.
 */
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { TenantSettingsStore } from '../store/tenant-settings';
import type { RoleSighting, RoleSightingStore } from '../store/role-sighting-store';
import { rolesFromClaims } from './admin-roles';

export type AccessRole = 'admin' | 'reader' | 'organizer';

/** Who is calling, as established by a validated token (azure) or the local demo identity (local mode only). */
export interface CallerIdentity {
  tenantId: string;
  userId: string;
  /** Roles seen in a validated token (azure mode). */
  tokenRoles: string[];
  tokenWids: string[];
  source: 'demo' | 'token';
}

export interface AccessServiceDeps {
  settings: TenantSettingsStore;
  sightings: RoleSightingStore;
  /** ADMIN_OBJECT_IDS from config. */
  configAdmins: readonly string[];
  sightingMaxAgeDays: number;
  clock: Clock;
  logger: Logger;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class AccessService {
  private readonly configAdmins: Set<string>;

  constructor(private readonly deps: AccessServiceDeps) {
    this.configAdmins = new Set(deps.configAdmins.map((id) => id.toLowerCase()));
  }

  async isAdmin(tenantId: string, userId: string): Promise<boolean> {
    const [listed, sighting] = await Promise.all([this.isOnAllowList(tenantId, userId), this.freshSighting(tenantId, userId)]);
    return listed || (sighting?.admin ?? false);
  }

  /** The role of someone the bot or an alert knows only by id. */
  async roleOf(tenantId: string, userId: string): Promise<AccessRole> {
    const [listed, sighting] = await Promise.all([this.isOnAllowList(tenantId, userId), this.freshSighting(tenantId, userId)]);
    if (listed || sighting?.admin) return 'admin';
    return sighting?.reader ? 'reader' : 'organizer';
  }

  /** The role of an API caller: a token caller's own token decides, with the allow-list on top. */
  async roleOfCaller(caller: CallerIdentity): Promise<AccessRole> {
    if (caller.source !== 'token') return this.roleOf(caller.tenantId, caller.userId);
    const shown = rolesFromClaims(caller.tokenRoles, caller.tokenWids);
    if (shown.admin || (await this.isOnAllowList(caller.tenantId, caller.userId))) return 'admin';
    return shown.reader ? 'reader' : 'organizer';
  }

  /** Remembers what a validated token showed, so the bot can recognise the person. Never fails the request. */
  async recordTokenSighting(caller: CallerIdentity): Promise<void> {
    if (caller.source !== 'token') return;
    const shown = rolesFromClaims(caller.tokenRoles, caller.tokenWids);
    try {
      await this.deps.sightings.record(caller.tenantId, caller.userId, {
        admin: shown.admin,
        reader: shown.reader,
        sources: shown.sources,
        seenAt: this.deps.clock.now().toISOString(),
      });
    } catch (error) {
      this.deps.logger.error({ err: error, event: 'access.sighting-failed' }, 'could not record a role sighting');
    }
  }

  async isOnAllowList(tenantId: string, userId: string): Promise<boolean> {
    const id = userId.toLowerCase();
    if (this.configAdmins.has(id)) return true;
    const current = await this.deps.settings.get(tenantId);
    return current?.settings.adminObjectIds.some((a) => a.toLowerCase() === id) ?? false;
  }

  private async freshSighting(tenantId: string, userId: string): Promise<RoleSighting | null> {
    const sighting = await this.deps.sightings.get(tenantId, userId);
    if (!sighting) return null;
    const age = this.deps.clock.now().getTime() - Date.parse(sighting.seenAt);
    return age <= this.deps.sightingMaxAgeDays * DAY_MS ? sighting : null;
  }
}
