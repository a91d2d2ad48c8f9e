/**
 * Card form submissions in both shapes Teams sends: the adaptiveCard/action invoke of an Action.Execute (verb and
 * data in value.action), and the message with a value of its Action.Submit fallback (the verb travels in the data).
 * The invoke's answer replaces the card for the person who clicked (AdaptiveCardInvokeResponse with a card).
 */
import type { Activity, AdaptiveCardInvokeResponse, InvokeResponse } from 'botbuilder';
import type { CardSubmission } from '../conversation/answer-model';
import { ADAPTIVE_CARD_CONTENT_TYPE, type CardAttachment } from '../cards/render-card';

/** Action.Execute: { action: { type, verb, data } }. Anything else is a malformed submission, never an exception. */
export function submissionFromInvoke(activity: Partial<Activity>): CardSubmission {
  const value = activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined;
  const action = typeof value === 'object' && value !== null ? value.action : undefined;
  if (typeof action !== 'object' || action === null) return { verb: undefined, data: undefined };
  return { verb: action.verb, data: action.data ?? {} };
}

/** The Action.Submit fallback: a message whose value carries the inputs and a `verb`. */
export function submissionFromMessage(activity: Partial<Activity>): CardSubmission | null {
  const value: unknown = activity.value;
  if (value === undefined || value === null) return null;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    // A messageBack with text and no verb is a typed question, not a form.
    if (record.verb === undefined && typeof activity.text === 'string' && activity.text.trim() !== '') return null;
    return { verb: record.verb, data: record };
  }
  return { verb: undefined, data: value };
}

export function cardInvokeResponse(card: CardAttachment): InvokeResponse<AdaptiveCardInvokeResponse> {
  return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card.content } };
}

/**
 * A card action that failed on our side: Universal Actions' error response, whose message Teams shows beside the card.
 * The clicked card stays as it was, so the person's entries are not lost and they can press the button again.
 */
export function cardInvokeError(message: string): InvokeResponse<AdaptiveCardInvokeResponse> {
  return { status: 200, body: { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'internal', message } } };
}
