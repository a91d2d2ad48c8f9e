/**
 * The proactive credit alert card (Adaptive Card 1.5, bot/cards/alert.json), in the admin's own language and number
 * and date formats. Alert facts come in as data; every word comes from the locale files.
 */
import alertTemplate from './alert.json';
import { cardAttachment, type CardAttachment } from './render-card';
import type { Translator } from '../i18n/i18n';
import { fromMoneyJson, type MoneyJson } from '../billing/money';
import type { AlertContext, AlertFacts, AlertKind } from '../credits/alert-conditions';
import { dateTimeFormat } from '../billing/intl-cache';
import { date, dateTimeIn, integer, money } from './card-format';

export interface AlertMessage {
  readonly type: 'message';
  /** What Teams shows in the notification and the chat list. */
  readonly summary: string;
  readonly attachments: CardAttachment[];
}

interface Fact {
  title: string;
  value: string;
}

const COLOR: Record<AlertKind, 'Attention' | 'Warning'> = {
  lowBalance: 'Attention',
  runOutSoon: 'Attention',
  spendSpike: 'Warning',
  lotsExpiring: 'Warning',
};

export function alertMessage(facts: AlertFacts, context: AlertContext, t: Translator): AlertMessage {
  const kind = facts.kind;
  const title = t.t(`alerts.${kind}.title`);
  const card = cardAttachment(alertTemplate, {
    title,
    color: COLOR[kind],
    summary: t.t(`alerts.${kind}.summary`),
    facts: alertFacts(facts, context, t),
    nextStep: t.t(`alerts.${kind}.nextStep`),
    basis: basisLine(context, t),
    footer: t.t('alerts.footer'),
  });
  return { type: 'message', summary: title, attachments: [card] };
}

function alertFacts(facts: AlertFacts, context: AlertContext, t: Translator): Fact[] {
  const amount = (m: MoneyJson): string => money(fromMoneyJson(m), t);
  const day = (value: string): string => date(value, t);
  const count = (n: number): string => integer(n, t);
  const fact = (key: string, value: string): Fact => ({ title: t.t(`alerts.facts.${key}`), value });
  switch (facts.kind) {
    case 'lowBalance':
      return [fact('balance', amount(facts.balance)), fact('threshold', amount(facts.threshold))];
    case 'runOutSoon':
      return [
        fact('runOutDate', day(facts.runOutDate)),
        fact('daysLeft', count(facts.daysLeft)),
        fact('balance', amount(facts.balance)),
        fact('perDay', amount(facts.perDay)),
        fact('historyDays', count(facts.historyDays)),
      ];
    case 'spendSpike':
      return [
        fact('day', day(facts.day)),
        fact('daySpend', amount(facts.spend)),
        fact('baseline', amount(facts.baseline)),
        fact('factor', t.t('alerts.facts.factorValue', { factor: integer(facts.factor, t) })),
        fact('baselineDays', count(facts.baselineDays)),
      ];
    case 'lotsExpiring':
      return facts.lots.map((lot) => ({
        title: t.t('alerts.facts.lotExpires', { date: dateIn(lot.expiresAt, context.timeZone, t) }),
        value: amount(lot.remaining),
      }));
  }
}

function basisLine(context: AlertContext, t: Translator): string {
  const asOf = dateTimeIn(context.at, context.timeZone, t);
  return context.newestCallAt
    ? t.t('alerts.basis', { asOf, newest: dateTimeIn(context.newestCallAt, context.timeZone, t) })
    : t.t('alerts.basisNoUsage', { asOf });
}

/** The date of an instant in the tenant's time zone ("12 Nov 2026"). */
function dateIn(instant: string, timeZone: string, t: Translator): string {
  return dateTimeFormat(t.formatLocale, { dateStyle: 'medium', timeZone }).format(new Date(instant));
}
