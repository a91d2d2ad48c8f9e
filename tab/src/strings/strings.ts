import { createInstance } from 'i18next';
import type { SupportedLanguage } from '../../../bot/i18n/locale';
import type enUS from '../../i18n/en-US.json';

/** Dotted paths to every leaf string of en-US.json, so a misspelt key fails type-checking. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type StringKey = Leaves<typeof enUS>;
export type StringResources = typeof enUS;
export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/** One chunk per language: only the user's strings are downloaded. */
const LOADERS: Record<SupportedLanguage, () => Promise<{ default: StringResources }>> = {
  'en-US': () => import('../../i18n/en-US.json'),
  'fr-FR': () => import('../../i18n/fr-FR.json'),
  'pt-BR': () => import('../../i18n/pt-BR.json'),
  'ru-RU': () => import('../../i18n/ru-RU.json'),
  'zh-CN': () => import('../../i18n/zh-CN.json'),
  'zh-TW': () => import('../../i18n/zh-TW.json'),
};

export async function loadStrings(language: SupportedLanguage): Promise<Translate> {
  const { default: resources } = await LOADERS[language]();
  return createTranslate(language, resources);
}

/** Builds a translate function over already-loaded resources (also used by tests). */
export async function createTranslate(language: string, resources: StringResources): Promise<Translate> {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: resources } },
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (key, values) => i18n.t(key, values ?? {});
}
