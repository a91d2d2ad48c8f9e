import type { SupportedLanguage } from '../../i18n/locale';

export type Intent = 'help' | 'eligibility' | 'estimate' | 'dialOutCheck' | 'balance' | 'myCosts' | 'unknown';

/** 'dialIn' is a dial-in whose toll kind the organizer did not say: the form asks, we never guess. */
export type LineKind = 'dialInToll' | 'dialInTollFree' | 'dialIn' | 'dialOut';

export interface LineRequest {
  kind: LineKind;
  count: number;
  /** ISO 3166 alpha-2; only when the text names it or a phone number implies it. */
  country?: string;
  /** E.164. */
  phoneNumber?: string;
  /** How long each of these callers stays, when said ("2 dial-outs for 20 minutes each"). */
  stayMinutes?: number;
}

export type DateRangeLabel = 'lastMonth' | 'thisMonth' | 'thisWeek' | 'lastWeek' | 'lastNDays';

/** Calendar dates 'YYYY-MM-DD' in the caller's time zone, both ends included. */
export interface DateRange {
  from: string;
  to: string;
  label: DateRangeLabel;
  days?: number;
}

/** What a partial question lacks, so the bot shows a prefilled form instead of guessing. */
export type MissingSlot = 'duration' | 'lines' | 'country' | 'tollKind' | 'destination';

export interface UnderstoodEntities {
  durationMinutes?: number;
  lines: LineRequest[];
  /** Every phone number in the text, E.164, in order of appearance. */
  phoneNumbers: string[];
  range?: DateRange;
}

export interface Understanding {
  intent: Intent;
  language: SupportedLanguage;
  /** 0..1: how clearly the winning intent beat the others. */
  confidence?: number;
  entities: UnderstoodEntities;
  missing: MissingSlot[];
}

export interface UnderstandingContext {
  /** The declared locale tag (activity.locale); any tag, resolved through resolveLocale. */
  locale: string;
  /** The organizer's usage location, used to read national phone numbers ("01 23 45 67 89"). */
  defaultRegion?: string;
  now: Date;
  /** IANA time zone of the tenant; "this week" and "last month" are calendar periods there. */
  timeZone: string;
}
