/**
 * One card for every answer: what an adaptiveCard/action invoke returns to replace the card that was clicked.
 * Messages use the same cards, except for the short notices, which are plain text there.
 */
import type { Answer } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import noticeTemplate from './notice.json';
import { cardAttachment, type CardAttachment } from './render-card';
import { dialOutCard } from './dial-out-card';
import { eligibilityCard } from './eligibility-card';
import { estimateCard } from './estimate-card';
import { helpCard } from './help-cards';
import { coverageCard } from './coverage-card';
import { meetingAdviceCard } from './meeting-advice-card';
import { myCostsCard } from './my-costs-card';
import { issueText } from './card-format';

/** The sentence(s) of a notice answer; null for answers that are cards. */
export function noticeLines(answer: Answer, t: Translator): string[] | null {
  switch (answer.kind) {
    case 'inputProblem':
      return [t.t(`errors.${answer.problem}`, { max: answer.maxLength })];
    case 'unknownOrganizer':
      return [t.t(`answers.unknownOrganizer.${answer.reason}`)];
    case 'personalChatOnly':
      return [t.t(`answers.personalChatOnly.${answer.topic}`)];
    case 'submissionProblem':
      return answer.issues.map((i) => issueText(i, t));
    default:
      return null;
  }
}

export function answerCard(answer: Answer, t: Translator): CardAttachment {
  switch (answer.kind) {
    case 'help':
      return helpCard(t, { unknown: answer.unknown });
    case 'eligibility':
      return eligibilityCard(answer, t);
    case 'estimate':
      return estimateCard(answer, t);
    case 'dialOut':
      return dialOutCard(answer, t);
    case 'coverage':
      return coverageCard(answer, t);
    case 'myCosts':
      return myCostsCard(answer, t);
    case 'meetingAdvice':
      return meetingAdviceCard(answer, t);
    case 'inputProblem':
    case 'unknownOrganizer':
    case 'personalChatOnly':
    case 'submissionProblem':
      return cardAttachment(noticeTemplate, { title: t.t('answers.noticeTitle'), lines: (noticeLines(answer, t) ?? []).map((text) => ({ text })) });
  }
}
