/** Turns an answer model into a localized reply activity (cards from templates, strings from i18next). */
import { MessageFactory, type Activity } from 'botbuilder';
import type { Answer } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import { helpCard } from '../cards/help-cards';

export function answerActivity(answer: Answer, t: Translator): Partial<Activity> {
  switch (answer.kind) {
    case 'help':
      return MessageFactory.attachment(helpCard(t, { unknown: answer.unknown }));
    case 'inputProblem':
      return MessageFactory.text(t.t(`errors.${answer.problem}`, { max: answer.maxLength }));
  }
}
