/**
 * "Do we have enough credits?": everyone gets the coverage status (good / low / exhausted / unknown), which says
 * nothing about amounts. Admins asking in personal chat also get the estimate behind it: the amount, its as-of time,
 * the newest call it includes (data lags 24–48 h), the run-out date and the next auto-recharge. In group and meeting
 * chats nobody sees an amount, admins included (issue 7).
 */
import type { AskContext, CoverageAnswer, CreditAmounts } from './answer-model';
import type { AdminCheck, CreditsReader } from './ports';
import type { CreditsOverview } from '../credits/credits-overview';
import { localDateOf } from '../usage/tenant-time';
import { firstDayOfMonth } from '../billing/time';

export interface CoverageAnswerDeps {
  readonly credits: CreditsReader;
  readonly access: AdminCheck;
}

export async function coverageAnswer(deps: CoverageAnswerDeps, context: Pick<AskContext, 'tenantId' | 'userId' | 'now' | 'conversationKind'>): Promise<CoverageAnswer> {
  const [coverage, admin] = await Promise.all([
    deps.credits.coverage(context.tenantId, context.now),
    context.userId ? deps.access.isAdmin(context.tenantId, context.userId) : Promise.resolve(false),
  ]);
  const facts = { status: coverage.status, billingModel: coverage.billingModel };
  const personal = context.conversationKind === 'personal';
  if (!admin || !personal) return { kind: 'coverage', coverage: facts, amounts: null, amountsInPersonalChat: admin };
  const overview = await deps.credits.overview(context.tenantId, context.now);
  return { kind: 'coverage', coverage: facts, amounts: overview ? creditAmounts(overview) : { kind: 'no-snapshot' }, amountsInPersonalChat: false };
}

function creditAmounts(overview: CreditsOverview): CreditAmounts {
  const newestCallAt = overview.freshness.newestCallAt;
  if (overview.postpaid) {
    return {
      kind: 'postpaid',
      spend: overview.postpaid.spend,
      budget: overview.postpaid.budget,
      monthStart: firstDayOfMonth(localDateOf(overview.at, overview.timeZone)),
      at: overview.at,
      newestCallAt,
      timeZone: overview.timeZone,
    };
  }
  const balance = overview.balance;
  if (!balance || balance.kind !== 'estimate') return { kind: 'no-snapshot' };
  return {
    kind: 'prepaid',
    estimate: balance.balance,
    at: balance.at,
    snapshotAsOf: balance.basis.snapshot.asOf,
    newestCallAt,
    runOut: overview.forecast.runOut,
    nextRecharge: overview.forecast.nextAutoRecharge,
    rechargeAmount: overview.autoRecharge?.rule.amount ?? null,
    timeZone: overview.timeZone,
  };
}
