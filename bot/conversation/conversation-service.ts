/**
 * Text in, answer model out. SDK-free: no botbuilder, no HTTP.
 */
import type { Answer, AskContext, ConversationService } from './answer-model';

export const MAX_MESSAGE_LENGTH = 4000;

const HELP_WORDS = new Set(['help', '?', 'aide', 'ajuda', 'справка', 'помощь', '帮助', '說明', '说明', 'menu']);

export class PpmConversationService implements ConversationService {
  async answer(text: string, context: AskContext & { hasAttachments: boolean }): Promise<Answer> {
    const trimmed = text.trim();
    if (trimmed.length === 0) {
      return { kind: 'inputProblem', problem: context.hasAttachments ? 'attachmentsOnly' : 'empty' };
    }
    if (trimmed.length > MAX_MESSAGE_LENGTH) {
      return { kind: 'inputProblem', problem: 'tooLong', maxLength: MAX_MESSAGE_LENGTH };
    }
    const word = trimmed.toLowerCase().replace(/[.!。！]+$/u, '');
    return { kind: 'help', unknown: !HELP_WORDS.has(word) };
  }
}
