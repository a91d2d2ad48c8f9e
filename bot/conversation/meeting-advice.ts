/**
 * The advice an organizer gets, privately, when one of their meetings starts: their dial-out policy (and whether
 * they can dial out at all), whether the credits cover calls, and what their meetings with calls have typically cost
 * — only when there is history to say it from.
 */
import { addDays, audioConferencingEntitlement, detectOrganizerLicences, divideRounded, type Money } from '../billing';
import type { MeetingAdviceAnswer } from './answer-model';
import type { OrganizerContext } from './organizer-context';
import type { CreditsReader, UsageReader } from './ports';

/** How far back "typical" looks: long enough for a few meetings, short enough to reflect today's habits. */
export const TYPICAL_COST_DAYS = 90;

export interface MeetingAdviceDeps {
  readonly credits: CreditsReader;
  readonly usage: UsageReader;
}

export async function meetingAdviceAnswer(deps: MeetingAdviceDeps, context: OrganizerContext, now: Date): Promise<MeetingAdviceAnswer> {
  const from = addDays(context.today, -(TYPICAL_COST_DAYS - 1));
  const [coverage, history] = await Promise.all([
    deps.credits.coverage(context.tenantId, now),
    deps.usage.query({
      tenantId: context.tenantId,
      range: { from, to: context.today },
      groupBy: 'conference',
      filter: { organizerId: context.organizer.userId.toLowerCase() },
      top: null,
    }),
  ]);
  const costs = history.ok ? history.answer.aggregate.groups.map((g) => g.amounts.charge + g.amounts.connection) : [];
  const currency = history.ok ? history.answer.currency : context.settings.currency;
  return {
    kind: 'meetingAdvice',
    organizer: context.organizer,
    policy: context.policyFacts,
    canDialOut: audioConferencingEntitlement(detectOrganizerLicences(context.user.assignedPlans)) !== 'none',
    coverage: { status: coverage.status, billingModel: coverage.billingModel },
    typicalCost: costs.length > 0 ? { meetings: costs.length, median: medianCost(costs, currency), from, to: context.today } : null,
  };
}

/** The median meeting cost: the middle one, or the two middle ones averaged (half up to the micro). */
export function medianCost(costs: readonly bigint[], currency: string): Money {
  if (costs.length === 0) throw new RangeError('median of no costs');
  const sorted = [...costs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const middle = Math.floor(sorted.length / 2);
  const micros = sorted.length % 2 === 1 ? sorted[middle]! : divideRounded(sorted[middle - 1]! + sorted[middle]!, 2n, 'half-up');
  return { micros, currency };
}
