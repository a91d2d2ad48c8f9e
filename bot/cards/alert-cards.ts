/**
 * The proactive credit alert card (Adaptive Card 1.5, bot/cards/alert.json), in the admin's own language and number
 * and date formats. Alert facts come in as data; every word comes from the locale files.
 */
import alertTemplate from './alert.json';
import { cardAttachment, type CardAttachment } from './render-card';
import type { Translator } from '../i18n/i18n';
import { formatMoney, fromMoneyJson, type MoneyJson } from '../billing/money';
import type { AlertContext, AlertFacts, AlertKind } from '../credits/alert-conditions';
import { dateTimeFormat, numberFormat } from '../billing/intl-cache';

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
  const money = (m: MoneyJson): string => formatMoney(fromMoneyJson(m), t.formatLocale);
  const day = (date: string): string => formatDate(date, t.formatLocale);
  const count = (n: number): string => numberFormat(t.formatLocale).format(n);
  const fact = (key: string, value: string): Fact => ({ title: t.t(`alerts.facts.${key}`), value });
  switch (facts.kind) {
    case 'lowBalance':
      return [fact('balance', money(facts.balance)), fact('threshold', money(facts.threshold))];
    case 'runOutSoon':
      return [
        fact('runOutDate', day(facts.runOutDate)),
        fact('daysLeft', count(facts.daysLeft)),
        fact('balance', money(facts.balance)),
        fact('perDay', money(facts.perDay)),
        fact('historyDays', count(facts.historyDays)),
      ];
    case 'spendSpike':
      return [
        fact('day', day(facts.day)),
        fact('daySpend', money(facts.spend)),
        fact('baseline', money(facts.baseline)),
        fact('factor', t.t('alerts.facts.factorValue', { factor: numberFormat(t.formatLocale, { maximumFractionDigits: 2 }).format(facts.factor) })),
        fact('baselineDays', count(facts.baselineDays)),
      ];
    case 'lotsExpiring':
      return facts.lots.map((lot) => ({
        title: t.t('alerts.facts.lotExpires', { date: formatInstant(lot.expiresAt, context.timeZone, t.formatLocale, false) }),
        value: money(lot.remaining),
      }));
  }
}

function basisLine(context: AlertContext, t: Translator): string {
  const asOf = formatInstant(context.at, context.timeZone, t.formatLocale, true);
  return context.newestCallAt
    ? t.t('alerts.basis', { asOf, newest: formatInstant(context.newestCallAt, context.timeZone, t.formatLocale, true) })
    : t.t('alerts.basisNoUsage', { asOf });
}

/** A calendar date as people read it; the date is already in the tenant's zone, so it is formatted as UTC. */
function formatDate(date: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function formatInstant(instant: string, timeZone: string, locale: string, withTime: boolean): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}), timeZone }).format(new Date(instant));
}
