import type { DateRangeLabel } from './understanding.types';
import { CJK_NUMERAL_PATTERN, DIGITS_PATTERN, NUMBER_PATTERN, parseNumber } from './numbers';
import { allMatches, ClaimedText, WORD_END, WORD_START, type Span } from './text.spans';

/** A period named in the text, before it is turned into dates. */
export interface RangeMention extends Span {
  label: DateRangeLabel;
  days?: number;
}

const N = `(${NUMBER_PATTERN})`;
const HAN_N = `(${DIGITS_PATTERN}|${CJK_NUMERAL_PATTERN})`;
const L = '\\p{L}*';

interface RangeRule {
  pattern: RegExp;
  label: DateRangeLabel;
  /** For lastNDays: the number of days from the match, or undefined when it makes no sense. */
  days?: (groups: readonly (string | undefined)[]) => number | undefined;
}

const latin = (source: string): RegExp => new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'gu');
const han = (source: string): RegExp => new RegExp(source, 'gu');

const WEEK_UNIT = /^(?:weeks?|semaines|semanas|недел\p{L}*|周|星期|礼拜)$/u;
const nDays = (count: string | undefined, unit: string | undefined): number | undefined => {
  const n = count === undefined ? undefined : parseNumber(count);
  if (n === undefined || !Number.isInteger(n)) return undefined;
  return unit !== undefined && WEEK_UNIT.test(unit) ? n * 7 : n;
};

/** "last 7 days" comes before "last week" would, and every rule claims its words so "30" is never a count. */
const RULES: readonly RangeRule[] = [
  { pattern: latin(`(?:last|past|previous)\\s+${N}\\s+(days?|weeks?)`), label: 'lastNDays', days: (g) => nDays(g[1], g[2]) },
  { pattern: latin(`${N}\\s+derni(?:er|ere)s\\s+(jours|semaines)`), label: 'lastNDays', days: (g) => nDays(g[1], g[2]) },
  { pattern: latin(`derni(?:er|ere)s\\s+${N}\\s+(jours|semaines)`), label: 'lastNDays', days: (g) => nDays(g[1], g[2]) },
  { pattern: latin(`ultim(?:os|as)\\s+${N}\\s+(dias|semanas)`), label: 'lastNDays', days: (g) => nDays(g[1], g[2]) },
  { pattern: latin(`последни[ех]\\s+${N}\\s+(дн${L}|день|недел${L})`), label: 'lastNDays', days: (g) => nDays(g[1], g[2]) },
  { pattern: han(`(?:最近|过去|近)${HAN_N}个?(天|日|周|星期|礼拜)`), label: 'lastNDays', days: (g) => nDays(g[1], g[2]) },
  { pattern: latin('(?:the\\s+)?past\\s+week'), label: 'lastNDays', days: () => 7 },
  { pattern: latin('(?:the\\s+)?past\\s+month'), label: 'lastNDays', days: () => 30 },

  { pattern: latin('(?:last|previous)\\s+month'), label: 'lastMonth' },
  { pattern: latin('mois\\s+(?:dernier|precedent|passe)'), label: 'lastMonth' },
  { pattern: latin('mes\\s+(?:passado|anterior)|ultimo\\s+mes'), label: 'lastMonth' },
  { pattern: latin(`(?:прошл|предыдущ)${L}\\s+месяц${L}`), label: 'lastMonth' },
  { pattern: han('上个?月'), label: 'lastMonth' },

  { pattern: latin('this\\s+month|current\\s+month|month\\s+to\\s+date'), label: 'thisMonth' },
  { pattern: latin('ce\\s+mois(?:\\s+ci)?|mois\\s+en\\s+cours'), label: 'thisMonth' },
  { pattern: latin('[nd]?(?:est|ess)e\\s+mes|mes\\s+atual'), label: 'thisMonth' },
  { pattern: latin(`(?:эт|текущ)${L}\\s+месяц${L}`), label: 'thisMonth' },
  { pattern: han('(?:这个?|本)月'), label: 'thisMonth' },

  { pattern: latin('(?:last|previous)\\s+week'), label: 'lastWeek' },
  { pattern: latin('semaine\\s+(?:derniere|passee|precedente)'), label: 'lastWeek' },
  { pattern: latin('semana\\s+(?:passada|anterior)|ultima\\s+semana'), label: 'lastWeek' },
  { pattern: latin(`(?:прошл|предыдущ)${L}\\s+недел${L}`), label: 'lastWeek' },
  { pattern: han('上个?(?:周|星期|礼拜)'), label: 'lastWeek' },

  { pattern: latin('this\\s+week|current\\s+week'), label: 'thisWeek' },
  { pattern: latin('cette\\s+semaine'), label: 'thisWeek' },
  { pattern: latin('[nd]?(?:est|ess)a\\s+semana|semana\\s+atual'), label: 'thisWeek' },
  { pattern: latin(`(?:эт|текущ)${L}\\s+недел${L}`), label: 'thisWeek' },
  { pattern: han('(?:这个?|本)(?:周|星期|礼拜)'), label: 'thisWeek' },
];

/** More than about a year back is beyond the raw data we keep (architecture "Retention"); we don't pretend. */
const MAX_DAYS = 400;

/** Every period named in the text, in order; the caller uses the first. */
export function findRangeMentions(folded: string, claimed: ClaimedText): RangeMention[] {
  const found: RangeMention[] = [];
  for (const rule of RULES) {
    for (const match of allMatches(rule.pattern, folded)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (!claimed.isFree(span)) continue;
      if (rule.days === undefined) {
        claimed.claim(span);
        found.push({ ...span, label: rule.label });
        continue;
      }
      const days = rule.days([...match]);
      if (days === undefined || days < 1 || days > MAX_DAYS) continue;
      claimed.claim(span);
      found.push({ ...span, label: rule.label, days });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
