import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '../../i18n/locale';
import { chineseScriptOf } from './chinese.script';
import type { LexiconLanguage } from './intents';

const LEXICON_OF: Record<SupportedLanguage, LexiconLanguage> = {
  'en-US': 'en',
  'fr-FR': 'fr',
  'pt-BR': 'pt',
  'ru-RU': 'ru',
  'zh-CN': 'zh',
  'zh-TW': 'zh',
};

/** The declared language's wording first, then the others in a fixed order. */
export function lexiconOrder(declared: SupportedLanguage): LexiconLanguage[] {
  const order = [LEXICON_OF[declared]];
  for (const language of SUPPORTED_LANGUAGES) {
    const lexicon = LEXICON_OF[language];
    if (!order.includes(lexicon)) order.push(lexicon);
  }
  return order;
}

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language the text is written in. The matched lexicon says it when there is one; otherwise the script does,
 * and the declared language stands when the script cannot tell (emoji, digits, a Latin word we don't know).
 */
export function detectLanguage(cased: string, lexicon: LexiconLanguage | undefined, declared: SupportedLanguage): SupportedLanguage {
  const guess = lexicon ?? lexiconByScript(cased, declared);
  if (guess === 'zh') {
    const script = chineseScriptOf(cased);
    if (script === 'traditional') return 'zh-TW';
    if (script === 'simplified') return 'zh-CN';
    return declared === 'zh-TW' ? 'zh-TW' : 'zh-CN';
  }
  if (guess === LEXICON_OF[declared]) return declared;
  switch (guess) {
    case 'en':
      return 'en-US';
    case 'fr':
      return 'fr-FR';
    case 'pt':
      return 'pt-BR';
    case 'ru':
      return 'ru-RU';
  }
}

function lexiconByScript(cased: string, declared: SupportedLanguage): LexiconLanguage {
  const declaredLexicon = LEXICON_OF[declared];
  if (HAN.test(cased)) return 'zh';
  if (CYRILLIC.test(cased)) return 'ru';
  if (LATIN.test(cased) && (declaredLexicon === 'ru' || declaredLexicon === 'zh')) return 'en';
  return declaredLexicon;
}
