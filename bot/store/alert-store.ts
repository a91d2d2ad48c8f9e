/**
 * The alerts table (architecture "Data"): alert episodes — opened, sent to whom, cleared — one partition per tenant.
 *
 * An episode row is `kind~seq` and is created insert-only, so two instances evaluating at once open it once. Each
 * recipient has a delivery row `kind~seq~userId`, claimed before sending (insert-only, or an ETag-guarded update to
 * retry a delivery that did not reach the person), so an alert goes to a person at most once per episode.
 */
import type { TableStore } from './table-store';
import { getEntityOrNull, isConflict, isPreconditionFailed, safeKey } from './table-store';
import { odataString } from './batch-writer';

export interface AlertEpisode {
  readonly tenantId: string;
  readonly kind: string;
  readonly seq: number;
  readonly openedAt: string;
  readonly clearedAt: string | null;
  /** What the condition looked like when the episode opened. */
  readonly facts: unknown;
  readonly etag: string;
}

export type DeliveryStatus = 'sending' | 'sent' | 'no-conversation' | 'failed';

export interface AlertDelivery {
  readonly tenantId: string;
  readonly kind: string;
  readonly seq: number;
  readonly userId: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastAttemptAt: string;
  readonly etag: string;
}

/** Deliveries that did not reach the person may be tried again while the episode is open. */
const RETRYABLE: readonly DeliveryStatus[] = ['no-conversation', 'failed'];

interface EpisodeEntity {
  recordType: 'episode';
  kind: string;
  seq: number;
  openedAt: string;
  clearedAt: string;
  facts: string;
}

interface DeliveryEntity {
  recordType: 'delivery';
  kind: string;
  seq: number;
  userId: string;
  status: DeliveryStatus;
  attempts: number;
  lastAttemptAt: string;
}

const SEP = '~';
const episodeKey = (kind: string, seq: number): string => `${safeKey(kind)}${SEP}${String(seq).padStart(6, '0')}`;
const deliveryKey = (kind: string, seq: number, userId: string): string => `${episodeKey(kind, seq)}${SEP}${safeKey(userId.toLowerCase())}`;

export class AlertStore {
  constructor(private readonly store: TableStore) {}

  private get client() {
    return this.store.table('alerts');
  }

  /** The newest episode of a kind, open or cleared; null when it never fired. */
  async latestEpisode(tenantId: string, kind: string): Promise<AlertEpisode | null> {
    const prefix = `${safeKey(kind)}${SEP}`;
    const rows = this.client.listEntities<EpisodeEntity>({
      queryOptions: {
        filter: `PartitionKey eq ${odataString(tenantId)} and RowKey ge ${odataString(prefix)} and RowKey lt ${odataString(`${prefix}${SEP}`)} and recordType eq 'episode'`,
      },
    });
    let latest: AlertEpisode | null = null;
    for await (const row of rows) {
      if (!latest || row.seq > latest.seq) latest = toEpisode(tenantId, row, row.etag);
    }
    return latest;
  }

  /** Every episode of the tenant, oldest first. */
  async listEpisodes(tenantId: string): Promise<AlertEpisode[]> {
    const rows = this.client.listEntities<EpisodeEntity>({
      queryOptions: { filter: `PartitionKey eq ${odataString(tenantId)} and recordType eq 'episode'` },
    });
    const episodes: AlertEpisode[] = [];
    for await (const row of rows) episodes.push(toEpisode(tenantId, row, row.etag));
    return episodes.sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.kind.localeCompare(b.kind));
  }

  /** Opens episode `seq`; 'exists' when another evaluation opened it first. */
  async openEpisode(tenantId: string, kind: string, seq: number, openedAt: string, facts: unknown): Promise<'opened' | 'exists'> {
    const entity: EpisodeEntity = { recordType: 'episode', kind, seq, openedAt, clearedAt: '', facts: JSON.stringify(facts ?? null) };
    try {
      await this.client.createEntity({ partitionKey: tenantId, rowKey: episodeKey(kind, seq), ...entity });
      return 'opened';
    } catch (error) {
      if (isConflict(error)) return 'exists';
      throw error;
    }
  }

  /** Closes an open episode; false when it changed meanwhile (another evaluation cleared it). */
  async clearEpisode(episode: AlertEpisode, clearedAt: string): Promise<boolean> {
    try {
      await this.client.updateEntity(
        { partitionKey: episode.tenantId, rowKey: episodeKey(episode.kind, episode.seq), clearedAt },
        'Merge',
        { etag: episode.etag },
      );
      return true;
    } catch (error) {
      if (isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  /**
   * Claims the right to send episode `seq` to a person. Returns the claim, or null when it was already sent, is
   * being sent by someone else, or another evaluation won the race.
   */
  async claimDelivery(episode: AlertEpisode, userId: string, at: string): Promise<AlertDelivery | null> {
    const rowKey = deliveryKey(episode.kind, episode.seq, userId);
    const fresh: DeliveryEntity = {
      recordType: 'delivery',
      kind: episode.kind,
      seq: episode.seq,
      userId: userId.toLowerCase(),
      status: 'sending',
      attempts: 1,
      lastAttemptAt: at,
    };
    try {
      const created = await this.client.createEntity({ partitionKey: episode.tenantId, rowKey, ...fresh });
      return toDelivery(episode.tenantId, fresh, created.etag ?? '');
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    const existing = await getEntityOrNull<DeliveryEntity>(this.client, episode.tenantId, rowKey);
    if (!existing || !RETRYABLE.includes(existing.status)) return null;
    const retry: DeliveryEntity = { ...fresh, attempts: existing.attempts + 1 };
    try {
      const updated = await this.client.updateEntity({ partitionKey: episode.tenantId, rowKey, ...retry }, 'Replace', { etag: existing.etag });
      return toDelivery(episode.tenantId, retry, updated.etag ?? '');
    } catch (error) {
      if (isPreconditionFailed(error)) return null;
      throw error;
    }
  }

  async finishDelivery(claim: AlertDelivery, status: Exclude<DeliveryStatus, 'sending'>, at: string): Promise<void> {
    await this.client.updateEntity(
      { partitionKey: claim.tenantId, rowKey: deliveryKey(claim.kind, claim.seq, claim.userId), status, lastAttemptAt: at },
      'Merge',
      { etag: claim.etag },
    );
  }

  async listDeliveries(tenantId: string, kind: string, seq: number): Promise<AlertDelivery[]> {
    const prefix = `${episodeKey(kind, seq)}${SEP}`;
    const rows = this.client.listEntities<DeliveryEntity>({
      queryOptions: {
        filter: `PartitionKey eq ${odataString(tenantId)} and RowKey ge ${odataString(prefix)} and RowKey lt ${odataString(`${prefix}${SEP}`)} and recordType eq 'delivery'`,
      },
    });
    const deliveries: AlertDelivery[] = [];
    for await (const row of rows) deliveries.push(toDelivery(tenantId, row, row.etag));
    return deliveries;
  }
}

function toEpisode(tenantId: string, row: EpisodeEntity, etag: string): AlertEpisode {
  return {
    tenantId,
    kind: row.kind,
    seq: row.seq,
    openedAt: row.openedAt,
    clearedAt: row.clearedAt || null,
    facts: JSON.parse(row.facts) as unknown,
    etag,
  };
}

function toDelivery(tenantId: string, row: DeliveryEntity, etag: string): AlertDelivery {
  return {
    tenantId,
    kind: row.kind,
    seq: row.seq,
    userId: row.userId,
    status: row.status,
    attempts: row.attempts,
    lastAttemptAt: row.lastAttemptAt,
    etag,
  };
}
