/**
 * Text in, answer model out; card submissions in, answer model out. SDK-free: no botbuilder, no HTTP.
 * The same answers serve the bot and the REST API (eligibility, estimate, dial-out check). Credits coverage and
 * "what did my meetings cost" read the credits ledger and the usage roll-ups; meeting-start advice is asked by the
 * Teams host for the meeting's organizer.
 */
import { resolveLocale } from '../i18n/locale';
import type { Answer, AskContext, CardSubmission, ConversationService, MeetingAdviceSource, Reply } from './answer-model';
import { parseSubmission } from './card-submissions';
import { coverageAnswer } from './coverage-answer';
import { meetingAdviceAnswer } from './meeting-advice';
import { myCostsAnswer } from './my-costs-answer';
import { dialOutAnswer, dialOutRequestFrom, type DialOutDestinationRequest } from './dial-out-answer';
import { eligibilityAnswer } from './eligibility-answer';
import { estimateAnswer } from './estimate-answer';
import { draftFromJson, draftFromUnderstanding } from './estimate-input';
import { issue } from './input-fields';
import { isMostlyRightToLeft, messageProblem } from './message-checks';
import type { OrganizerContext, OrganizerContextLoader } from './organizer-context';
import type { AdminCheck, CreditsReader, UsageReader } from './ports';
import { understand, type Understanding } from './understanding';

export { MAX_MESSAGE_LENGTH } from './message-checks';

export interface ConversationServiceDeps {
  contexts: OrganizerContextLoader;
  /** The credits ledger's coverage and estimate. */
  credits: CreditsReader;
  /** Who may see amounts (admins, in personal chat only). */
  access: AdminCheck;
  /** The usage API's query service. */
  usage: UsageReader;
}

/** Intents answered without reading anything about the organizer. */
const CONTEXT_FREE = new Set<Understanding['intent']>(['help', 'unknown']);

export class PpmConversationService implements ConversationService, MeetingAdviceSource {
  constructor(private readonly deps: ConversationServiceDeps) {}

  async answer(text: string, context: AskContext & { hasAttachments: boolean }): Promise<Reply> {
    const declared = resolveLocale(context.locale).language;
    const problem = messageProblem(text, context.hasAttachments);
    if (problem) return { answer: { kind: 'inputProblem', ...problem }, language: declared };

    // A first reading without the organizer's facts is enough for help and friends, which then cost no storage read.
    const first = understand(text, { locale: context.locale, now: context.now, timeZone: 'UTC' });
    if (CONTEXT_FREE.has(first.intent)) return { answer: contextFreeAnswer(first, text), language: first.language };
    // Coverage is the tenant's, not the organizer's: anyone in the tenant may ask, and amounts depend on who and where.
    if (first.intent === 'balance') return { answer: await coverageAnswer(this.deps, context), language: first.language };
    // What someone's own meetings cost is theirs: a group chat or a channel would show it to everyone in it.
    if (first.intent === 'myCosts' && context.conversationKind !== 'personal') return { answer: { kind: 'personalChatOnly', topic: 'myCosts' }, language: first.language };

    const loaded = await this.deps.contexts.load(context.tenantId, context.userId, context.now);
    if (!loaded.ok) return { answer: { kind: 'unknownOrganizer', reason: loaded.reason }, language: first.language };
    const organizer = loaded.context;
    // Read again with the usage location, which national numbers ("01 23 45 67 89") need; without a digit there is
    // no number, and the first reading stands.
    // "Last month" and "this week" are calendar periods in the tenant's time zone, so a range is read again there.
    const region = organizer.organizer.usageLocation;
    const understood =
      (region && /\p{Nd}/u.test(text)) || first.entities.range
        ? understand(text, { locale: context.locale, now: context.now, timeZone: organizer.timeZone, ...(region ? { defaultRegion: region } : {}) })
        : first;
    return { answer: await this.answerIntent(understood, text, organizer), language: understood.language };
  }

