import type { Intent } from './understanding.types';
import type { IntentRule, ScoredIntent } from './intent.rules';
import { ENGLISH_INTENT_RULES } from './intent.rules.en';
import { FRENCH_INTENT_RULES } from './intent.rules.fr';
import { PORTUGUESE_INTENT_RULES } from './intent.rules.pt';
import { RUSSIAN_INTENT_RULES } from './intent.rules.ru';
import { CHINESE_INTENT_RULES } from './intent.rules.zh';
import { languageCueScore } from './language.cues';

/** The languages we hold wording for; Chinese is one lexicon for both scripts. */
export type LexiconLanguage = 'en' | 'fr' | 'pt' | 'ru' | 'zh';

const RULES: Record<LexiconLanguage, readonly IntentRule[]> = {
  en: ENGLISH_INTENT_RULES,
  fr: FRENCH_INTENT_RULES,
  pt: PORTUGUESE_INTENT_RULES,
  ru: RUSSIAN_INTENT_RULES,
  zh: CHINESE_INTENT_RULES,
};

/** What the entity extractors found: it points to an intent whatever the language. */
export interface IntentEvidence {
  hasDuration: boolean;
  hasLines: boolean;
  hasPhoneNumber: boolean;
  hasRange: boolean;
}

export interface IntentDecision {
  intent: Intent;
  /** The lexicon whose wording matched best; undefined when no wording matched at all. */
  lexicon?: LexiconLanguage;
  confidence: number;
}

/** When two intents score the same, the more specific one wins. */
const TIE_ORDER: readonly ScoredIntent[] = ['dialOutCheck', 'myCosts', 'estimate', 'balance', 'eligibility', 'help'];
const MIN_SCORE = 1;

/**
 * Scores the text against each language's wording, in the given order (the declared language first, so it wins a
 * tie), keeps the language whose wording matched most (function words break a tie), and picks that language's best
 * intent with the evidence.
 */
export function decideIntent(folded: string, order: readonly LexiconLanguage[], evidence: IntentEvidence): IntentDecision {
  let best: { lexicon: LexiconLanguage; lexical: number; scores: Map<ScoredIntent, number> } | undefined;
  for (const lexicon of order) {
    const scores = new Map<ScoredIntent, number>();
    let lexical = languageCueScore(folded, lexicon);
    for (const { intent, pattern, weight } of RULES[lexicon]) {
      if (!pattern.test(folded)) continue;
      scores.set(intent, (scores.get(intent) ?? 0) + weight);
      lexical += weight;
    }
    if (lexical > (best?.lexical ?? 0)) best = { lexicon, lexical, scores };
  }
  const scores = withEvidence(best?.scores ?? new Map(), evidence);
  const ranked = TIE_ORDER.map((intent) => ({ intent, score: scores.get(intent) ?? 0 })).sort((a, b) => b.score - a.score);
  const [top, second] = ranked;
  if (!top || top.score < MIN_SCORE) return { intent: 'unknown', ...(best ? { lexicon: best.lexicon } : {}), confidence: 0 };
  const confidence = Math.round((top.score / (top.score + (second?.score ?? 0))) * 100) / 100;
  return { intent: top.intent, ...(best ? { lexicon: best.lexicon } : {}), confidence };
}

function withEvidence(scores: ReadonlyMap<ScoredIntent, number>, evidence: IntentEvidence): Map<ScoredIntent, number> {
  const result = new Map(scores);
  const add = (intent: ScoredIntent, weight: number): void => {
    result.set(intent, (result.get(intent) ?? 0) + weight);
  };
  if (evidence.hasDuration) add('estimate', 1);
  if (evidence.hasLines) add('estimate', 1);
  // A number with a meeting duration is more likely a line of an estimate than a question about dialing it.
  if (evidence.hasPhoneNumber) add('dialOutCheck', evidence.hasDuration ? 1 : 2);
  if (evidence.hasRange) add('myCosts', 1.5);
  return result;
}
