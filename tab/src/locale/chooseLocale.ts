import { resolveLocale, type ResolvedLocale } from '../../../bot/i18n/locale';

export interface LocaleSources {
  /** app.locale from the teams-js context, when the tab runs in Teams. */
  hostLocale?: string | null;
  /** `?lang=` on the page URL (standalone demos and tests). */
  queryLang?: string | null;
  /** navigator.language */
  browserLanguage?: string | null;
}

/** Teams' locale wins, then `?lang=`, then the browser; the shared fallback map does the rest. */
export function chooseLocale(sources: LocaleSources): ResolvedLocale {
  const tag = [sources.hostLocale, sources.queryLang, sources.browserLanguage].find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
  );
  return resolveLocale(tag);
}
