/**
 * What the conversation service answers, as data. Hosts (bot/teams, bot/api) turn it into cards or JSON;
 * this layer never builds card JSON and never holds a user-facing string.
 */
import type {
  BillingModel,
  CalendarDate,
  DialOutVerdict,
  EligibilityChecklist,
  EstimateBalanceCoverage,
  Instant,
  MeetingCostEstimate,
  Money,
  ProjectedDate,
  RateCardSource,
} from '../billing';
import type { CoverageStatus } from '../credits/coverage';
import type { SupportedLanguage } from '../i18n/locale';
import type { UsageCallKind } from '../usage/pstn-call';
import type { OrganizerSummary, PolicyFacts, UnknownOrganizerReason } from './organizer-context';
import type { DateRangeLabel, MissingSlot } from './understanding';

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
}

export interface InputProblemAnswer {
  readonly kind: 'inputProblem';
  readonly problem: InputProblem;
  readonly maxLength?: number;
}

/** Something only the asker should see, asked in a group chat or a channel: ask again in the personal chat. */
export interface PersonalChatOnlyAnswer {
  readonly kind: 'personalChatOnly';
  readonly topic: 'myCosts';
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
  /** Whether the credits balance covers the estimated total (no amount: it is shown in any chat). */
  readonly balanceCheck: EstimateBalanceCoverage | null;
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

/** Whether the credits cover calls: what everyone may see, in any chat. */
export interface CoverageFacts {
  readonly status: CoverageStatus;
  readonly billingModel: BillingModel;
}

/** The amounts behind the status: only for admins, only in personal chat. */
export type CreditAmounts =
  | {
      readonly kind: 'prepaid';
      readonly estimate: Money;
      /** When the estimate was computed (now), the snapshot it starts from, and the newest call it includes. */
      readonly at: Instant;
      readonly snapshotAsOf: Instant;
      readonly newestCallAt: Instant | null;
      readonly runOut: ProjectedDate;
      readonly nextRecharge: ProjectedDate;
      readonly rechargeAmount: Money | null;
      readonly timeZone: string;
    }
  | {
      readonly kind: 'postpaid';
      readonly spend: Money;
      readonly budget: Money | null;
      readonly monthStart: CalendarDate;
      readonly at: Instant;
      readonly newestCallAt: Instant | null;
      readonly timeZone: string;
    }
  | { readonly kind: 'no-snapshot' };

export interface CoverageAnswer {
  readonly kind: 'coverage';
  readonly coverage: CoverageFacts;
  /** Only for an admin in personal chat; null for everyone else. */
  readonly amounts: CreditAmounts | null;
  /** An admin asking outside personal chat: the amounts are there, not here. */
  readonly amountsInPersonalChat: boolean;
}

export interface CallKindMinutes {
  readonly kind: UsageCallKind;
  readonly calls: number;
  readonly seconds: number;
}

export interface CountryShare {
  /** ISO alpha-2; null when the call records do not say. */
  readonly country: string | null;
  readonly seconds: number;
  readonly cost: Money;
}

/** One conference (meeting bridge) of the organizer's, in the range. */
export interface MeetingCost {
  readonly conferenceId: string;
  readonly firstCallAt: Instant;
  readonly lastCallAt: Instant;
  readonly calls: number;
  readonly seconds: number;
  /** Charge plus connection charge: what the calls cost. */
  readonly cost: Money;
  /** null when the roll-up predates the breakdown. */
  readonly byKind: readonly CallKindMinutes[] | null;
  readonly topCountries: readonly CountryShare[] | null;
  readonly moreCountries: boolean;
  /** Calls tied to the organizer only through the conference id; null when unknown. */
  readonly inferredCalls: number | null;
}

export type MyCostsRangeLabel = DateRangeLabel | 'last30Days';

export interface MyCostsAnswer {
  readonly kind: 'myCosts';
  readonly organizer: OrganizerSummary;
  readonly range: { readonly from: CalendarDate; readonly to: CalendarDate; readonly label: MyCostsRangeLabel; readonly days?: number };
  readonly timeZone: string;
  /** Exactly the usage API's totals for the same range (GET /api/v1/usage?groupBy=conference). */
  readonly total: { readonly meetings: number; readonly calls: number; readonly seconds: number; readonly cost: Money };
  /** Minutes by call kind over every meeting; null when some roll-up predates the breakdown. */
  readonly byKind: readonly CallKindMinutes[] | null;
  /** The costliest meetings, at most MAX_MEETINGS_SHOWN. */
  readonly meetings: readonly MeetingCost[];
  /** The meetings past those shown, summed. */
  readonly more: { readonly meetings: number; readonly seconds: number; readonly cost: Money } | null;
  /** Amounts in other currencies are never added in; they are named. */
  readonly otherCurrencies: readonly Money[];
  readonly inferredCalls: number | null;
  readonly newestCallAt: Instant | null;
}

/** Keeps the largest "what did my meetings cost" card well under Teams' 28 KB (card-size test). */
export const MAX_MEETINGS_SHOWN = 8;

/** The private advice an organizer gets when one of their meetings starts. */
export interface MeetingAdviceAnswer {
  readonly kind: 'meetingAdvice';
  readonly organizer: OrganizerSummary;
  readonly policy: PolicyFacts;
  /** False when the organizer has no Audio Conferencing: their meetings cannot dial out whatever the policy. */
  readonly canDialOut: boolean;
  readonly coverage: CoverageFacts;
  /** From their meetings with calls in the last TYPICAL_COST_DAYS days; null when there are none. */
  readonly typicalCost: { readonly meetings: number; readonly median: Money; readonly from: CalendarDate; readonly to: CalendarDate } | null;
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
  | PersonalChatOnlyAnswer
  | SubmissionProblemAnswer
  | EligibilityAnswer
  | EstimateAnswer
  | DialOutAnswer
  | CoverageAnswer
  | MyCostsAnswer
  | MeetingAdviceAnswer;

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

/** What the Teams host asks when a meeting starts: the advice for its organizer (or why there is none). */
export interface MeetingAdviceSource {
  meetingAdvice(tenantId: string, organizerId: string, now: Date): Promise<Answer>;
}
