/**
 * Meeting-start advice for the organizer: their dial-out policy in plain words, whether the credits cover calls and
 * what that means for dial-out, and what their meetings with calls typically cost (only when there is history).
 * When the organizer has no personal chat with the bot, the meeting chat gets the placeholder instead: a card whose
 * Universal Actions refresh shows the advice to the organizer alone (refresh.userIds); everyone else sees only that
 * the organizer has private advice.
 */
import adviceTemplate from './meeting-advice.json';
import placeholderTemplate from './meeting-advice-placeholder.json';
import type { MeetingAdviceAnswer } from '../conversation/answer-model';
import { TYPICAL_COST_DAYS } from '../conversation/meeting-advice';
import type { Translator } from '../i18n/i18n';
import { cardAttachment, type CardAttachment } from './render-card';
import { countryName, integer, money } from './card-format';
import { coverageHeadline, coverageKey } from './coverage-card';
import { policyText } from './policy-text';

/** The verb of the placeholder's refresh: the Teams host answers it with the advice, for the organizer only. */
export const MEETING_ADVICE_VERB = 'meetingAdvice.show';

export function meetingAdviceCard(answer: MeetingAdviceAnswer, t: Translator): CardAttachment {
  const coverage = coverageHeadline(answer.coverage, t);
  const sections = [
    {
      label: t.t('meetingAdvice.dialOut'),
      text: dialOutText(answer, t),
      color: answer.canDialOut && answer.policy.meetingDialOut !== 'Disabled' ? 'Default' : 'Attention',
      detail: policyText(answer.policy, t),
    },
    { label: t.t('meetingAdvice.credits'), text: coverage.text, color: coverage.color, detail: t.t(`coverage.dialOut.${coverageKey(answer.coverage)}`) },
  ];
  if (answer.typicalCost) {
    sections.push({
      label: t.t('meetingAdvice.typical'),
      text: t.t('meetingAdvice.typicalCost', { cost: money(answer.typicalCost.median, t) }),
      color: 'Default',
      detail: t.t('meetingAdvice.typicalBasis', { meetings: integer(answer.typicalCost.meetings, t), days: integer(TYPICAL_COST_DAYS, t) }),
    });
  }
  return cardAttachment(adviceTemplate, { title: t.t('meetingAdvice.title'), privacy: t.t('meetingAdvice.privacy'), sections });
}

function dialOutText(answer: MeetingAdviceAnswer, t: Translator): string {
  if (!answer.canDialOut) return t.t('meetingAdvice.policy.noAudioConferencing');
  const setting = answer.policy.meetingDialOut;
  if (setting === null) return t.t('meetingAdvice.policy.unrecognized');
  const country = answer.organizer.usageLocation ? countryName(answer.organizer.usageLocation, t) : t.t('meetingAdvice.policy.yourCountry');
  return t.t(`meetingAdvice.policy.${setting}`, { country });
}

/** What the meeting chat shows: nothing about the organizer; only they get the advice, through the refresh. */
export function meetingAdvicePlaceholderCard(organizerMri: string, t: Translator): CardAttachment {
  return cardAttachment(placeholderTemplate, {
    title: t.t('meetingAdvice.placeholder.title'),
    text: t.t('meetingAdvice.placeholder.text'),
    showTitle: t.t('meetingAdvice.placeholder.show'),
    organizerMri,
  });
}
