/**
 * The estimate card: the priced lines with their rate source, the lines without a rate and who can fix that, the
 * total in the organizer's locale, and the form (duration, lines, add/remove) that sends Action.Execute with an
 * Action.Submit fallback. A partial question gets the same card with what is missing and no total. Under the total,
 * whether the credits balance covers it.
 */
import template from './estimate.json';
import type { EstimateBalanceCoverage, EstimateLineItem, MeetingCostEstimate, UnpricedLine } from '../billing';
import type { EstimateAnswer, EstimateDraft, EstimateDraftLine } from '../conversation/answer-model';
import { MAX_CALLERS, MAX_MEETING_MINUTES } from '../conversation/input-fields';
import type { Translator } from '../i18n/i18n';
import { cardAttachment, escapeCardText, type CardAttachment } from './render-card';
import { countryName, fixText, integer, issueText, money, phoneNumber, rateSourceText } from './card-format';
import { countryChoices } from './country-choices';

const KIND_OF_CALL = { 'dial-in-toll': 'dialInToll', 'dial-in-toll-free': 'dialInTollFree', 'dial-out': 'dialOut' } as const;
const FORM_KINDS = ['dialInToll', 'dialInTollFree', 'dialOut'] as const;
/** The balance line says whether the credits cover the total, never the amount (the card may be in a group chat). */
const BALANCE_COLOR: Record<EstimateBalanceCoverage, string> = { covered: 'Good', postpaid: 'Default', unknown: 'Default', short: 'Warning', exhausted: 'Attention' };
/** A question with no lines yet still shows one empty line to fill in. */
const BLANK_LINE: EstimateDraftLine = { kind: null, count: null, country: null, phoneNumber: null, stayMinutes: null };

export function estimateCard(answer: EstimateAnswer, t: Translator): CardAttachment {
  const { draft, estimate } = answer;
  const formData = formState(draft);
  return cardAttachment(template, {
    title: t.t('estimate.title'),
    subtitle: t.t('answers.forOrganizer', {
      name: escapeCardText(answer.organizer.displayName),
      country: answer.organizer.usageLocation ? countryName(answer.organizer.usageLocation, t) : t.t('answers.usageLocationNotSet'),
    }),
    issuesTitle: t.t('errors.input.title'),
    issues: answer.issues.map((i) => ({ text: issueText(i, t) })),
    missingIntro: t.t('estimate.missing.intro'),
    missing: answer.missing.map((slot) => ({ text: `• ${t.t(`estimate.missing.${slot}`)}` })),
    hasResult: estimate !== null,
    ...(estimate ? resultView(estimate, draft, t) : { items: [], unpriced: [], total: '', demoNotice: '', rounding: '' }),
    balanceText: answer.balanceCheck ? t.t(`estimate.balance.${answer.balanceCheck}`) : '',
    balanceColor: answer.balanceCheck ? BALANCE_COLOR[answer.balanceCheck] : 'Default',
    formTitle: t.t(estimate ? 'estimate.form.change' : 'estimate.form.title'),
    durationLabel: t.t('form.fields.duration'),
    durationValue: draft.durationMinutes,
    maxMinutes: MAX_MEETING_MINUTES,
    maxCallers: MAX_CALLERS,
    kindLabel: t.t('form.fields.kind'),
    countLabel: t.t('form.fields.count'),
    countryLabel: t.t('form.fields.country'),
    stayLabel: t.t('estimate.form.stay'),
    choosePlaceholder: t.t('estimate.form.choose'),
    kindChoices: FORM_KINDS.map((kind) => ({ title: t.t(`estimate.kinds.${kind}`), value: kind })),
    countryChoices: countryChoices(answer, t),
    formLines: (draft.lines.length > 0 ? draft.lines : [BLANK_LINE]).map((line, i) => ({
      title: t.t('estimate.form.line', { line: i + 1 }),
      kindId: `line${i}_kind`,
      kindValue: line.kind === 'dialIn' ? null : line.kind,
      countId: `line${i}_count`,
      countValue: line.count,
      countryId: `line${i}_country`,
      countryValue: line.country,
      stayId: `line${i}_stay`,
      stayValue: line.stayMinutes,
      numberNote: line.phoneNumber ? t.t('estimate.form.toNumber', { number: escapeCardText(phoneNumber(line.phoneNumber)) }) : '',
      removeTitle: draft.lines.length > 0 ? t.t('estimate.form.remove', { line: i + 1 }) : '',
      removeData: { ...formData, removeLine: i },
      removeSubmitData: { ...formData, removeLine: i, verb: 'estimate.removeLine' },
    })),
    formData,
    updateTitle: t.t('estimate.form.update'),
    updateSubmitData: { ...formData, verb: 'estimate.update' },
    addTitle: t.t('estimate.form.add'),
    addSubmitData: { ...formData, verb: 'estimate.addLine' },
    typeHint: t.t('estimate.form.typeHint'),
  });
}

/** What the inputs cannot carry: how many lines the form shows, and each dial-out's number. */
function formState(draft: EstimateDraft): Record<string, string | number> {
  const state: Record<string, string | number> = { lineCount: draft.lines.length };
  draft.lines.forEach((line, i) => {
    if (line.phoneNumber) state[`line${i}_phone`] = line.phoneNumber;
  });
  return state;
}

function resultView(estimate: MeetingCostEstimate, draft: EstimateDraft, t: Translator) {
  const demo = estimate.items.some((i) => i.rateSource.kind === 'rate-card' && i.rateSource.card === 'demo');
  const totalText = money(estimate.total, t);
  return {
    items: estimate.items.map((item) => ({
      label: lineLabel(item, draft, t),
      detail: t.t('estimate.lineDetail', {
        minutes: integer(item.billedSecondsPerCall / 60, t),
        rate: t.t('rates.perMinute', { rate: money(item.rate.perMinute, t, true) }),
        source: rateSourceText(item.rateSource, t),
      }),
      subtotal: money(item.subtotal, t),
    })),
    // The same remedy is said once, under the first line that needs it.
    unpriced: estimate.unpriced.map((line, i) => ({
      text: t.t('estimate.unpriced', { line: lineLabel(line, draft, t) }),
      fix: estimate.unpriced.findIndex((other) => other.remedy.code === line.remedy.code) === i ? fixText(line.remedy, t) : '',
    })),
    total: estimate.complete ? t.t('estimate.total', { total: totalText }) : t.t('estimate.totalIncomplete', { total: totalText }),
    demoNotice: demo ? t.t('rates.demoNotice') : '',
    rounding: t.t(`estimate.rounding.${estimate.rounding.duration}`),
  };
}

function lineLabel(line: EstimateLineItem | UnpricedLine, draft: EstimateDraft, t: Translator): string {
  const phone = draft.lines[line.index]?.phoneNumber;
  const place = phone ? `${escapeCardText(phoneNumber(phone))} (${countryName(line.country, t)})` : countryName(line.country, t);
  return t.t('estimate.line', { count: integer(line.calls, t), kind: t.t(`estimate.kinds.${KIND_OF_CALL[line.callKind]}`), place });
}
