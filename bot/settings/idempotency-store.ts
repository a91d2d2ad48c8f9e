/**
 * The idempotency table: one row per admin write, keyed by tenant and a hash of (scope, Idempotency-Key), holding a
 * fingerprint of the request and, once the write is done, its answer. The same key again replays that answer and
 * changes nothing; the same key for another request is refused. Rows are claimed with an insert-only create, so two
 * instances racing on one key make one effect.
 */
import { createHash } from 'node:crypto';
import type { TableStore } from '../store/table-store';
import { getEntityOrNull, isConflict, isNotFound, isPreconditionFailed } from '../store/table-store';

/** A stored answer: HTTP status, the JSON body and any headers to send again (ETag). */
export interface StoredReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

export type ClaimResult =
  /** The key is new (or its earlier claim went stale): do the write, then complete() or release(). */
  | { readonly kind: 'claimed'; readonly etag: string }
  /** Done before with the same request: send this again. */
  | { readonly kind: 'replay'; readonly reply: StoredReply }
  /** Used before for a different request. */
  | { readonly kind: 'key-reused' }
  /** The first request with this key is still being handled. */
  | { readonly kind: 'in-progress' };

export interface IdempotencyClaim {
  readonly tenantId: string;
  /** The operation, e.g. 'PUT /api/v1/settings': one key may be used once per operation. */
  readonly scope: string;
  readonly key: string;
  /** A hash of what was asked (body and preconditions). */
  readonly requestHash: string;
  readonly actor: string;
  readonly now: Date;
}

interface IdempotencyEntity {
  scope: string;
  requestHash: string;
  actor: string;
  state: 'pending' | 'done';
  createdAt: string;
  status: number;
  body: string;
  headers: string;
}

/** A claim older than this was left by a process that died mid-write: the key may be used again. */
const STALE_CLAIM_MS = 2 * 60_000;
/** Table Storage caps a string property at 64 KiB (32K UTF-16 characters). */
const MAX_BODY_CHARS = 30_000;

export class IdempotencyStore {
  constructor(private readonly store: TableStore) {}

  private get table() {
    return this.store.table('idempotency');
  }

  static rowKeyOf(scope: string, key: string): string {
    return createHash('sha256').update(`${scope}\n${key}`, 'utf8').digest('hex');
  }

  async claim(claim: IdempotencyClaim): Promise<ClaimResult> {
    const rowKey = IdempotencyStore.rowKeyOf(claim.scope, claim.key);
    const entity: IdempotencyEntity = {
      scope: claim.scope,
      requestHash: claim.requestHash,
      actor: claim.actor,
      state: 'pending',
      createdAt: claim.now.toISOString(),
      status: 0,
      body: '',
      headers: '{}',
    };
    try {
      const created = await this.table.createEntity({ partitionKey: claim.tenantId, rowKey, ...entity });
      return { kind: 'claimed', etag: created.etag ?? '' };
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    const existing = await getEntityOrNull<IdempotencyEntity>(this.table, claim.tenantId, rowKey);
    // Released between our create and this read: try once more.
    if (!existing) return this.claim(claim);
    if (existing.requestHash !== claim.requestHash) return { kind: 'key-reused' };
    if (existing.state === 'done') {
      return { kind: 'replay', reply: { status: existing.status, body: existing.body ? (JSON.parse(existing.body) as unknown) : null, headers: JSON.parse(existing.headers) as Record<string, string> } };
    }
    if (claim.now.getTime() - Date.parse(existing.createdAt) < STALE_CLAIM_MS) return { kind: 'in-progress' };
    try {
      const taken = await this.table.updateEntity({ partitionKey: claim.tenantId, rowKey, ...entity }, 'Replace', { etag: existing.etag });
      return { kind: 'claimed', etag: taken.etag ?? '' };
    } catch (error) {
      if (isPreconditionFailed(error)) return { kind: 'in-progress' };
      throw error;
    }
  }

  /** Stores the answer of a finished write, so the same key replays it. */
  async complete(claim: Pick<IdempotencyClaim, 'tenantId' | 'scope' | 'key'>, reply: StoredReply): Promise<void> {
    const body = JSON.stringify(reply.body ?? null);
    await this.table.updateEntity(
      {
        partitionKey: claim.tenantId,
        rowKey: IdempotencyStore.rowKeyOf(claim.scope, claim.key),
        state: 'done',
        status: reply.status,
        // An oversized answer is not kept: a replay then says "done" with no body rather than failing the write.
        body: body.length <= MAX_BODY_CHARS ? body : '',
        headers: JSON.stringify(reply.headers),
      },
      'Merge',
    );
  }

  /** Gives the key back after a write that did nothing (refused or failed), so a corrected retry may use it. */
  async release(claim: Pick<IdempotencyClaim, 'tenantId' | 'scope' | 'key'>): Promise<void> {
    try {
      await this.table.deleteEntity(claim.tenantId, IdempotencyStore.rowKeyOf(claim.scope, claim.key));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
