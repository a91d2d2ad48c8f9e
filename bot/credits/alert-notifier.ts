/**
 * Sends one credit alert to one admin's personal chat with the bot, in the language they last wrote in
 * (ConversationStore keeps the locale), as the alert card. No stored personal conversation, no message.
 */
import { alertMessage, type AlertMessage } from '../cards/alert-cards';
import { translatorFor } from '../i18n/i18n';
import type { AlertContext, AlertFacts } from './alert-conditions';

export type NotifyResult = 'sent' | 'no-conversation' | 'failed';

export interface AlertNotifier {
  notify(tenantId: string, userId: string, facts: AlertFacts, context: AlertContext): Promise<NotifyResult>;
}

/** The part of the Teams host's ProactiveMessenger that alerts use. */
export interface PersonalChannel {
  personalLocale(tenantId: string, userId: string): Promise<string | undefined>;
  sendProactive(tenantId: string, userId: string, message: AlertMessage): Promise<NotifyResult>;
}

export class ProactiveAlertNotifier implements AlertNotifier {
  constructor(private readonly channel: PersonalChannel) {}

  async notify(tenantId: string, userId: string, facts: AlertFacts, context: AlertContext): Promise<NotifyResult> {
    const locale = await this.channel.personalLocale(tenantId, userId);
    return this.channel.sendProactive(tenantId, userId, alertMessage(facts, context, translatorFor(locale)));
  }
}
