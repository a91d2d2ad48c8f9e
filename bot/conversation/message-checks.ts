/**
 * Message-level problems found before (or instead of) understanding, each answered with its own localized key:
 * too long, empty, attachments only, emoji only, and right-to-left text the bot cannot read.
 */
import type { InputProblem } from './answer-model';

export const MAX_MESSAGE_LENGTH = 4000;

const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
/** Emoji with their joiners, modifiers and keycaps, plus spacing and punctuation around them. */
const EMOJI_ONLY = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\ufe0e\u20e3\s\p{P}]+$/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/gu;
const LETTER = /\p{L}/gu;

/** Problems that make understanding pointless: nothing to read, or too much. */
export function messageProblem(text: string, hasAttachments: boolean): { problem: InputProblem; maxLength?: number } | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { problem: hasAttachments ? 'attachmentsOnly' : 'empty' };
  if (trimmed.length > MAX_MESSAGE_LENGTH) return { problem: 'tooLong', maxLength: MAX_MESSAGE_LENGTH };
  if (PICTOGRAPH.test(trimmed) && EMOJI_ONLY.test(trimmed)) return { problem: 'emojiOnly' };
  return null;
}

/** Mostly right-to-left letters (Arabic, Hebrew…): none of the supported languages, so say so rather than "unknown". */
export function isMostlyRightToLeft(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  return letters > 0 && rtl * 2 > letters;
}
