/**
 * The dial-out verdict card: the headline is exactly dialOut.verdict.<verdict>, then the reasons, the policy with
 * its source and date, the rate, the cost of 10/30/60 minutes, who can change the policy when blocked, and what the
 * balance covers ("balance unknown" until the ledger is connected). A form below checks another number.
 */
import template from './dial-out.json';
import type { BalanceCoverage, DialOutReason, DialOutVerdict } from '../billing';
import type { DialOutAnswer, DialOutCheck } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import { cardAttachment, escapeCardText, type CardAttachment } from './render-card';
import { STATUS_COLOR, countryName, fixText, integer, issueText, money, phoneNumber, rateSourceText } from './card-format';
import { policyText } from './policy-text';

export function dialOutCard(answer: DialOutAnswer, t: Translator): CardAttachment {
  const asking = answer.checks.length === 0;
  return cardAttachment(template, {
    title: t.t('dialOut.title'),
    subtitle: t.t('answers.forOrganizer', {
      name: escapeCardText(answer.organizer.displayName),
      country: answer.organizer.usageLocation ? countryName(answer.organizer.usageLocation, t) : t.t('answers.usageLocationNotSet'),
    }),
    issuesTitle: t.t('errors.input.title'),
    issues: answer.issues.map((i) => ({ text: issueText(i, t) })),
    checks: answer.checks.map((check) => checkView(check, t)),
    policy: policyText(answer.policy, t),
    formPrompt: t.t(asking ? 'dialOut.form.prompt' : 'dialOut.form.another'),
    phoneLabel: t.t('form.fields.phoneNumber'),
    phonePlaceholder: t.t('dialOut.form.placeholder'),
    typedNumber: answer.typedNumber ?? '',
    checkTitle: t.t('dialOut.form.submit'),
  });
}

function checkView(check: DialOutCheck, t: Translator) {
  const { verdict } = check;
  const place = countryName(verdict.destination.country, t);
  const type = t.t(`numberTypes.${verdict.destination.numberType ?? 'unknown'}`);
  const destination =
    'phoneNumber' in check.asked
      ? t.t('dialOut.destination', { number: phoneNumber(check.asked.phoneNumber), country: place, type })
      : t.t('dialOut.destinationCountry', { country: place });
  const fixers = [...new Set(verdict.reasons.filter((r) => r.severity === 'block' && r.remedy.fixedBy).map((r) => t.t(`fixers.${r.remedy.fixedBy}`)))];
  return {
    headline: t.t(`dialOut.verdict.${verdict.verdict}`),
    color: STATUS_COLOR[verdict.verdict],
    destination,
    reasons: verdict.reasons.map((reason) => ({
      text: `${reason.severity === 'block' ? '⛔' : reason.severity === 'warning' ? '⚠️' : 'ℹ️'} ${reasonText(reason, t)}`,
      subtle: reason.severity === 'info',
      fix: reason.severity === 'info' ? '' : fixText(reason.remedy, t),
    })),
    facts: facts(verdict, t),
    whoCanChange: verdict.verdict === 'blocked' && fixers.length > 0 ? t.t('dialOut.whoCanChange', { who: fixers.join(', ') }) : '',
  };
}

function reasonText(reason: DialOutReason, t: Translator): string {
  const d = reason.details;
  return t.t(`dialOut.reasons.${reason.code}`, {
    destination: countryName(d.destinationCountry ?? null, t),
    organizerCountry: d.organizerCountry ? countryName(d.organizerCountry, t) : t.t('answers.usageLocationNotSet'),
    tenantCountry: d.tenantCountry ? countryName(d.tenantCountry, t) : '',
    numberType: t.t(`numberTypes.${d.numberType ?? 'unknown'}`),
    rate: d.ratePerMinute ? money(d.ratePerMinute, t, true) : '',
    threshold: d.threshold ? money(d.threshold, t, true) : '',
    minutes: d.minutes === undefined ? '' : integer(d.minutes, t),
    lowBalanceMinutes: d.lowBalanceMinutes === undefined ? '' : integer(d.lowBalanceMinutes, t),
    balance: d.balance ? money(d.balance, t) : '',
  });
}

function facts(verdict: DialOutVerdict, t: Translator): { title: string; value: string }[] {
  const list: { title: string; value: string }[] = [];
  const rate = verdict.rate;
  if (rate.kind === 'found') {
    const fee = rate.rate.connectionFee.micros > 0n ? ` ${t.t('rates.plusFee', { fee: money(rate.rate.connectionFee, t, true) })}` : '';
    list.push({ title: t.t('dialOut.facts.rate'), value: `${t.t('rates.perMinute', { rate: money(rate.rate.perMinute, t, true) })}${fee} (${rateSourceText(rate.source, t)})` });
  } else {
    list.push({ title: t.t('dialOut.facts.rate'), value: t.t('rates.unknown') });
  }
  for (const cost of verdict.costFor ?? []) {
    list.push({ title: t.t('dialOut.facts.costFor', { minutes: integer(cost.minutes, t) }), value: money(cost.cost, t) });
  }
  list.push({ title: t.t('dialOut.facts.balance'), value: balanceText(verdict.balanceCovers, t) });
  return list;
}

function balanceText(coverage: BalanceCoverage, t: Translator): string {
  switch (coverage.kind) {
    case 'minutes':
      return t.t('dialOut.balance.minutes', { minutes: integer(coverage.minutes, t) });
    case 'unlimited':
      return t.t('dialOut.balance.unlimited');
    case 'unknown':
      return t.t(coverage.why === 'no-balance' ? 'dialOut.balance.unknown' : 'dialOut.balance.rateUnknown');
    case 'not-applicable':
      return t.t(`dialOut.balance.${coverage.why}`);
  }
}
