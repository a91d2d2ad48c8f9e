/**
 * The Teams host: routes activities to the conversation service and sends cards back. It holds no state of its own;
 * conversation references go to Table Storage for proactive messages.
 */
import { MessageFactory, TeamsActivityHandler, TurnContext, type Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { ConversationService } from '../conversation/answer-model';
import { ConversationStore, type ConversationKind } from '../store/conversation-store';
import { translatorFor } from '../i18n/i18n';
import { welcomeCard } from '../cards/help-cards';
import { answerActivity } from './answer-activity';
import { TenantGate, tenantIdOf } from './tenant-gate';

export interface PpmBotDeps {
  conversationService: ConversationService;
  conversations: ConversationStore;
  tenants: TenantGate;
  clock: Clock;
  logger: Logger;
}

export function conversationKindOf(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'groupChat') return 'groupChat';
  if (type === 'channel') return 'channel';
  return 'personal';
}

export class PpmBot extends TeamsActivityHandler {
  constructor(private readonly deps: PpmBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const botWasAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
      if (botWasAdded && (await this.admit(context))) {
        await this.remember(context);
        await context.sendActivity(MessageFactory.attachment(welcomeCard(translatorFor(context.activity.locale))));
      }
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      if (await this.admit(context)) await this.remember(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      const tenantId = tenantIdOf(context.activity);
      if (this.deps.tenants.serves(tenantId)) {
        const kind = conversationKindOf(context.activity);
        const key = ConversationStore.keyFor(kind, context.activity.conversation.id, context.activity.from?.aadObjectId);
        await this.deps.conversations.delete(tenantId, key);
      }
      await next();
    });
  }

  /** Refuses other tenants politely and stores nothing for them. */
  private async admit(context: TurnContext): Promise<boolean> {
    const tenantId = tenantIdOf(context.activity);
    if (this.deps.tenants.serves(tenantId)) return true;
    this.deps.logger.warn({ event: 'tenant.refused', channelId: context.activity.channelId }, 'activity from a tenant this deployment does not serve');
    if (context.activity.type === 'message' || context.activity.type === 'conversationUpdate') {
      await context.sendActivity(translatorFor(context.activity.locale).t('tenant.notServed'));
    }
    return false;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (!(await this.admit(context))) return;
    await this.remember(context);
    const activity = context.activity;
    const t = translatorFor(activity.locale);
    const hasAttachments = (activity.attachments ?? []).some((a) => a.contentType !== 'text/html');
    const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
    const answer = await this.deps.conversationService.answer(text, {
      tenantId: tenantIdOf(activity)!,
      userId: activity.from?.aadObjectId,
      locale: activity.locale ?? 'en-US',
      now: this.deps.clock.now(),
      conversationKind: conversationKindOf(activity),
      hasAttachments,
    });
    await context.sendActivity(answerActivity(answer, t));
  }

  private async remember(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const tenantId = tenantIdOf(activity)!;
    const kind = conversationKindOf(activity);
    const userId = activity.from?.aadObjectId;
    try {
      await this.deps.conversations.save(tenantId, {
        key: ConversationStore.keyFor(kind, activity.conversation.id, userId),
        kind,
        ...(userId ? { userId } : {}),
        ...(activity.locale ? { locale: activity.locale } : {}),
        reference: TurnContext.getConversationReference(activity),
        updatedAt: this.deps.clock.now().toISOString(),
      });
    } catch (error) {
      // Failing to remember must not cost the person their answer.
      this.deps.logger.error({ err: error, event: 'conversation.save-failed' }, 'could not store the conversation reference');
    }
  }
}
