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

export class ConversationStore {
  constructor(private readonly store: TableStore) {}

  /** Personal chats are stored under the user's id; others under the conversation id. */
  static keyFor(kind: ConversationKind, conversationId: string, userId: string | undefined): string {
    return kind === 'personal' && userId ? `user:${userId.toLowerCase()}` : `conv:${safeKey(conversationId)}`;
  }

  async save(tenantId: string, conversation: StoredConversation): Promise<void> {
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
    try {
      await this.store.table('conversations').deleteEntity(tenantId, key);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
