/**
 * The roleSightings table: what the latest validated tab token of a person showed (admin, reader) and when
 * (architecture "Who is an admin"). The bot and the alerts have no token, so they read this. Partition: tenantId;
 * row: the user's object id. Each sighting replaces the previous one, so a role removed in Entra is forgotten as soon
 * as the person next opens the tab.
 */
import type { TableStore } from './table-store';
import { getEntityOrNull, safeKey } from './table-store';

export interface RoleSighting {
  readonly admin: boolean;
  readonly reader: boolean;
  /** Role names and wids that gave the access (never the token). */
  readonly sources: readonly string[];
  /** ISO time of the token that showed it. */
  readonly seenAt: string;
}

interface RoleSightingEntity {
  admin: boolean;
  reader: boolean;
  sources: string;
  seenAt: string;
}

/** A sighting this instance wrote is rewritten at most this often when nothing changed: enough to keep seenAt fresh. */
const REWRITE_AFTER_MS = 60 * 60 * 1000;

export class RoleSightingStore {
  private readonly recent = new Map<string, { fingerprint: string; at: number }>();

  constructor(private readonly store: TableStore) {}

  async get(tenantId: string, userId: string): Promise<RoleSighting | null> {
    const entity = await getEntityOrNull<RoleSightingEntity>(this.store.table('roleSightings'), tenantId, safeKey(userId.toLowerCase()));
    if (!entity) return null;
    return { admin: entity.admin, reader: entity.reader, sources: parseSources(entity.sources), seenAt: entity.seenAt };
  }

  /** Records what a token showed. Unchanged sightings are written at most hourly per instance. */
  async record(tenantId: string, userId: string, sighting: RoleSighting): Promise<void> {
    const rowKey = safeKey(userId.toLowerCase());
    const cacheKey = `${tenantId}|${rowKey}`;
    const fingerprint = JSON.stringify([sighting.admin, sighting.reader, [...sighting.sources].sort()]);
    const at = Date.parse(sighting.seenAt);
    const seen = this.recent.get(cacheKey);
    if (seen && seen.fingerprint === fingerprint && at - seen.at >= 0 && at - seen.at < REWRITE_AFTER_MS) return;
    if (this.recent.size > 10_000) this.recent.clear();
    const entity: RoleSightingEntity & { partitionKey: string; rowKey: string } = {
      partitionKey: tenantId,
      rowKey,
      admin: sighting.admin,
      reader: sighting.reader,
      sources: JSON.stringify(sighting.sources),
      seenAt: sighting.seenAt,
    };
    await this.store.table('roleSightings').upsertEntity(entity, 'Replace');
    this.recent.set(cacheKey, { fingerprint, at });
  }
}

function parseSources(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
