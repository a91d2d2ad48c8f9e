import { CJK_NUMERAL_PATTERN, NUMBER_WORD_PATTERN, parseNumber } from './numbers';
import { allMatches, type ClaimedText, type Span, WORD_END, WORD_START } from './text.spans';

export interface CountMention extends Span {
  value: number;
  /** "a"/"an": one, but only when a line word follows ("a dial-out"), never in "a 90 minute meeting". */
  article: boolean;
}

/** Chinese counts need a classifier: "四个", "3个人", "两位"; a bare 一 is too often part of a word (一下, 一起). */
const CLASSIFIER = '[个位名人通条路]';
const RULES: ReadonlyArray<{ pattern: RegExp; article: boolean }> = [
  { pattern: new RegExp(`(${CJK_NUMERAL_PATTERN}|\\d{1,4})${CLASSIFIER}`, 'gu'), article: false },
  // Digits not part of a decimal, a time, a percentage, or a Chinese date or age ("7天", "3号").
  { pattern: new RegExp(`${WORD_START}(\\d{1,4})(?![.,:]\\d)(?!\\s*[%天周月年日号点岁])${WORD_END}`, 'gu'), article: false },
  { pattern: new RegExp(`${WORD_START}(${NUMBER_WORD_PATTERN})${WORD_END}`, 'gu'), article: false },
  { pattern: new RegExp(`${WORD_START}(an?)${WORD_END}`, 'gu'), article: true },
];

/** More than this is not a number of people on a call. */
const MAX_COUNT = 1000;

export function findCounts(folded: string, claimed: ClaimedText): CountMention[] {
  const found: CountMention[] = [];
  for (const rule of RULES) {
    for (const match of allMatches(rule.pattern, folded)) {
      const value = rule.article ? 1 : parseNumber(match[1] ?? '');
      if (value === undefined || !Number.isInteger(value) || value < 1 || value > MAX_COUNT) continue;
      const span = { start: match.index, end: match.index + match[0].length };
      if (claimed.tryClaim(span)) found.push({ ...span, value, article: rule.article });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
