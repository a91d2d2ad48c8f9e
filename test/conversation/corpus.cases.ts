import enUS from './corpus/en-US.json';
import frFR from './corpus/fr-FR.json';
import ptBR from './corpus/pt-BR.json';
import ruRU from './corpus/ru-RU.json';
import zhCN from './corpus/zh-CN.json';
import zhTW from './corpus/zh-TW.json';
import heldOutEnUS from './corpus/held-out/en-US.json';
import heldOutFrFR from './corpus/held-out/fr-FR.json';
import heldOutPtBR from './corpus/held-out/pt-BR.json';
import heldOutRuRU from './corpus/held-out/ru-RU.json';
import heldOutZhCN from './corpus/held-out/zh-CN.json';
import heldOutZhTW from './corpus/held-out/zh-TW.json';
import type { Intent, LineRequest, MissingSlot, UnderstandingContext } from '../../bot/conversation/understanding';

/** One organizer phrasing with what it must be understood as (schema: corpus/README.md). */
export interface CorpusCase {
  text: string;
  intent: Intent;
  duration?: number;
  lines?: LineRequest[];
  phones?: string[];
  range?: string | { label: string; days: number };
  missing?: MissingSlot[];
  language?: string;
}

export interface CorpusFile {
  locale: string;
  defaultRegion: string;
  timeZone: string;
  now: string;
  cases: CorpusCase[];
}

export const CORPUS: readonly CorpusFile[] = [enUS, frFR, ptBR, ruRU, zhCN, zhTW] as CorpusFile[];

/** Phrasings written after the rules and never used to tune them: an honest check that the rules generalize. */
export const HELD_OUT: readonly CorpusFile[] = [heldOutEnUS, heldOutFrFR, heldOutPtBR, heldOutRuRU, heldOutZhCN, heldOutZhTW] as CorpusFile[];

export function contextOf(file: CorpusFile): UnderstandingContext {
  return { locale: file.locale, defaultRegion: file.defaultRegion, timeZone: file.timeZone, now: new Date(file.now) };
}
