import { getCountries } from 'libphonenumber-js/max';
import { ISO_CODES_NOT_COUNTRIES } from './country.aliases';
import { countryLexicon, type CountryEntry } from './countries.lexicon';
import { isRussianCaseForm, possibleRussianStems } from './russian.inflection';
import type { NormalizedText } from './text.normalize';
import { allMatches, type ClaimedText, type Span } from './text.spans';

/** Which way a call goes relative to the country, as the preposition before it says ("from France", "vers le Japon"). */
export type CallDirection = 'from' | 'to';

export interface CountryMention extends Span {
  region: string;
  direction?: CallDirection;
}

const FROM_CUES = new Set(['from', 'de', 'd', 'du', 'des', 'depuis', 'do', 'da', 'dos', 'das', 'desde', 'из', 'изо', 'от', 'с', 'со']);
const TO_CUES = new Set(['to', 'into', 'towards', 'vers', 'au', 'aux', 'a', 'para', 'pra', 'pro', 'pros', 'pras', 'в', 'во', 'на', 'до']);
const PLACE_CUES = new Set(['in', 'en', 'em', 'no', 'na', 'nos', 'nas', 'dans']);
const ARTICLES = new Set(['the', 'le', 'la', 'l', 'les', 'o', 'os', 'as']);
const HAN_FROM = new Set([...'从自由']);
const HAN_TO = new Set([...'到往给打至']);

const REGIONS: ReadonlySet<string> = new Set(getCountries());
const ISO_CODE = /(?<![\p{L}\p{N}])[A-Z]{2}(?![\p{L}\p{N}])/gu;
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAN = /\p{Script=Han}/u;
const WORD_GAP = /^[\s,]*$/;
const SPACES = /^\s*$/;

interface Word extends Span {
  text: string;
}

/** Countries named in the text: ISO codes, display names in our languages, and reviewed aliases. */
export function findCountries(text: NormalizedText, claimed: ClaimedText): CountryMention[] {
  const found: CountryMention[] = [];
  const words: Word[] = allMatches(WORD, text.folded).map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

  for (const match of allMatches(ISO_CODE, text.cased)) {
    const region = match[0];
    const span = { start: match.index, end: match.index + 2 };
    if (!REGIONS.has(region) || ISO_CODES_NOT_COUNTRIES.has(region) || !claimed.tryClaim(span)) continue;
    found.push({ ...span, region, ...directionBefore(words, span.start, text.folded) });
  }
  for (let i = 0; i < words.length; i += 1) {
    const matched = matchWordsAt(words, i, text, claimed);
    if (!matched) continue;
    found.push(matched.mention);
    i += matched.wordCount - 1;
  }
  found.push(...findHanCountries(text.folded, claimed));
  return found.sort((a, b) => a.start - b.start);
}

function matchWordsAt(
  words: readonly Word[],
  i: number,
  text: NormalizedText,
  claimed: ClaimedText,
): { mention: CountryMention; wordCount: number } | undefined {
  for (const entry of candidatesFor(words[i]!.text)) {
    const n = entry.words.length;
    if (i + n > words.length || !wordsMatch(entry, words, i, text.folded)) continue;
    const span = { start: words[i]!.start, end: words[i + n - 1]!.end };
    if (entry.casedText !== undefined && lettersOf(text.cased.slice(span.start, span.end)) !== lettersOf(entry.casedText)) continue;
    if (entry.accentedText !== undefined && text.lower.slice(span.start, span.end) !== entry.accentedText) continue;
    const cue = directionBefore(words, span.start, text.folded);
    if (entry.needsCue && !cue.cued) continue;
    if (!claimed.tryClaim(span)) continue;
    return { mention: { ...span, region: entry.region, ...(cue.direction ? { direction: cue.direction } : {}) }, wordCount: n };
  }
  return undefined;
}

function candidatesFor(word: string): CountryEntry[] {
  const lexicon = countryLexicon();
  const keys = CYRILLIC.test(word) ? [word, ...possibleRussianStems(word)] : [word];
  const seen = new Set<CountryEntry>();
  for (const key of keys) for (const entry of lexicon.byFirstWord.get(key) ?? []) seen.add(entry);
  return [...seen].sort((a, b) => b.words.length - a.words.length);
}

function wordsMatch(entry: CountryEntry, words: readonly Word[], i: number, folded: string): boolean {
  return entry.words.every((nameWord, k) => {
    const word = words[i + k]!;
    if (k > 0 && !WORD_GAP.test(folded.slice(words[i + k - 1]!.end, word.start))) return false;
    const form = entry.russianForms?.[k];
    return form ? isRussianCaseForm(word.text, form) : word.text === nameWord;
  });
}

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

/** The preposition right before a name: its direction, and whether there is one at all (for cue-only names). */
function directionBefore(words: readonly Word[], start: number, folded: string): { cued: boolean; direction?: CallDirection } {
  let index = lastWordBefore(words, start);
  let end = start;
  for (let hops = 0; hops < 2 && index >= 0; hops += 1) {
    const word = words[index]!;
    if (!SPACES.test(folded.slice(word.end, end))) break;
    if (FROM_CUES.has(word.text)) return { cued: true, direction: 'from' };
    if (TO_CUES.has(word.text)) return { cued: true, direction: 'to' };
    if (PLACE_CUES.has(word.text)) return { cued: true };
    if (!ARTICLES.has(word.text)) break;
    end = word.start;
    index -= 1;
  }
  return { cued: false };
}

function lastWordBefore(words: readonly Word[], start: number): number {
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.end <= start) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

function findHanCountries(folded: string, claimed: ClaimedText): CountryMention[] {
  const lexicon = countryLexicon();
  const found: CountryMention[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    const char = folded[i]!;
    if (!HAN.test(char)) continue;
    const entry = (lexicon.byFirstHan.get(char) ?? []).find((e) => folded.startsWith(e.han!, i));
    if (!entry) continue;
    const span = { start: i, end: i + entry.han!.length };
    if (!claimed.tryClaim(span)) continue;
    const before = folded.slice(0, i).trimEnd().slice(-1);
    const direction = HAN_FROM.has(before) ? 'from' : HAN_TO.has(before) ? 'to' : undefined;
    found.push({ ...span, region: entry.region, ...(direction ? { direction } : {}) });
    i = span.end - 1;
  }
  return found;
}
