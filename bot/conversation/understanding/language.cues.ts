import type { LexiconLanguage } from './intents';

/**
 * Short function words of each language. They never decide an intent; they only break a tie between languages
 * whose intent wording matched equally ("am I eligible for PPM?" is English although "éligible" folds the same).
 */
const FUNCTION_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  en: new Set(['i', 'am', 'is', 'are', 'do', 'does', 'did', 'the', 'for', 'my', 'me', 'we', 'our', 'can', 'could',
    'what', 'how', 'to', 'of', 'with', 'will', 'would', 'have', 'much', 'many', 'this', 'that', 'it', 'you', 'from', 'in']),
  fr: new Set(['je', 'suis', 'est', 'le', 'la', 'les', 'un', 'une', 'de', 'des', 'du', 'pour', 'mes', 'mon', 'ma', 'nos',
    'avec', 'combien', 'puis', 'ai', 'il', 'nous', 'vous', 'tu', 'que', 'quel', 'quelle', 'sur', 'au', 'aux', 'ce',
    'cette', 'et', 'en', 'moi']),
  pt: new Set(['eu', 'o', 'os', 'as', 'para', 'pra', 'com', 'meu', 'minha', 'meus', 'minhas', 'quanto', 'quantos',
    'posso', 'tenho', 'do', 'da', 'dos', 'das', 'no', 'na', 'um', 'uma', 'que', 'qual', 'voce', 'vc', 'e', 'de', 'em',
    'esta', 'essa']),
  ru: new Set(['я', 'у', 'меня', 'мне', 'ли', 'на', 'в', 'с', 'для', 'мои', 'мой', 'сколько', 'можно', 'как', 'что', 'и',
    'за', 'это', 'нас']),
  zh: new Set(),
};

const WORDS = /[\p{Script=Latin}\p{Script=Cyrillic}]+/gu;
const HAN = /\p{Script=Han}/u;
/** Small enough that all function words together weigh less than the lightest intent rule (0.5). */
const WEIGHT_PER_WORD = 0.01;

/** A tie-breaking score for "this text is written in that language". */
export function languageCueScore(folded: string, lexicon: LexiconLanguage): number {
  if (lexicon === 'zh') return HAN.test(folded) ? WEIGHT_PER_WORD : 0;
  const vocabulary = FUNCTION_WORDS[lexicon];
  const seen = new Set((folded.match(WORDS) ?? []).filter((word) => vocabulary.has(word)));
  return seen.size * WEIGHT_PER_WORD;
}