  async answerSubmission(submission: CardSubmission, context: AskContext): Promise<Reply> {
    const language = resolveLocale(context.locale).language;
    const loaded = await this.deps.contexts.load(context.tenantId, context.userId, context.now);
    if (!loaded.ok) {
      // A malformed submission says so even for a stranger; a valid one from a stranger gets the clear answer.
      const parsed = parseSubmission(submission, null);
      const answer: Answer = parsed.form === 'none' ? { kind: 'submissionProblem', issues: parsed.issues } : { kind: 'unknownOrganizer', reason: loaded.reason };
      return { answer, language };
    }
    const organizer = loaded.context;
    const parsed = parseSubmission(submission, organizer.organizer.usageLocation);
    switch (parsed.form) {
      case 'none':
        return { answer: { kind: 'submissionProblem', issues: parsed.issues }, language };
      case 'estimate':
        return { answer: estimateAnswer(organizer, parsed.draft, parsed.issues), language };
      case 'dialOut':
        return { answer: dialOutAnswer(organizer, parsed.destinations, parsed.issues), language };
    }
  }

  /** GET /api/v1/eligibility: the checklist for a person of the tenant. */
  async eligibility(tenantId: string, userId: string, now: Date): Promise<Answer> {
    const loaded = await this.deps.contexts.load(tenantId, userId, now);
    return loaded.ok ? eligibilityAnswer(loaded.context) : { kind: 'unknownOrganizer', reason: loaded.reason };
  }

  /** POST /api/v1/estimate: the same estimate as the card, from a JSON body. */
  async estimate(tenantId: string, userId: string, body: unknown, now: Date): Promise<Answer> {
    const loaded = await this.deps.contexts.load(tenantId, userId, now);
    if (!loaded.ok) return { kind: 'unknownOrganizer', reason: loaded.reason };
    const { draft, issues } = draftFromJson(body);
    return estimateAnswer(loaded.context, draft, issues);
  }

  /** POST /api/v1/dial-out-check: { phoneNumber } or { country }. */
  async dialOutCheck(tenantId: string, userId: string, body: unknown, now: Date): Promise<Answer> {
    const loaded = await this.deps.contexts.load(tenantId, userId, now);
    if (!loaded.ok) return { kind: 'unknownOrganizer', reason: loaded.reason };
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return dialOutAnswer(loaded.context, [], [issue('malformedSubmission', 'phoneNumber', null)]);
    }
    const request = dialOutRequestFrom(body as Record<string, unknown>);
    return dialOutAnswer(loaded.context, request.destinations, request.issues);
  }

  /** The private advice for a meeting's organizer as the meeting starts (the Teams host sends it). */
  async meetingAdvice(tenantId: string, organizerId: string, now: Date): Promise<Answer> {
    const loaded = await this.deps.contexts.load(tenantId, organizerId, now);
    if (!loaded.ok) return { kind: 'unknownOrganizer', reason: loaded.reason };
    return meetingAdviceAnswer(this.deps, loaded.context, now);
  }

  private async answerIntent(understood: Understanding, text: string, organizer: OrganizerContext): Promise<Answer> {
    switch (understood.intent) {
      case 'myCosts':
        return myCostsAnswer(this.deps.usage, organizer, understood.entities.range);
      case 'eligibility':
        return eligibilityAnswer(organizer);
      case 'estimate': {
        const { draft, issues } = draftFromUnderstanding(understood.entities);
        return estimateAnswer(organizer, draft, issues);
      }
      case 'dialOutCheck':
        return dialOutAnswer(organizer, destinationsOf(understood));
      default:
        return contextFreeAnswer(understood, text);
    }
  }
}

function contextFreeAnswer(understood: Understanding, text: string): Answer {
  switch (understood.intent) {
    case 'unknown':
      return isMostlyRightToLeft(text) ? { kind: 'inputProblem', problem: 'rightToLeft' } : { kind: 'help', unknown: true };
    default:
      return { kind: 'help', unknown: false };
  }
}

function destinationsOf(understood: Understanding): DialOutDestinationRequest[] {
  return understood.entities.lines.flatMap((line): DialOutDestinationRequest[] =>
    line.phoneNumber ? [{ phoneNumber: line.phoneNumber }] : line.country ? [{ country: line.country }] : [],
  );
}

