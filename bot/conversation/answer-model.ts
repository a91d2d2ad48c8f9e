/**
 * What the conversation service answers, as data. Hosts (bot/teams, bot/api) turn it into cards or JSON;
 * this layer never builds card JSON and never holds a user-facing string.
 */
import type { CalendarDate, DialOutVerdict, EligibilityChecklist, MeetingCostEstimate, RateCardSource } from '../billing';
import type { SupportedLanguage } from '../i18n/locale';
import type { OrganizerSummary, PolicyFacts, UnknownOrganizerReason } from './organizer-context';
import type { MissingSlot } from './understanding';

export type { OrganizerSummary, PolicyFacts, UnknownOrganizerReason } from './organizer-context';

/** Message-level problems, each with its own localized key `errors.<problem>`. */
export type InputProblem = 'tooLong' | 'empty' | 'attachmentsOnly' | 'emojiOnly' | 'rightToLeft';

/** A value in a form or request that cannot be used; each code has its own key `errors.input.<code>`. */
export type InputIssueCode =
  | 'missingField'
  | 'notANumber'
  | 'countNotPositive'
  | 'countTooLarge'
  | 'durationNotPositive'
  | 'durationTooLong'
  | 'stayInvalid'
  | 'stayLongerThanMeeting'
  | 'unknownCountry'
  | 'unknownLineKind'
  | 'markupInText'
  | 'invalidPhoneNumber'
  | 'tooManyLines'
  | 'unknownAction'
  | 'malformedSubmission';

export type InputField = 'duration' | 'count' | 'country' | 'kind' | 'stay' | 'phoneNumber' | 'lines' | 'action';

export interface InputIssue {
  readonly code: InputIssueCode;
  readonly field: InputField;
  /** 0-based line of the estimate form; null for the meeting or the whole form. */
  readonly line: number | null;
  /** What the person entered, cut short, for showing back (escaped at the edge). */
  readonly input?: string;
}

/** 'dialIn' is a dial-in whose toll kind was not said: the form asks, the bot never guesses. */
export type DraftLineKind = 'dialInToll' | 'dialInTollFree' | 'dialIn' | 'dialOut';

export interface EstimateDraftLine {
  readonly kind: DraftLineKind | null;
  readonly count: number | null;
  readonly country: string | null;
  /** E.164, for a dial-out to a known number. */
  readonly phoneNumber: string | null;
  /** Minutes each caller stays; null for the whole meeting. */
  readonly stayMinutes: number | null;
}

/** What the estimate form shows: what was understood or entered, valid or not yet. */
export interface EstimateDraft {
  readonly durationMinutes: number | null;
  readonly lines: readonly EstimateDraftLine[];
}

/** Six lines keep the largest estimate card under Teams' 28 KB message limit in every language (card-size test). */
export const MAX_ESTIMATE_LINES = 6;

export interface HelpAnswer {
  readonly kind: 'help';
  readonly unknown: boolean;
  /** Asked for something whose data is not connected yet: the help card says so, with no made-up numbers. */
  readonly notConnected?: 'balance' | 'myCosts';
}

export interface InputProblemAnswer {
  readonly kind: 'inputProblem';
  readonly problem: InputProblem;
  readonly maxLength?: number;
}

export interface UnknownOrganizerAnswer {
  readonly kind: 'unknownOrganizer';
  readonly reason: UnknownOrganizerReason;
}

export interface EligibilityAnswer {
  readonly kind: 'eligibility';
  readonly organizer: OrganizerSummary;
  readonly checklist: EligibilityChecklist;
  readonly policy: PolicyFacts;
}

export interface EstimateAnswer {
  readonly kind: 'estimate';
  readonly organizer: OrganizerSummary;
  readonly draft: EstimateDraft;
  /** What the draft lacks; the form asks for it and no total is shown. */
  readonly missing: readonly MissingSlot[];
  readonly issues: readonly InputIssue[];
  /** Null until the draft is complete and valid. */
  readonly estimate: MeetingCostEstimate | null;
  readonly on: CalendarDate;
  readonly rateCard: { readonly source: RateCardSource; readonly countries: readonly string[] } | null;
}

export interface DialOutCheck {
  /** What was asked about: a number (E.164) or a whole country. */
  readonly asked: { readonly phoneNumber: string } | { readonly country: string };
  readonly verdict: DialOutVerdict;
}

export interface DialOutAnswer {
  readonly kind: 'dialOut';
  readonly organizer: OrganizerSummary;
  readonly checks: readonly DialOutCheck[];
  readonly policy: PolicyFacts;
  /** ['destination'] when no number or country was given: the form asks for one. */
  readonly missing: readonly MissingSlot[];
  readonly issues: readonly InputIssue[];
  /** The number as typed, to prefill the form when it could not be used. */
  readonly typedNumber: string | null;
}

/** A card submission that belongs to no form (unknown verb, data that is not an object). */
export interface SubmissionProblemAnswer {
  readonly kind: 'submissionProblem';
  readonly issues: readonly InputIssue[];
}

export type Answer =
  | HelpAnswer
  | InputProblemAnswer
  | UnknownOrganizerAnswer
  | SubmissionProblemAnswer
  | EligibilityAnswer
  | EstimateAnswer
  | DialOutAnswer;

/** An answer and the language to say it in: the one the person wrote in, which may differ from their locale. */
export interface Reply {
  readonly answer: Answer;
  readonly language: SupportedLanguage;
}

export interface AskContext {
  tenantId: string;
  userId: string | undefined;
  locale: string;
  now: Date;
  conversationKind: 'personal' | 'groupChat' | 'channel';
}

/** A card form's submission: the verb of the Action.Execute (or of the Action.Submit fallback) and its data. */
export interface CardSubmission {
  readonly verb: unknown;
  readonly data: unknown;
}

export interface ConversationService {
  answer(text: string, context: AskContext & { hasAttachments: boolean }): Promise<Reply>;
  answerSubmission(submission: CardSubmission, context: AskContext): Promise<Reply>;
}
