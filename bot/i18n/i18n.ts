/**
 * Bot strings through i18next. One instance for the process; a Translator is bound to one person's locale.
 * Missing keys fall back to English, and a test checks that every locale has every key.
 */
import i18next, { type i18n, type TOptions } from 'i18next';
import enUS from './locales/en-US.json';
import frFR from './locales/fr-FR.json';
import ptBR from './locales/pt-BR.json';
import ruRU from './locales/ru-RU.json';
import zhCN from './locales/zh-CN.json';
import zhTW from './locales/zh-TW.json';
import { DEFAULT_LANGUAGE, resolveLocale, type SupportedLanguage } from './locale';

export const BOT_RESOURCES: Record<SupportedLanguage, object> = {
  'en-US': enUS,
  'fr-FR': frFR,
  'pt-BR': ptBR,
  'ru-RU': ruRU,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};

export interface Translator {
  readonly language: SupportedLanguage;
  readonly formatLocale: string;
  t(key: string, vars?: Record<string, unknown>): string;
  /** True when the key exists in this language or the fallback. */
  has(key: string): boolean;
}

let instance: i18n | undefined;

function getInstance(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: Object.fromEntries(Object.entries(BOT_RESOURCES).map(([lng, res]) => [lng, { translation: res }])),
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: Object.keys(BOT_RESOURCES),
      load: 'currentOnly',
      // Card templates and Adaptive Card text are not HTML; escaping happens where text enters a card.
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      showSupportNotice: false,
    } as Parameters<i18n['init']>[0]);
  }
  return instance;
}

/** Translators are immutable: one per (language, format locale), shared by every turn that needs it. */
const translators = new Map<string, Translator>();

export function translatorFor(localeTag: string | undefined | null): Translator {
  const { language, formatLocale } = resolveLocale(localeTag);
  const key = `${language}|${formatLocale}`;
  const known = translators.get(key);
  if (known) return known;
  const fixed = getInstance().getFixedT(language);
  const translator: Translator = {
    language,
    formatLocale,
    t: (key, vars) => fixed(key, vars as TOptions) as string,
    has: (key) => getInstance().exists(key, { lng: language }),
  };
  // Format locales come from activities (fr-CA, fr-x-anything): bounded, cleared when full.
  if (translators.size >= 500) translators.clear();
  translators.set(key, translator);
  return translator;
}
