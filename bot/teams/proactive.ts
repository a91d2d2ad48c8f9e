/**
 * Proactive messages to a person's personal chat with the bot, from the stored conversation reference.
 * Alerts and meeting-start advice call sendProactive.
 */
import type { Activity, CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationStore } from '../store/conversation-store';

export type ProactiveResult = 'sent' | 'no-conversation' | 'failed';

export class ProactiveMessenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly conversations: ConversationStore,
    private readonly logger: Logger,
  ) {}

  /** The locale the person last wrote in, so a proactive message can be in their language. */
  async personalLocale(tenantId: string, userId: string): Promise<string | undefined> {
    return (await this.conversations.getPersonal(tenantId, userId))?.locale;
  }

  async sendProactive(tenantId: string, userId: string, message: Partial<Activity>): Promise<ProactiveResult> {
    const stored = await this.conversations.getPersonal(tenantId, userId);
    if (!stored) return 'no-conversation';
    try {
      await this.adapter.continueConversationAsync(this.botAppId, stored.reference, async (context) => {
        await context.sendActivity(message);
      });
      return 'sent';
    } catch (error) {
      this.logger.warn({ err: error, event: 'proactive.failed', tenantId }, 'proactive message failed');
      return 'failed';
    }
  }
}
