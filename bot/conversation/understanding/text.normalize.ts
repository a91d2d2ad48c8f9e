import { foldToSimplified } from './chinese.script';

/**
 * A question is a sentence or two; a pasted e-mail is not a question. Only the head of very long input is read,
 * which keeps every extractor linear and bounded (issue 5, robustness).
 */
export const MAX_UNDERSTOOD_CHARS = 2000;

/**
 * Three views of the same text, aligned code unit by code unit, so that a match found in one view can be checked in
 * another (an acronym's case, a word's accents).
 */
export interface NormalizedText {
  /** NFKC (full-width digits and punctuation become ASCII), capped. Phone numbers and acronyms are read here. */
  readonly cased: string;
  /** Lowercased, accents kept. */
  readonly lower: string;
  /**
   * Lowercased; Latin accents stripped, ё→е, Traditional Chinese folded to Simplified; clause punctuation becomes ','
   * (except decimal and time separators between digits); other punctuation, symbols and emoji become spaces.
   */
  readonly folded: string;
}

const CLAUSE_PUNCTUATION = new Set([...',;!?、。…؟¿¡']);
const DIGIT_SEPARATORS = new Set(['.', ',', ':']);
const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAN = /\p{Script=Han}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const COMBINING_MARKS = /\p{M}/gu;

export function normalizeText(raw: string): NormalizedText {
  const cased = capped(capped(raw, MAX_UNDERSTOOD_CHARS * 4).normalize('NFKC'), MAX_UNDERSTOOD_CHARS);
  let lower = '';
  let folded = '';
  for (let i = 0; i < cased.length; ) {
    const codePoint = cased.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(codePoint);
    if (char.length === 2) {
      // Astral characters (emoji, rare ideographs) carry no meaning for us; two spaces keep the alignment.
      lower += char;
      folded += '  ';
    } else {
      const lowered = char.toLowerCase();
      const lowerChar = lowered.length === 1 ? lowered : char;
      lower += lowerChar;
      folded += foldChar(lowerChar, cased[i - 1], cased[i + 1]);
    }
    i += char.length;
  }
  return { cased, lower, folded };
}

function foldChar(char: string, before: string | undefined, after: string | undefined): string {
  if (/\s/u.test(char)) return ' ';
  if (DIGIT_SEPARATORS.has(char) && isDigit(before) && isDigit(after)) return char;
  if (CLAUSE_PUNCTUATION.has(char) || char === '.' || char === ':') return ',';
  if (char === '+' || char === '&') return char;
  if (!LETTER_OR_NUMBER.test(char)) return ' ';
  if (HAN.test(char)) return foldToSimplified(char);
  if (CYRILLIC.test(char)) return char === 'ё' ? 'е' : char;
  const base = char.normalize('NFD').replace(COMBINING_MARKS, '');
  return base.length === 1 ? base : char;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Cuts at a code point boundary, never inside a surrogate pair. */
function capped(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}
