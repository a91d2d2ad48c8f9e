/** The eligibility checklist card: each item pass / fail / unknown, with its reason, hints, remedy and who fixes it. */
import template from './eligibility.json';
import type { EligibilityAnswer } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import { cardAttachment, escapeCardText, type CardAttachment } from './render-card';
import { STATUS_COLOR, countryName, fixText } from './card-format';
import { policyText } from './policy-text';

export function eligibilityCard(answer: EligibilityAnswer, t: Translator): CardAttachment {
  const { organizer, checklist } = answer;
  return cardAttachment(template, {
    title: t.t('eligibility.title'),
    subtitle: t.t('answers.forOrganizer', {
      name: escapeCardText(organizer.displayName),
      country: organizer.usageLocation ? countryName(organizer.usageLocation, t) : t.t('answers.usageLocationNotSet'),
    }),
    overall: t.t(`eligibility.overall.${checklist.overall}`),
    overallColor: STATUS_COLOR[checklist.overall],
    items: checklist.items.map((item) => ({
      status: t.t(`status.${item.status}`),
      color: STATUS_COLOR[item.status],
      label: t.t(`eligibility.items.${item.id}`),
      reason: t.t(`eligibility.reasons.${item.reason}`),
      hints: item.hints.map((hint) => ({ text: t.t(`eligibility.hints.${hint}`) })),
      fix: fixText(item.remedy, t),
    })),
    policy: policyText(answer.policy, t),
  });
}
