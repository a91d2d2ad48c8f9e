/**
 * Expands a card template (bot/cards/*.json) with adaptivecards-templating. The answer model and localized strings
 * go in; Adaptive Card JSON comes out. Conversation logic never builds card JSON.
 */
import * as ACData from 'adaptivecards-templating';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: Record<string, unknown>;
}

/** Parsed templates, one per template file: parsing is a large part of an expansion's cost. */
const parsed = new WeakMap<object, ACData.Template>();

export function expandCard(template: object, data: object): Record<string, unknown> {
  let compiled = parsed.get(template);
  if (!compiled) {
    compiled = new ACData.Template(template);
    parsed.set(template, compiled);
  }
  return compiled.expand({ $root: data }) as Record<string, unknown>;
}

export function cardAttachment(template: object, data: object): CardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: expandCard(template, data) };
}

/**
 * Text a person typed, made safe to show inside a card: it cannot open a template expression, and Markdown links
 * and emphasis are neutralized (Adaptive Cards render a subset of Markdown in TextBlock).
 */
export function escapeCardText(text: string): string {
  return text
    .replace(/\$\{/g, '$\u200b{')
    .replace(/([\\`*_[\]()<>#!|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}
