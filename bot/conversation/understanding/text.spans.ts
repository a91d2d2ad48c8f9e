/**
 * Latin and Cyrillic words have boundaries; Han text has none, so lexicon entries in Han match anywhere.
 * Digits count as word characters, so "4" in "14" is not a number of its own.
 */
const WORD_CHAR = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}]';
export const WORD_START = `(?<!${WORD_CHAR})`;
export const WORD_END = `(?!${WORD_CHAR})`;

/** A global, unicode regex for a pattern that must start and end at word boundaries. */
export function wordPattern(source: string): RegExp {
  return new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'gu');
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Every match of a global regex. The regex is module-level and reused (compiling the number-word alternation on
 * every call would dominate the cost), so its lastIndex is reset before and after.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global regex: ${pattern.source.slice(0, 40)}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    found.push(match);
  }
  pattern.lastIndex = 0;
  return found;
}

/**
 * Which characters an extractor has already explained. Extractors run from the most specific to the least
 * (phone numbers, durations, date ranges, countries, call wording, counts), so "+81 3…" is never a count of 3 and
 * "une heure" is never a count of 1.
 */
export class ClaimedText {
  private readonly claimed: Uint8Array;

  constructor(length: number) {
    this.claimed = new Uint8Array(length);
  }

  isFree(span: Span): boolean {
    for (let i = span.start; i < span.end; i += 1) if (this.claimed[i] === 1) return false;
    return true;
  }

  claim(span: Span): void {
    this.claimed.fill(1, span.start, span.end);
  }

  /** Claims the span if it is free; says whether it was. */
  tryClaim(span: Span): boolean {
    if (!this.isFree(span)) return false;
    this.claim(span);
    return true;
  }
}
