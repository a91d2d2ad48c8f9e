/**
 * Meeting-start advice (issue 7): when a meeting where the app is installed starts, its organizer — found through
 * Teams' meeting info — gets their dial-out policy, the credits coverage and their typical meeting cost, privately:
 * in their personal chat with the bot when a conversation reference is stored, otherwise as a user-specific card view
 * in the meeting chat (Universal Actions refresh.userIds = the organizer alone). Nothing about the organizer is ever
 * posted where other attendees, guests among them, can see it.
 */
import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { MeetingAdviceSource } from '../conversation/answer-model';
import { meetingAdviceCard, meetingAdvicePlaceholderCard } from '../cards/meeting-advice-card';
import type { CardAttachment } from '../cards/render-card';
import { translatorFor } from '../i18n/i18n';
import type { MeetingOrganizer, MeetingOrganizerSource } from './meeting-organizers';
import type { ProactiveResult } from './proactive';
import { tenantIdOf } from './tenant-gate';

/** The organizer's personal chat with the bot (ProactiveMessenger). */
export interface PrivateMessenger {
  personalLocale(tenantId: string, userId: string): Promise<string | undefined>;
  sendProactive(tenantId: string, userId: string, message: Partial<Activity>): Promise<ProactiveResult>;
}

export interface MeetingStartAdvisorDeps {
  readonly organizers: MeetingOrganizerSource;
  readonly advice: MeetingAdviceSource;
  readonly messenger: PrivateMessenger;
  readonly clock: Clock;
  readonly logger: Logger;
}

export type MeetingStartOutcome = 'personal-chat' | 'user-specific-view' | 'no-organizer' | 'no-advice';

export class MeetingStartAdvisor {
  constructor(private readonly deps: MeetingStartAdvisorDeps) {}

  /** The tenant is already admitted by the bot. */
  async adviseOrganizer(context: TurnContext): Promise<MeetingStartOutcome> {
    const tenantId = tenantIdOf(context.activity)!;
    const organizer = await this.organizerOf(context, tenantId);
    if (!organizer) return 'no-organizer';
    const answer = await this.deps.advice.meetingAdvice(tenantId, organizer.aadObjectId, this.deps.clock.now());
    if (answer.kind !== 'meetingAdvice') {
      this.deps.logger.info({ event: 'meeting-start.no-advice', reason: answer.kind === 'unknownOrganizer' ? answer.reason : answer.kind }, 'no advice for the organizer');
      return 'no-advice';
    }
    const locale = (await this.deps.messenger.personalLocale(tenantId, organizer.aadObjectId)) ?? context.activity.locale;
    const t = translatorFor(locale);
    const sent = await this.deps.messenger.sendProactive(tenantId, organizer.aadObjectId, MessageFactory.attachment(meetingAdviceCard(answer, t)));
    if (sent === 'sent') return 'personal-chat';
    // No personal chat with the bot: the meeting chat gets a card that shows the advice to the organizer alone.
    await context.sendActivity(MessageFactory.attachment(meetingAdvicePlaceholderCard(organizer.id, t)));
    return 'user-specific-view';
  }

  /** The placeholder's refresh (adaptiveCard/action): the advice for the organizer, the placeholder for anyone else. */
  async refreshView(context: TurnContext): Promise<CardAttachment> {
    const activity = context.activity;
    const tenantId = tenantIdOf(activity)!;
    const t = translatorFor(activity.locale);
    const organizer = await this.organizerOf(context, tenantId);
    const invoker = activity.from?.aadObjectId?.toLowerCase();
    if (organizer && invoker === organizer.aadObjectId) {
      const answer = await this.deps.advice.meetingAdvice(tenantId, organizer.aadObjectId, this.deps.clock.now());
      if (answer.kind === 'meetingAdvice') return meetingAdviceCard(answer, t);
    }
    return meetingAdvicePlaceholderCard(organizer?.id ?? '', t);
  }

  private async organizerOf(context: TurnContext, tenantId: string): Promise<MeetingOrganizer | null> {
    const meetingId = (context.activity.channelData as { meeting?: { id?: unknown } } | undefined)?.meeting?.id;
    if (typeof meetingId !== 'string' || meetingId === '') return null;
    try {
      const organizer = await this.deps.organizers.organizerOf(context, meetingId);
      // An organizer from another tenant is not this deployment's to advise.
      if (!organizer || (organizer.tenantId !== null && organizer.tenantId.toLowerCase() !== tenantId)) return null;
      return organizer;
    } catch (error) {
      this.deps.logger.warn({ err: error, event: 'meeting-start.meeting-info-failed' }, 'could not read the meeting organizer');
      return null;
    }
  }
}
