/**
 * Conversation references for proactive messages: written on install and on every message (with the user's
 * locale), deleted on uninstall. Personal chats are keyed by user id so alerts can reach a person.
 */
import type { ConversationReference } from 'botbuilder';
import type { TableStore } from './table-store';
import { getEntityOrNull, isNotFound, safeKey } from './table-store';

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export interface StoredConversation {
  readonly key: string;
  readonly kind: ConversationKind;
  readonly userId?: string;
  readonly locale?: string;
  readonly reference: Partial<ConversationReference>;
  readonly updatedAt: string;
}

interface ConversationEntity {
  kind: ConversationKind;
  userId?: string;
  locale?: string;
  reference: string;
  updatedAt: string;
}

/** How long this instance trusts that a reference it wrote is still stored unchanged. */
const REMEMBERED_MS = 15 * 60 * 1000;

export class ConversationStore {
  /** Fingerprints of references this instance wrote recently: every message would otherwise rewrite the same row. */
  private readonly recent = new Map<string, { fingerprint: string; at: number }>();

  constructor(private readonly store: TableStore) {}

  /** Personal chats are stored under the user's id; others under the conversation id. */
  static keyFor(kind: ConversationKind, conversationId: string, userId: string | undefined): string {
    return kind === 'personal' && userId ? `user:${userId.toLowerCase()}` : `conv:${safeKey(conversationId)}`;
  }

  async save(tenantId: string, conversation: StoredConversation): Promise<void> {
    const cacheKey = `${tenantId}|${conversation.key}`;
    const { activityId: _ignored, ...stable } = conversation.reference;
    const fingerprint = JSON.stringify([conversation.locale, stable]);
    const now = Date.parse(conversation.updatedAt);
    const seen = this.recent.get(cacheKey);
    if (seen && seen.fingerprint === fingerprint && now - seen.at < REMEMBERED_MS) return;
    if (this.recent.size > 10_000) this.recent.clear();
    await this.store.table('conversations').upsertEntity(
      {
        partitionKey: tenantId,
        rowKey: conversation.key,
        kind: conversation.kind,
        ...(conversation.userId ? { userId: conversation.userId.toLowerCase() } : {}),
        ...(conversation.locale ? { locale: conversation.locale } : {}),
        reference: JSON.stringify(conversation.reference),
        updatedAt: conversation.updatedAt,
      },
      'Replace',
    );
    this.recent.set(cacheKey, { fingerprint, at: now });
  }

  async getPersonal(tenantId: string, userId: string): Promise<StoredConversation | null> {
    const key = ConversationStore.keyFor('personal', '', userId);
    const entity = await getEntityOrNull<ConversationEntity>(this.store.table('conversations'), tenantId, key);
    if (!entity) return null;
    return {
      key,
      kind: entity.kind,
      ...(entity.userId ? { userId: entity.userId } : {}),
      ...(entity.locale ? { locale: entity.locale } : {}),
      reference: JSON.parse(entity.reference) as Partial<ConversationReference>,
      updatedAt: entity.updatedAt,
    };
  }

  async delete(tenantId: string, key: string): Promise<void> {
    this.recent.delete(`${tenantId}|${key}`);
    try {
      await this.store.table('conversations').deleteEntity(tenantId, key);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
