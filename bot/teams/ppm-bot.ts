/**
 * The Teams host: routes activities to the conversation service and sends cards back. It holds no state of its own;
 * conversation references go to Table Storage for proactive messages. A meeting's start sends its organizer private
 * advice (meeting-start.ts).
 */
import { MessageFactory, TeamsActivityHandler, TurnContext, type Activity, type InvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { AskContext, CardSubmission, ConversationService, Reply } from '../conversation/answer-model';
import { ConversationStore, type ConversationKind } from '../store/conversation-store';
import { translatorFor, type Translator } from '../i18n/i18n';
import { resolveLocale } from '../i18n/locale';
import { welcomeCard } from '../cards/help-cards';
import { answerCard } from '../cards/answer-card';
import { answerActivity } from './answer-activity';
import { MEETING_ADVICE_VERB } from '../cards/meeting-advice-card';
import { cardInvokeError, cardInvokeResponse, submissionFromInvoke, submissionFromMessage } from './card-action';
import type { MeetingStartAdvisor } from './meeting-start';
import { TenantGate, tenantIdOf } from './tenant-gate';

export interface PpmBotDeps {
  conversationService: ConversationService;
  meetingStart: MeetingStartAdvisor;
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

  /** The organizer gets private advice; the meeting chat gets nothing about them. */
  protected override async onTeamsMeetingStart(context: TurnContext): Promise<void> {
    if (await this.admit(context)) {
      const outcome = await this.deps.meetingStart.adviseOrganizer(context);
      this.deps.logger.info({ event: 'meeting-start.advised', outcome }, 'meeting started');
    }
    await super.onTeamsMeetingStart(context);
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

  /** Action.Execute: the answer card replaces the clicked card for the person who clicked. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const activity = context.activity;
    if (!this.deps.tenants.serves(tenantIdOf(activity))) {
      this.deps.logger.warn({ event: 'tenant.refused', channelId: activity.channelId }, 'card action from a tenant this deployment does not serve');
      const t = translatorFor(activity.locale);
      return cardInvokeResponse(answerCard({ kind: 'unknownOrganizer', reason: 'tenantNotSetUp' }, t));
    }
    const submission = submissionFromInvoke(activity);
    try {
      // The meeting-start placeholder's refresh: the advice, for the organizer alone.
      if (submission.verb === MEETING_ADVICE_VERB) return cardInvokeResponse(await this.deps.meetingStart.refreshView(context));
      const reply = await this.deps.conversationService.answerSubmission(submission, this.askContext(activity));
      return cardInvokeResponse(answerCard(reply.answer, this.translatorForReply(activity, reply)));
    } catch (error) {
      this.deps.logger.error({ err: error, event: 'bot.card-action-failed', verb: typeof submission.verb === 'string' ? submission.verb : null }, 'card action failed');
      return cardInvokeError(translatorFor(activity.locale).t('errors.generic'));
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (!(await this.admit(context))) return;
    await this.remember(context);
    const activity = context.activity;
    const submission: CardSubmission | null = submissionFromMessage(activity);
    let reply: Reply;
    if (submission?.verb === MEETING_ADVICE_VERB) {
      // The refresh's Action.Submit fallback would answer in the meeting chat, for everyone to see: say nothing.
      this.deps.logger.info({ event: 'meeting-start.submit-fallback-ignored' }, 'meeting advice is shown only through the refresh');
      return;
    }
    if (submission) {
      // The Action.Submit fallback of a card form, where Action.Execute is not supported.
      reply = await this.deps.conversationService.answerSubmission(submission, this.askContext(activity));
    } else {
      const hasAttachments = (activity.attachments ?? []).some((a) => a.contentType !== 'text/html');
      const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
      reply = await this.deps.conversationService.answer(typeof text === 'string' ? text : '', { ...this.askContext(activity), hasAttachments });
    }
    await context.sendActivity(answerActivity(reply.answer, this.translatorForReply(activity, reply)));
  }

  private askContext(activity: Partial<Activity>): AskContext {
    return {
      tenantId: tenantIdOf(activity)!,
      userId: activity.from?.aadObjectId,
      locale: activity.locale ?? 'en-US',
      now: this.deps.clock.now(),
      conversationKind: conversationKindOf(activity),
    };
  }

  /** The language the person wrote in; their own locale's formatting when that is the same language (en-GB, pt-PT). */
  private translatorForReply(activity: Partial<Activity>, reply: Reply): Translator {
    return translatorFor(resolveLocale(activity.locale).language === reply.language ? activity.locale : reply.language);
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
