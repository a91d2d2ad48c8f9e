/**
 * The credits coverage card: the status and what it means for dial-in and dial-out, for everyone; for an admin in
 * personal chat, the estimate behind it (labelled estimate, with its as-of time, the newest call counted and the
 * 24–48 h lag), the run-out date and the next auto-recharge. Amounts appear in no other case.
 */
import template from './coverage.json';
import type { ProjectedDate } from '../billing';
import type { CoverageAnswer, CoverageFacts, CreditAmounts } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import { cardAttachment, type CardAttachment } from './render-card';
import { date, dateTimeIn, integer, money } from './card-format';

export type CoverageKey = 'good' | 'low' | 'exhausted' | 'unknown' | 'postpaid';

const COLOR: Record<CoverageKey, string> = { good: 'Good', postpaid: 'Good', low: 'Warning', exhausted: 'Attention', unknown: 'Default' };

/** Postpaid tenants are billed after use: nothing runs out, whatever the status says. */
export function coverageKey(coverage: CoverageFacts): CoverageKey {
  return coverage.billingModel === 'postpaid' ? 'postpaid' : coverage.status;
}

export function coverageHeadline(coverage: CoverageFacts, t: Translator): { text: string; color: string } {
  const key = coverageKey(coverage);
  return { text: t.t(`coverage.status.${key}`), color: COLOR[key] };
}

export function coverageCard(answer: CoverageAnswer, t: Translator): CardAttachment {
  const key = coverageKey(answer.coverage);
  const headline = coverageHeadline(answer.coverage, t);
  const amounts = answer.amounts;
  const notes: { text: string }[] = [];
  if (amounts) notes.push(...amountNotes(amounts, t));
  else if (answer.amountsInPersonalChat) notes.push({ text: t.t('coverage.amountsInPersonalChat') });
  else notes.push({ text: t.t('coverage.askAdmin') });
  return cardAttachment(template, {
    title: t.t('coverage.title'),
    headline: headline.text,
    color: headline.color,
    meanings: [
      { label: t.t('coverage.dialIn.label'), text: t.t(`coverage.dialIn.${key}`) },
      { label: t.t('coverage.dialOut.label'), text: t.t(`coverage.dialOut.${key}`) },
    ],
    amountsTitle: t.t('coverage.amounts.title'),
    amounts: amounts ? amountFacts(amounts, t) : [],
    notes,
  });
}

function amountFacts(amounts: CreditAmounts, t: Translator): { title: string; value: string }[] {
  switch (amounts.kind) {
    case 'no-snapshot':
      return [];
    case 'postpaid':
      return [
        { title: t.t('coverage.amounts.spentSince', { date: date(amounts.monthStart, t) }), value: money(amounts.spend, t) },
        { title: t.t('coverage.amounts.budget'), value: amounts.budget ? money(amounts.budget, t) : t.t('coverage.amounts.noBudget') },
        { title: t.t('coverage.amounts.asOf'), value: dateTimeIn(amounts.at, amounts.timeZone, t) },
      ];
    case 'prepaid':
      return [
        { title: t.t('coverage.amounts.estimate'), value: t.t('coverage.amounts.estimateValue', { amount: money(amounts.estimate, t) }) },
        { title: t.t('coverage.amounts.asOf'), value: dateTimeIn(amounts.at, amounts.timeZone, t) },
        { title: t.t('coverage.amounts.runOut'), value: projected(amounts.runOut, t) },
        {
          title: t.t('coverage.amounts.nextRecharge'),
          value:
            amounts.nextRecharge.kind === 'date' && amounts.rechargeAmount
              ? t.t('coverage.amounts.rechargeValue', { amount: money(amounts.rechargeAmount, t), when: projected(amounts.nextRecharge, t) })
              : projected(amounts.nextRecharge, t),
        },
      ];
  }
}

function amountNotes(amounts: CreditAmounts, t: Translator): { text: string }[] {
  if (amounts.kind === 'no-snapshot') return [{ text: t.t('coverage.amounts.noSnapshot') }];
  const lag =
    amounts.newestCallAt === null
      ? t.t('coverage.amounts.lagNoCalls')
      : t.t('coverage.amounts.lag', { newest: dateTimeIn(amounts.newestCallAt, amounts.timeZone, t) });
  if (amounts.kind === 'postpaid') return [{ text: lag }];
  return [{ text: t.t('coverage.amounts.basis', { snapshot: dateTimeIn(amounts.snapshotAsOf, amounts.timeZone, t) }) }, { text: lag }];
}

function projected(value: ProjectedDate, t: Translator): string {
  switch (value.kind) {
    case 'date':
      return t.t('coverage.projected.date', { date: date(value.date, t), days: integer(value.historyDays, t) });
    case 'not-within-horizon':
      return t.t('coverage.projected.notWithinHorizon', { days: integer(value.horizonDays, t) });
    case 'not-applicable':
      return t.t(`coverage.projected.${value.why}`);
  }
}
