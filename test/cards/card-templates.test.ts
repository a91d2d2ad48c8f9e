/**
 * Every card, in every locale, parses without errors under the adaptivecards package's own parser (the UMD build,
 * under jsdom: toolchain-notes "Adaptive Cards"), and passes the checks that parser misses: every Action.Execute has
 * a verb and an Action.Submit fallback, no template expression or {{placeholder}} is left unfilled, and no raw i18n key
 * is shown.
 */
import { SUPPORTED_LANGUAGES } from '../../bot/i18n/locale';
import { BOT_RESOURCES, translatorFor } from '../../bot/i18n/i18n';
import { answerCard } from '../../bot/cards/answer-card';
import { helpCard, welcomeCard } from '../../bot/cards/help-cards';
import { meetingAdvicePlaceholderCard } from '../../bot/cards/meeting-advice-card';
import type { CardAttachment } from '../../bot/cards/render-card';
import { answerSamples, type AnswerSample } from './card-samples';
import { parseWithAdaptiveCards } from './support/adaptive-cards-parser';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}
const I18N_KEYS = new Set(keysOf(BOT_RESOURCES['en-US']).map((k) => k.replace(/_(one|few|many|other)$/, '')));

function walk(node: unknown, visit: (record: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node as Record<string, unknown>).forEach((v) => walk(v, visit));
  }
}

/** What the adaptivecards parser misses (toolchain-notes): verbs, fallbacks, unexpanded expressions, raw keys. */
function ownChecks(card: CardAttachment): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(card.content);
  if (json.includes('${')) problems.push(`unexpanded template expression: ${/.{0,40}\$\{.{0,40}/.exec(json)?.[0]}`);
  if (/\{\{\s*\w+\s*\}\}/.test(json)) problems.push(`unfilled string placeholder: ${/.{0,40}\{\{.{0,40}/.exec(json)?.[0]}`);
  if (card.content.version !== '1.5') problems.push(`version ${String(card.content.version)}`);
  walk(card.content, (record) => {
    if (record.type === 'Action.Execute') {
      if (typeof record.verb !== 'string' || record.verb === '') problems.push('Action.Execute without a verb');
      const fallback = record.fallback as Record<string, unknown> | undefined;
      if (fallback?.type !== 'Action.Submit') problems.push(`Action.Execute ${String(record.verb)} without an Action.Submit fallback`);
      else if ((fallback.data as Record<string, unknown> | undefined)?.verb !== record.verb) problems.push(`fallback of ${String(record.verb)} does not carry the verb`);
    }
    for (const field of ['text', 'title', 'value', 'label', 'placeholder']) {
      const value = record[field];
      if (typeof value === 'string' && (I18N_KEYS.has(value.trim()) || /\b(?:errors|dialOut|estimate|eligibility|remedies|fixers|policy|rates|numberTypes|answers|form|status|coverage|myCosts|meetingAdvice)\.[a-zA-Z-]+(?:\.[a-zA-Z-]+)*\b/.test(value))) {
        problems.push(`raw i18n key in ${field}: ${value}`);
      }
    }
  });
  return problems;
}

describe('card templates', () => {
  let samples: AnswerSample[];
  beforeAll(async () => {
    samples = await answerSamples();
  });

  it('covers every kind of answer', () => {
    const kinds = new Set(samples.map((s) => s.answer.kind));
    expect([...kinds].sort()).toEqual([
      'coverage',
      'dialOut',
      'eligibility',
      'estimate',
      'help',
      'inputProblem',
      'meetingAdvice',
      'myCosts',
      'submissionProblem',
      'unknownOrganizer',
    ]);
  });

  it('parses every card in every locale with the adaptivecards package, and passes the checks it misses', () => {
    const cards: { name: string; card: CardAttachment }[] = [];
    for (const language of SUPPORTED_LANGUAGES) {
      const t = translatorFor(language);
      for (const sample of samples) cards.push({ name: `${language} ${sample.name}`, card: answerCard(sample.answer, t) });
      cards.push({ name: `${language} help`, card: helpCard(t) }, { name: `${language} welcome`, card: welcomeCard(t) });
      cards.push({ name: `${language} help (unknown)`, card: helpCard(t, { unknown: true }) });
      cards.push({ name: `${language} meeting advice placeholder`, card: meetingAdvicePlaceholderCard('29:organizer', t) });
    }
    const parsed = parseWithAdaptiveCards(cards.map(({ name, card }) => ({ name, card: card.content })));
    const failures = parsed
      .map((result, i) => ({ name: result.name, problems: [...result.problems, ...ownChecks(cards[i]!.card)] }))
      .filter((r) => r.problems.length > 0)
      .map((r) => `${r.name}:\n  ${r.problems.join('\n  ')}`);
    expect(failures).toEqual([]);
    // The estimate form renders its inputs (a client would show them).
    const estimate = parsed.find((r) => r.name.startsWith('fr-FR avery: What will'));
    expect(estimate?.inputs).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
