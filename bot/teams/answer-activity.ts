/** Turns an answer model into a localized reply activity (cards from templates, strings from i18next). */
import { MessageFactory, type Activity } from 'botbuilder';
import type { Answer } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import { answerCard, noticeLines } from '../cards/answer-card';

export function answerActivity(answer: Answer, t: Translator): Partial<Activity> {
  const notice = noticeLines(answer, t);
  // Short notices read best as text in a chat; everything else is a card.
  if (notice !== null) return MessageFactory.text(notice.join('\n\n'));
  return MessageFactory.attachment(answerCard(answer, t));
}
