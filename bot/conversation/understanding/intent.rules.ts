import type { Intent } from './understanding.types';
import { WORD_END, WORD_START } from './text.spans';

export type ScoredIntent = Exclude<Intent, 'unknown'>;

/** One piece of wording that points to an intent; its weight says how strongly. Patterns run on folded text. */
export interface IntentRule {
  intent: ScoredIntent;
  pattern: RegExp;
  weight: number;
}

/** Word-bounded (Latin and Cyrillic). */
export const words = (source: string): RegExp => new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'u');
/** Unbounded, for Han wording, which has no spaces. */
export const chars = (source: string): RegExp => new RegExp(source, 'u');

export const rule = (intent: ScoredIntent, weight: number, pattern: RegExp): IntentRule => ({ intent, pattern, weight });
