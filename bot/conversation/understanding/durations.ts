import { CJK_NUMERAL_PATTERN, DIGITS_PATTERN, NUMBER_PATTERN, parseNumber } from './numbers';
import { allMatches, ClaimedText, WORD_END, WORD_START, type Span } from './text.spans';

export interface DurationMention extends Span {
  minutes: number;
}

const N = `(${NUMBER_PATTERN})`;
const HAN_N = `(${DIGITS_PATTERN}|${CJK_NUMERAL_PATTERN})`;
const HOUR = '(?:hours?|hrs?|h|heures?|horas?|hs|часа|часов|час|ч)';
const MINUTE = '(?:minutes?|mins?|mn|m|minutos?|минуты|минута|минут|мин)';
const AND = '(?:and|et|e|и)';
const HAN_HOUR = '(?:小时|钟头)';
const HAN_MINUTE = '(?:分钟|分)';
/** Russian compound adjectives: "часовая" (one hour), "трехчасовая" (three hours), "получасовая" (half an hour). */
const RU_HOURS_PREFIX: Record<string, number> = { '': 60, одно: 60, полу: 30, полутора: 90, двух: 120, трех: 180, четырех: 240, пяти: 300, шести: 360 };

interface DurationRule {
  pattern: RegExp;
  minutes: (groups: readonly (string | undefined)[]) => number | undefined;
}

const num = (text: string | undefined, fallback?: number): number | undefined =>
  text === undefined ? fallback : parseNumber(text);
const hours = (text: string | undefined, fallback?: number): number | undefined => {
  const value = num(text, fallback);
  return value === undefined ? undefined : value * 60;
};
const plus = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined ? undefined : a + b;
const quarters = (text: string | undefined): number | undefined => {
  const value = num(text);
  return value === undefined ? undefined : value * 15;
};

const latin = (source: string): RegExp => new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'gu');
const han = (source: string): RegExp => new RegExp(source, 'gu');

/** Most specific first: a longer reading claims its text before a shorter one can ("an hour and a half" ≠ "an hour"). */
const RULES: readonly DurationRule[] = [
  { pattern: han(`${HAN_N}个半${HAN_HOUR}`), minutes: (g) => plus(hours(g[1]), 30) },
  { pattern: han(`${HAN_N}个?${HAN_HOUR}(?:${HAN_N}${HAN_MINUTE})?`), minutes: (g) => plus(hours(g[1]), num(g[2], 0)) },
  { pattern: han(`半个?${HAN_HOUR}`), minutes: () => 30 },
  { pattern: han(`${HAN_N}刻钟`), minutes: (g) => quarters(g[1]) },
  { pattern: han(`${HAN_N}${HAN_MINUTE}`), minutes: (g) => num(g[1]) },
  { pattern: latin(`(\\d{1,2})\\s*(?:h|ч)\\s*(\\d{1,2})(?:\\s*(?:min|mn|m|мин))?`), minutes: (g) => plus(hours(g[1]), num(g[2])) },
  { pattern: latin(`${N}\\s*${HOUR}\\s*(?:${AND}\\s*)?${N}\\s*${MINUTE}`), minutes: (g) => plus(hours(g[1]), num(g[2])) },
  { pattern: latin(`(?:(${NUMBER_PATTERN}|an?)\\s+)?hours?\\s+and\\s+a\\s+half`), minutes: (g) => plus(hours(article(g[1]), 1), 30) },
  { pattern: latin(`${N}\\s+and\\s+a\\s+half\\s+hours?`), minutes: (g) => plus(hours(g[1]), 30) },
  { pattern: latin(`${N}\\s+heures?\\s+et\\s+demie?`), minutes: (g) => plus(hours(g[1]), 30) },
  { pattern: latin(`(?:${N}\\s+)?horas?\\s+e\\s+meia`), minutes: (g) => plus(hours(g[1], 1), 30) },
  { pattern: latin(`${N}\\s+с\\s+половиной\\s+час(?:а|ов)?`), minutes: (g) => plus(hours(g[1]), 30) },
  { pattern: latin('полтора\\s+час(?:а|ов)?'), minutes: () => 90 },
  { pattern: latin('(?:a\\s+)?half\\s+(?:an\\s+)?hour|(?:une\\s+)?demi\\s+heure|(?:uma\\s+)?meia\\s+hora|полчаса|получаса'), minutes: () => 30 },
  { pattern: latin('three\\s+quarters\\s+of\\s+an\\s+hour'), minutes: () => 45 },
  { pattern: latin('(?:a\\s+)?quarter\\s+of\\s+an\\s+hour'), minutes: () => 15 },
  { pattern: latin(`${N}\\s+quarts?\\s+d\\s+heure`), minutes: (g) => quarters(g[1]) },
  {
    pattern: latin(`(одно|полутора|полу|двух|трех|четырех|пяти|шести)?часов(?:ая|ой|ое|ую|ого|ом)`),
    minutes: (g) => RU_HOURS_PREFIX[g[1] ?? ''],
  },
  { pattern: latin(`(${NUMBER_PATTERN}|an?)\\s*${HOUR}`), minutes: (g) => hours(article(g[1])) },
  // "на час": a bare "час" is one hour only after "на" ("в час" would be "per hour").
  { pattern: latin('на\\s+(час)'), minutes: () => 60 },
  { pattern: latin(`${N}\\s*${MINUTE}`), minutes: (g) => num(g[1]) },
];

/** "a"/"an" before "hour" is one hour. */
function article(text: string | undefined): string | undefined {
  return text === 'a' || text === 'an' ? '1' : text;
}

/** A duration longer than a week is not a meeting; such text is a typo or a test, never a guess. */
const MAX_MINUTES = 7 * 24 * 60;

export function findDurations(folded: string, claimed: ClaimedText): DurationMention[] {
  const found: DurationMention[] = [];
  for (const rule of RULES) {
    for (const match of allMatches(rule.pattern, folded)) {
      const span = spanOf(match);
      if (!claimed.isFree(span)) continue;
      const minutes = rule.minutes([...match]);
      if (minutes === undefined || !Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_MINUTES) continue;
      claimed.claim(span);
      found.push({ ...span, minutes: Math.round(minutes) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function spanOf(match: RegExpExecArray): Span {
  return { start: match.index, end: match.index + match[0].length };
}
