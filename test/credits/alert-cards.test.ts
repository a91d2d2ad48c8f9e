/**
 * The credit alert card, every kind in every language: valid under the adaptivecards package's own parser (run in a
 * plain Node child, as test/cards does), version 1.5, fully expanded, every word translated, amounts and dates in
 * the reader's formats.
 */
import { SUPPORTED_LANGUAGES } from '../../bot/i18n/locale';
import { translatorFor } from '../../bot/i18n/i18n';
import { alertMessage } from '../../bot/cards/alert-cards';
import type { AlertContext, AlertFacts } from '../../bot/credits/alert-conditions';
import { parseWithAdaptiveCards } from '../cards/support/adaptive-cards-parser';

const money = (amount: string) => ({ amount, currency: 'USD' });
const FACTS: AlertFacts[] = [
  { kind: 'lowBalance', balance: money('195.00'), threshold: money('200.00') },
  { kind: 'runOutSoon', runOutDate: '2026-12-02', daysLeft: 12, withinDays: 14, balance: money('120.00'), perDay: money('10.00'), historyDays: 28 },
  { kind: 'spendSpike', day: '2026-11-18', spend: money('1234.56'), baseline: money('10.00'), baselineDays: 28, factor: 2.5 },
  {
    kind: 'lotsExpiring',
    withinDays: 30,
    lots: [
      { id: 'le-1', remaining: money('210.00'), expiresAt: '2026-12-05T00:00:00.000Z' },
      { id: 'le-2', remaining: money('50.00'), expiresAt: '2026-12-15T00:00:00.000Z' },
    ],
  },
];
const CONTEXTS: AlertContext[] = [
  { at: '2026-11-20T17:00:00.000Z', newestCallAt: '2026-11-19T15:00:00.000Z', timeZone: 'America/New_York' },
  { at: '2026-11-20T17:00:00.000Z', newestCallAt: null, timeZone: 'Asia/Shanghai' },
];

function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const own = ['text', 'title', 'value'].flatMap((k) => (typeof record[k] === 'string' ? [record[k] as string] : []));
    return [...own, ...Object.values(record).flatMap(texts)];
  }
  return [];
}

describe('the credit alert card', () => {
  const cards = SUPPORTED_LANGUAGES.flatMap((language) =>
    FACTS.flatMap((facts) => CONTEXTS.map((context, i) => ({ name: `${language} ${facts.kind} ${i}`, message: alertMessage(facts, context, translatorFor(language)) }))),
  );

  it('parses in every language with the adaptivecards package, as version 1.5, fully expanded', () => {
    const parsed = parseWithAdaptiveCards(cards.map((c) => ({ name: c.name, card: c.message.attachments[0]!.content })));
    expect(parsed.filter((p) => p.problems.length > 0)).toEqual([]);
    for (const { name, message } of cards) {
      const json = JSON.stringify(message.attachments[0]!.content);
      expect({ name, version: message.attachments[0]!.content.version, unexpanded: json.includes('${') }).toEqual({ name, version: '1.5', unexpanded: false });
      expect({ name, rawKeys: texts(message.attachments[0]!.content).filter((t) => /^alerts\.|\balerts\.[a-z]/.test(t)) }).toEqual({ name, rawKeys: [] });
    }
  }, 60_000);

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('says it in %s, with amounts and dates in its formats', (language) => {
    const t = translatorFor(language);
    const low = alertMessage(FACTS[0]!, CONTEXTS[0]!, t);
    expect(low.summary).toBe(t.t('alerts.lowBalance.title'));
    const shown = texts(low.attachments[0]!.content).join('\n');
    expect(shown).toContain(new Intl.NumberFormat(t.formatLocale, { style: 'currency', currency: 'USD' }).format(195));
    expect(shown).toContain(t.t('alerts.facts.threshold'));
    expect(shown).toContain(t.t('alerts.footer'));
    const lots = texts(alertMessage(FACTS[3]!, CONTEXTS[0]!, t).attachments[0]!.content).join('\n');
    const fifthOfDecember = new Intl.DateTimeFormat(t.formatLocale, { dateStyle: 'medium', timeZone: 'America/New_York' }).format(new Date('2026-12-05T00:00:00Z'));
    expect(lots).toContain(t.t('alerts.facts.lotExpires', { date: fifthOfDecember }));
  });

  it('says when no usage has arrived yet instead of quoting a newest call', () => {
    const t = translatorFor('en-US');
    const shown = texts(alertMessage(FACTS[0]!, CONTEXTS[1]!, t).attachments[0]!.content).join('\n');
    expect(shown).toContain(t.t('alerts.basisNoUsage', { asOf: new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(CONTEXTS[1]!.at)) }));
  });
});
