import { getCountries } from 'libphonenumber-js/max';
import { COUNTRY_ALIASES, CUE_ONLY_DISPLAY_NAMES, EXCLUDED_DISPLAY_NAMES } from './country.aliases';
import { russianWordForm, type RussianWordForm } from './russian.inflection';
import { normalizeText } from './text.normalize';

/** One way of naming a country, ready to be matched against folded text. */
export interface CountryEntry {
  region: string;
  /** Folded Latin or Cyrillic words; empty for a Han name. */
  words: readonly string[];
  /** Set when the words are Russian, which decline. */
  russianForms?: readonly RussianWordForm[];
  /** A Han name, folded to Simplified, without spaces. */
  han?: string;
  /** The exact NFKC text the message must show (acronyms). */
  casedText?: string;
  /** The lowercase text with accents the message must show. */
  accentedText?: string;
  needsCue: boolean;
  /** Cut from a longer name ("Burma" from "Myanmar (Burma)"): it yields to a full name that says otherwise. */
  derived?: true;
}

export interface CountryLexicon {
  /** Keyed by the first word, or its stem for Russian. Longest names first. */
  byFirstWord: ReadonlyMap<string, readonly CountryEntry[]>;
  /** Keyed by the first character. Longest names first. */
  byFirstHan: ReadonlyMap<string, readonly CountryEntry[]>;
}

/** Tags whose Intl.DisplayNames region names we match; pt-PT and zh-Hant-HK add their own spellings (Irão, 意大利). */
const NAME_LOCALES = ['en', 'fr', 'pt', 'pt-PT', 'ru', 'zh', 'zh-Hant', 'zh-Hant-HK'] as const;
const AND_WORD: Record<string, string> = { en: 'and', fr: 'et', pt: 'e', 'pt-PT': 'e', ru: 'и' };
const WORDS = /[\p{Script=Latin}\p{Script=Cyrillic}]+/gu;
const HAN = /\p{Script=Han}/u;
const NON_HAN = /[^\p{Script=Han}]/gu;
const ACRONYM = /^[\p{Lu}.\-\s]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

let cached: CountryLexicon | undefined;

export function countryLexicon(): CountryLexicon {
  cached ??= buildLexicon();
  return cached;
}

function buildLexicon(): CountryLexicon {
  const entries = new Map<string, CountryEntry>();
  const add = (entry: CountryEntry): void => {
    const id = `${entry.region}|${keyOf(entry)}|${entry.casedText ?? ''}|${entry.accentedText ?? ''}`;
    const known = entries.get(id);
    if (!known || (known.derived && !entry.derived)) entries.set(id, entry);
  };

  for (const locale of NAME_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
      for (const region of getCountries()) {
        const name = names.of(region);
        if (!name || name === region) continue;
        nameVariants(name, AND_WORD[locale]).forEach((variant, index) => {
          const entry = displayNameEntry(region, variant);
          if (entry) add(index === 0 ? entry : { ...entry, derived: true });
        });
      }
    }
  }
  for (const alias of COUNTRY_ALIASES) {
    const entry = entryFor(alias.region, alias.text, alias.needsCue === true);
    if (!entry) continue;
    const { cased, lower } = normalizeText(alias.text);
    add({
      ...entry,
      ...(alias.caseSensitive ? { casedText: cased } : {}),
      ...(alias.accented ? { accentedText: lower } : {}),
    });
  }

  return index(unambiguous([...entries.values()]));
}

function keyOf(entry: CountryEntry): string {
  return entry.han ?? entry.words.join(' ');
}

/**
 * A name that two countries share says nothing for sure, so it is dropped (never guess). A derived name yields to
 * a full one: "Великобритания" is the United Kingdom, even though "Виргинские о-ва (Великобритания)" contains it.
 */
function unambiguous(entries: readonly CountryEntry[]): CountryEntry[] {
  const regions = (derived: boolean): Map<string, Set<string>> => {
    const byKey = new Map<string, Set<string>>();
    for (const entry of entries) {
      if ((entry.derived === true) !== derived || entry.casedText !== undefined || entry.accentedText !== undefined) continue;
      byKey.set(keyOf(entry), (byKey.get(keyOf(entry)) ?? new Set()).add(entry.region));
    }
    return byKey;
  };
  const full = regions(false);
  const derived = regions(true);
  return entries.filter((entry) => {
    if (entry.casedText !== undefined || entry.accentedText !== undefined) return true;
    const fullRegions = full.get(keyOf(entry));
    if (!entry.derived) return fullRegions?.size === 1;
    return fullRegions === undefined && derived.get(keyOf(entry))?.size === 1;
  });
}

/** "Myanmar (Burma)" → also "Myanmar" and "Burma"; "Hong Kong, RAE da China" → also "Hong Kong"; "&" → "and". */
function nameVariants(name: string, andWord: string | undefined): string[] {
  const variants = [name];
  const beforeParen = name.split(/[(（]/)[0]?.trim();
  if (beforeParen && beforeParen !== name) variants.push(beforeParen);
  const inParen = /[(（]([^)）]+)[)）]/.exec(name)?.[1]?.trim();
  if (inParen && !HAN.test(inParen)) variants.push(inParen);
  const beforeComma = name.split(',')[0]?.trim();
  if (beforeComma && beforeComma !== name) variants.push(beforeComma);
  if (andWord) for (const v of [...variants]) if (v.includes('&')) variants.push(v.replace(/&/g, ` ${andWord} `));
  return variants;
}

function displayNameEntry(region: string, name: string): CountryEntry | undefined {
  // Acronyms ("US", "ОАЭ", "É.-U.") come only from the reviewed alias table, with their case rules.
  if (!HAN.test(name) && ACRONYM.test(name)) return undefined;
  const folded = foldedName(name);
  if (EXCLUDED_DISPLAY_NAMES.has(folded)) return undefined;
  return entryFor(region, name, CUE_ONLY_DISPLAY_NAMES.has(folded));
}

function entryFor(region: string, name: string, needsCue: boolean): CountryEntry | undefined {
  const { folded } = normalizeText(name);
  if (HAN.test(folded)) {
    const han = folded.replace(NON_HAN, '');
    return han.length >= 2 ? { region, words: [], han, needsCue } : undefined;
  }
  const words = folded.match(WORDS) ?? [];
  if (words.join('').length < 2) return undefined;
  const russian = words.some((word) => CYRILLIC.test(word));
  return { region, words, needsCue, ...(russian ? { russianForms: words.map(russianWordForm) } : {}) };
}

function foldedName(name: string): string {
  return (normalizeText(name).folded.match(WORDS) ?? []).join(' ');
}

function index(entries: readonly CountryEntry[]): CountryLexicon {
  const byFirstWord = new Map<string, CountryEntry[]>();
  const byFirstHan = new Map<string, CountryEntry[]>();
  for (const entry of entries) {
    if (entry.han !== undefined) {
      const first = entry.han[0]!;
      byFirstHan.set(first, [...(byFirstHan.get(first) ?? []), entry]);
    } else {
      const first = entry.russianForms?.[0]?.stem ?? entry.words[0]!;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (const list of byFirstHan.values()) list.sort((a, b) => (b.han?.length ?? 0) - (a.han?.length ?? 0));
  return { byFirstWord, byFirstHan };
}
