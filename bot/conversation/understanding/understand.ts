import { resolveLocale } from '../../i18n/locale';
import { findCallWords, type CallWordMention } from './call.wording';
import { findCounts, type CountMention } from './counts';
import { findCountries, type CountryMention } from './countries';
import { countryLexicon } from './countries.lexicon';
import { calendarDateIn, dateRangeFor, firstDayOfWeek } from './date.range.calendar';
import { findRangeMentions, type RangeMention } from './date.range.phrases';
import { findDurations, type DurationMention } from './durations';
import { decideIntent } from './intents';
import { detectLanguage, lexiconOrder } from './language';
import { assembleLines, type LineToken } from './lines';
import { findPhoneNumbers, type PhoneMention } from './phone.numbers';
import { normalizeText } from './text.normalize';
import { ClaimedText } from './text.spans';
import type { DateRange, Intent, LineRequest, MissingSlot, Understanding, UnderstandingContext } from './understanding.types';

/** How close "each" must be to a duration for it to be a per-caller stay ("for 20 minutes each", "每个20分钟"). */
const EACH_REACH = 3;
/** "a 2 hour call", "uma call de duas horas": a call word this close to the meeting's duration is the meeting. */
const MEETING_NOUN_REACH = 4;

/**
 * Builds the country lexicon (about 0.1 s, once per process) so that the first question doesn't pay for it.
 * The composition root may call it at startup; understand() works without it.
 */
export function prepareUnderstanding(): void {
  countryLexicon();
}

/**
 * Deterministic understanding of an organizer's question: intent, entities, and what a partial question lacks.
 * Pure: no clock (context.now), no I/O. Text in any supported language is understood, the declared one first.
 */
export function understand(text: string, context: UnderstandingContext): Understanding {
  const { language: declared, formatLocale } = resolveLocale(context.locale);
  const normalized = normalizeText(typeof text === 'string' ? text : '');
  const claimed = new ClaimedText(normalized.folded.length);

  // Most specific first; each extractor claims its characters (text.spans.ts).
  const phones = findPhoneNumbers(normalized.cased, context.defaultRegion);
  phones.forEach((phone) => claimed.claim(phone));
  const folded = withPhonesMasked(normalized.folded, phones);
  const durations = findDurations(folded, claimed);
  const ranges = findRangeMentions(folded, claimed);
  const countries = findCountries({ ...normalized, folded }, claimed);
  const callWords = findCallWords(folded, claimed);
  const counts = findCounts(folded, claimed);

  const stays = durations.filter((duration) => isPerCaller(duration, callWords, folded));
  const meetingDuration = durations.find((duration) => !stays.includes(duration));
  const lineWords = callWords.filter((word) => !namesTheMeeting(word, meetingDuration, folded));
  const lines = assembleLines(lineTokens(counts, lineWords, countries, phones, stays));
  const range = firstRange(ranges[0], context, formatLocale);

  const decision = decideIntent(folded, lexiconOrder(declared), {
    hasDuration: meetingDuration !== undefined,
    hasLines: lines.length > 0,
    hasPhoneNumber: phones.length > 0,
    hasRange: range !== undefined,
  });
  const entityLines = decision.intent === 'dialOutCheck' ? destinations(phones, countries) : lines;
  return {
    intent: decision.intent,
    language: detectLanguage(normalized.cased, decision.lexicon, declared),
    confidence: decision.confidence,
    entities: {
      ...(meetingDuration ? { durationMinutes: meetingDuration.minutes } : {}),
      lines: entityLines,
      phoneNumbers: phones.map((phone) => phone.e164),
      ...(range ? { range } : {}),
    },
    missing: missingSlots(decision.intent, meetingDuration?.minutes, entityLines),
  };
}

/** A phone number is one token for the wording that follows ("打☎", "把☎加入"), and no digit of it is a count. */
function withPhonesMasked(folded: string, phones: readonly PhoneMention[]): string {
  let masked = folded;
  for (const { start, end } of phones) masked = `${masked.slice(0, start)}☎${' '.repeat(end - start - 1)}${masked.slice(end)}`;
  return masked;
}

function isPerCaller(duration: DurationMention, words: readonly CallWordMention[], folded: string): boolean {
  return words.some((word) => {
    if (word.kind !== 'each') return false;
    const gap = word.end <= duration.start ? folded.slice(word.end, duration.start) : folded.slice(duration.end, word.start);
    return (word.end <= duration.start || word.start >= duration.end) && gap.trim().length <= EACH_REACH && !gap.includes(',');
  });
}

function namesTheMeeting(word: CallWordMention, meeting: DurationMention | undefined, folded: string): boolean {
  if (word.kind !== 'call' || meeting === undefined) return false;
  const gap = word.start >= meeting.end ? folded.slice(meeting.end, word.start) : folded.slice(word.end, meeting.start);
  return (word.start >= meeting.end || word.end <= meeting.start) && gap.length <= MEETING_NOUN_REACH && !gap.includes(',');
}

function lineTokens(
  counts: readonly CountMention[],
  words: readonly CallWordMention[],
  countries: readonly CountryMention[],
  phones: readonly PhoneMention[],
  stays: readonly DurationMention[],
): LineToken[] {
  const tokens: LineToken[] = [
    ...counts.map((m) => ({ type: 'count' as const, ...m })),
    ...words.map((m) => ({ type: 'word' as const, ...m })),
    ...countries.map((m) => ({ type: 'country' as const, ...m })),
    ...phones.map((m) => ({ type: 'phone' as const, ...m })),
    ...stays.map((m) => ({ type: 'stay' as const, ...m })),
  ];
  return tokens.sort((a, b) => a.start - b.start);
}

/** A dial-out check is about where to: each number said, or else each country said. */
function destinations(phones: readonly PhoneMention[], countries: readonly CountryMention[]): LineRequest[] {
  if (phones.length > 0) {
    return phones.map((phone) => ({
      kind: 'dialOut',
      count: 1,
      ...(phone.country ? { country: phone.country } : {}),
      phoneNumber: phone.e164,
    }));
  }
  const regions = [...new Set(countries.map((country) => country.region))];
  return regions.map((country) => ({ kind: 'dialOut', count: 1, country }));
}

function firstRange(mention: RangeMention | undefined, context: UnderstandingContext, formatLocale: string): DateRange | undefined {
  if (!mention) return undefined;
  const today = calendarDateIn(context.now, context.timeZone);
  return today ? dateRangeFor(mention, today, firstDayOfWeek(formatLocale)) : undefined;
}

function missingSlots(intent: Intent, durationMinutes: number | undefined, lines: readonly LineRequest[]): MissingSlot[] {
  if (intent === 'dialOutCheck') return lines.length === 0 ? ['destination'] : [];
  if (intent !== 'estimate') return [];
  const missing: MissingSlot[] = [];
  if (durationMinutes === undefined) missing.push('duration');
  if (lines.length === 0) missing.push('lines');
  if (lines.some((line) => line.country === undefined && line.phoneNumber === undefined)) missing.push('country');
  if (lines.some((line) => line.kind === 'dialIn')) missing.push('tollKind');
  return missing;
}
