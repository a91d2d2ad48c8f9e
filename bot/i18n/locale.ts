/**
 * Maps a locale tag from Teams (activity.locale, teams-js context) to the strings we ship and the tag used for
 * formatting. Dependency-free on purpose: the tab imports it too (architecture "Locales").
 */

export const SUPPORTED_LANGUAGES = ['en-US', 'fr-FR', 'pt-BR', 'ru-RU', 'zh-CN', 'zh-TW'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: SupportedLanguage = 'en-US';

export interface ResolvedLocale {
  /** Which string resources to use. */
  language: SupportedLanguage;
  /** Which locale formats numbers, money and dates: the user's own tag where it is valid (pt-PT, en-GB, fr-CA). */
  formatLocale: string;
}

const EXACT: Record<string, SupportedLanguage> = {
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  'zh-hant': 'zh-TW',
  'zh-tw': 'zh-TW',
  'zh-sg': 'zh-CN',
  'zh-hans': 'zh-CN',
  'zh-cn': 'zh-CN',
};

const BY_LANGUAGE: Record<string, SupportedLanguage> = {
  en: 'en-US',
  fr: 'fr-FR',
  pt: 'pt-BR',
  ru: 'ru-RU',
  zh: 'zh-CN',
};

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Every turn and every request resolves its locale, often several times; tags repeat, so answers are kept. */
const resolved = new Map<string, ResolvedLocale>();
const MAX_RESOLVED = 500;

export function resolveLocale(tag: string | undefined | null): ResolvedLocale {
  const key = tag ?? '';
  const known = resolved.get(key);
  if (known) return known;
  const answer = Object.freeze(resolveUncached(tag));
  if (resolved.size >= MAX_RESOLVED) resolved.clear();
  resolved.set(key, answer);
  return answer;
}

function resolveUncached(tag: string | undefined | null): ResolvedLocale {
  const clean = (tag ?? '').trim().replace(/_/g, '-');
  const formatLocale = (clean && canonical(clean)) || DEFAULT_LANGUAGE;
  const lower = formatLocale.toLowerCase();
  const parts = lower.split('-');
  const base = parts[0] ?? '';
  // zh-Hant-HK → zh-hant, zh-Hans-SG → zh-hans
  const language =
    EXACT[lower] ??
    (base === 'zh' && parts.includes('hant') ? 'zh-TW' : undefined) ??
    (base === 'zh' && parts.includes('hans') ? 'zh-CN' : undefined) ??
    EXACT[`${base}-${parts[parts.length - 1] ?? ''}`] ??
    BY_LANGUAGE[base] ??
    DEFAULT_LANGUAGE;
  // A tag we don't ship strings for (de-DE) falls back to English strings with English formatting.
  return { language, formatLocale: BY_LANGUAGE[base] || EXACT[lower] ? formatLocale : DEFAULT_LANGUAGE };
}
