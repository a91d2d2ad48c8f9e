/**
 * What the conversation service answers, as data. Hosts (bot/teams, bot/api) turn it into cards or JSON;
 * this layer never builds card JSON and never holds a user-facing string.
 */
export type InputProblem = 'tooLong' | 'empty' | 'attachmentsOnly';

export type Answer =
  | { kind: 'help'; unknown: boolean }
  | { kind: 'inputProblem'; problem: InputProblem; maxLength?: number };

export interface AskContext {
  tenantId: string;
  userId: string | undefined;
  locale: string;
  now: Date;
  conversationKind: 'personal' | 'groupChat' | 'channel';
}

export interface ConversationService {
  answer(text: string, context: AskContext & { hasAttachments: boolean }): Promise<Answer>;
}
