/** The effective dial-out policy in one sentence: which, what it allows, whose, where it came from, and when. */
import type { PolicyFacts } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import { date } from './card-format';
import { escapeCardText } from './render-card';

export function policyText(policy: PolicyFacts, t: Translator): string {
  const setting = policy.meetingDialOut ? t.t(`policy.settings.${policy.meetingDialOut}`) : t.t('policy.unrecognized');
  return t.t('policy.line', {
    name: escapeCardText(policy.name ?? '—'),
    setting,
    level: t.t(`policy.level.${policy.level}`),
    source: t.t(`policy.source.${policy.source}`),
    date: policy.at ? date(policy.at, t) : t.t('policy.noDate'),
  });
}
