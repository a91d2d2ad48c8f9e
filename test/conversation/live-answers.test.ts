/**
 * The answers that read live data (issue 7), over in-memory ports: who sees the credits coverage and who sees amounts
 * (admins, in personal chat only), what the meeting-costs answer asks the usage query for and how it shows it, the
 * meeting-start advice, and whether the balance covers an estimate.
 */
import type { Answer, AskContext } from '../../bot/conversation/answer-model';
import { MAX_MEETINGS_SHOWN } from '../../bot/conversation/answer-model';
import { medianCost } from '../../bot/conversation/meeting-advice';
import { moneyFromDecimal } from '../../bot/billing';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import type { UsageQueryRequest } from '../../bot/usage/usage-query-service';
import { demoConversationService, NOW, type DemoServiceOptions } from './support/demo-context';
import { demoCreditsOverview } from './support/demo-credits';
import { manyMeetings, meetingGroup } from './support/demo-meetings';

type Kind = AskContext['conversationKind'];

async function ask(text: string, user: string, options: DemoServiceOptions = {}, conversationKind: Kind = 'personal'): Promise<Answer> {
  const u = demoUser(user);
  const reply = await demoConversationService(options).answer(text, {
    tenantId: DEMO_TENANT_ID, userId: u.aadObjectId, locale: u.locale, now: NOW, conversationKind, hasAttachments: false,
  });
  return reply.answer;
}

function as<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(answer.kind).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

describe('credits coverage: everyone sees the status, only admins in personal chat see amounts', () => {
  let overview: Awaited<ReturnType<typeof demoCreditsOverview>>;
  beforeAll(async () => {
    overview = await demoCreditsOverview(NOW);
  });

  it.each([
    ['dana', 'personal', 'prepaid', false],
    ['dana', 'groupChat', null, true],
    ['dana', 'channel', null, true],
    ['avery', 'personal', null, false],
    ['avery', 'groupChat', null, false],
  ] as const)('%s in %s chat: amounts %s, told they are in personal chat: %s', async (user, kind, amounts, inPersonal) => {
    const answer = as(await ask('Do we have enough credits?', user, { coverage: { status: 'low' }, overview }, kind), 'coverage');
    expect(answer.coverage).toEqual({ status: 'low', billingModel: 'prepaid' });
    expect(answer.amounts?.kind ?? null).toBe(amounts);
    expect(answer.amountsInPersonalChat).toBe(inPersonal);
  });

  it('gives the admin the estimate, its as-of time and basis, the newest call counted, the run-out and the next recharge', async () => {
    const answer = as(await ask('Do we have enough credits?', 'dana', { coverage: { status: 'good' }, overview }), 'coverage');
    const amounts = answer.amounts;
    expect(amounts?.kind).toBe('prepaid');
    if (amounts?.kind !== 'prepaid') return;
    expect(overview.balance?.kind).toBe('estimate');
    expect(amounts.estimate).toEqual(overview.balance?.kind === 'estimate' ? overview.balance.balance : null);
    expect(amounts.at).toBe(NOW.toISOString());
    expect(amounts.snapshotAsOf).toBe(overview.balance?.kind === 'estimate' ? overview.balance.basis.snapshot.asOf : null);
    expect(amounts.newestCallAt).toBe(overview.freshness.newestCallAt);
    expect(amounts.runOut).toEqual(overview.forecast.runOut);
    expect(amounts.nextRecharge).toEqual(overview.forecast.nextAutoRecharge);
    expect(amounts.rechargeAmount).toEqual(moneyFromDecimal('1000', 'USD'));
  });

  it('tells an admin with no balance entered how to enter one', async () => {
    const answer = as(await ask('Do we have enough credits?', 'dana', { coverage: { status: 'unknown' }, overview: null }), 'coverage');
    expect(answer.amounts).toEqual({ kind: 'no-snapshot' });
  });

  it.each([
    ['fr-FR', 'il reste combien de crédits ?'],
    ['zh-CN', '还有多少余额'],
    ['en-US', 'do we have enough credits?'],
  ])('understands the question in %s', async (locale, text) => {
    const reply = await demoConversationService({ coverage: { status: 'good' } }).answer(text, {
      tenantId: DEMO_TENANT_ID, userId: demoUser('avery').aadObjectId, locale, now: NOW, conversationKind: 'personal', hasAttachments: false,
    });
    expect(reply.answer.kind).toBe('coverage');
    expect(reply.language).toBe(locale);
  });
});

describe('what did my meetings cost', () => {
  const avery = demoUser('avery').aadObjectId;

  it('asks the usage query for the asker\'s own conferences over the last 30 days by default, in the tenant\'s zone', async () => {
    const usageQueries: UsageQueryRequest[] = [];
    const answer = as(await ask('what did my meetings cost?', 'avery', { usageQueries }), 'myCosts');
    // NOW is 2026-11-02 15:00 UTC, 10:00 in New York: today and the 29 days before it.
    expect(usageQueries).toEqual([{ tenantId: DEMO_TENANT_ID, range: { from: '2026-10-04', to: '2026-11-02' }, groupBy: 'conference', filter: { organizerId: avery }, top: null }]);
    expect(answer.range).toEqual({ from: '2026-10-04', to: '2026-11-02', label: 'last30Days' });
  });

  it.each([
    ['How much did my meetings cost last month?', 'en-US', { from: '2026-10-01', to: '2026-10-31', label: 'lastMonth' }],
    ['combien ont coûté mes réunions cette semaine ?', 'fr-FR', { from: '2026-11-02', to: '2026-11-02', label: 'thisWeek' }],
    ['combien ont coûté mes réunions ce mois-ci ?', 'fr-FR', { from: '2026-11-01', to: '2026-11-02', label: 'thisMonth' }],
  ])('reads the range of %j in the tenant\'s time zone', async (text, locale, range) => {
    const usageQueries: UsageQueryRequest[] = [];
    const reply = await demoConversationService({ usageQueries }).answer(text, {
      tenantId: DEMO_TENANT_ID, userId: avery, locale, now: NOW, conversationKind: 'personal', hasAttachments: false,
    });
    expect(as(reply.answer, 'myCosts').range).toEqual(range);
    expect(usageQueries[0]?.range).toEqual({ from: range.from, to: range.to });
  });

  it('never looks back further than the 13 months the usage keeps', async () => {
    const answer = as(await ask('what did my meetings cost in the last 400 days?', 'avery'), 'myCosts');
    expect(answer.range.from).toBe('2025-11-01');
    expect(answer.range.to).toBe('2026-11-02');
  });

  it(`shows the costliest ${MAX_MEETINGS_SHOWN} meetings and sums the rest; the total is the query's`, async () => {
    const meetings = manyMeetings('avery', 12);
    const answer = as(await ask('what did my meetings cost?', 'avery', { meetings: [...meetings, ...manyMeetings('dana', 3)] }), 'myCosts');
    const cost = (m: (typeof meetings)[number]) => m.amounts.charge + m.amounts.connection;
    expect(answer.total).toEqual({
      meetings: 12,
      calls: meetings.reduce((s, m) => s + m.amounts.calls, 0),
      seconds: meetings.reduce((s, m) => s + m.amounts.seconds, 0),
      cost: { micros: meetings.reduce((s, m) => s + cost(m), 0n), currency: 'USD' },
    });
    expect(answer.meetings.map((m) => m.conferenceId)).toEqual(meetings.slice(0, MAX_MEETINGS_SHOWN).map((m) => m.key));
    expect(answer.more).toEqual({
      meetings: 12 - MAX_MEETINGS_SHOWN,
      seconds: meetings.slice(MAX_MEETINGS_SHOWN).reduce((s, m) => s + m.amounts.seconds, 0),
      cost: { micros: meetings.slice(MAX_MEETINGS_SHOWN).reduce((s, m) => s + cost(m), 0n), currency: 'USD' },
    });
  });

  it('breaks each meeting down by call kind and top countries, and counts the calls tied through the conference id', async () => {
    const meeting = meetingGroup('avery', '482913557', '2026-10-20T14:00:00.000Z', [
      { kind: 'dial-in-toll', country: 'FR', seconds: 600, cost: 160_000n },
      { kind: 'dial-in-toll-free', country: 'FR', seconds: 300, cost: 183_000n, inferred: true },
      { kind: 'dial-out', country: 'JP', seconds: 1200, cost: 830_000n },
      { kind: 'dial-out', country: 'US', seconds: 60, cost: 20_000n },
      { kind: 'dial-in-toll', country: null, seconds: 60, cost: 10_000n, inferred: true },
    ]);
    const answer = as(await ask('what did my meetings cost?', 'avery', { meetings: [meeting] }), 'myCosts');
    const shown = answer.meetings[0]!;
    expect(shown.byKind).toEqual([
      { kind: 'dial-out', calls: 2, seconds: 1260 },
      { kind: 'dial-in-toll', calls: 2, seconds: 660 },
      { kind: 'dial-in-toll-free', calls: 1, seconds: 300 },
    ]);
    expect(shown.topCountries).toEqual([
      { country: 'JP', seconds: 1200, cost: { micros: 830_000n, currency: 'USD' } },
      { country: 'FR', seconds: 900, cost: { micros: 343_000n, currency: 'USD' } },
      { country: 'US', seconds: 60, cost: { micros: 20_000n, currency: 'USD' } },
    ]);
    expect(shown.moreCountries).toBe(true);
    expect(shown.inferredCalls).toBe(2);
    expect(answer.inferredCalls).toBe(2);
  });

  it('says the breakdown is unknown rather than guessing, when a roll-up predates it', async () => {
    const old = meetingGroup('avery', '111222333', '2026-10-20T14:00:00.000Z', [{ kind: 'dial-out', country: 'JP', seconds: 60, cost: 50_000n }], { withMix: false });
    const answer = as(await ask('what did my meetings cost?', 'avery', { meetings: [old] }), 'myCosts');
    expect(answer.meetings[0]).toEqual(expect.objectContaining({ byKind: null, topCountries: null, inferredCalls: null }));
    expect(answer.byKind).toBeNull();
  });

  it('asks who the person is before reading anyone\'s usage', async () => {
    const usageQueries: UsageQueryRequest[] = [];
    const reply = await demoConversationService({ usageQueries }).answer('what did my meetings cost?', {
      tenantId: DEMO_TENANT_ID, userId: 'ffffffff-0000-4000-8000-0000000000ff', locale: 'en-US', now: NOW, conversationKind: 'personal', hasAttachments: false,
    });
    expect(reply.answer).toEqual({ kind: 'unknownOrganizer', reason: 'notInDirectory' });
    expect(usageQueries).toEqual([]);
  });
});

describe('meeting-start advice', () => {
  it('gives the policy, the coverage and the median cost of the last 90 days of meetings with calls', async () => {
    const usageQueries: UsageQueryRequest[] = [];
    const service = demoConversationService({ coverage: { status: 'low' }, meetings: manyMeetings('camille', 3), usageQueries });
    const answer = as(await service.meetingAdvice(DEMO_TENANT_ID, demoUser('camille').aadObjectId, NOW), 'meetingAdvice');
    expect(answer.policy).toEqual(expect.objectContaining({ name: 'DialoutCPCDomesticPSTNInternational', meetingDialOut: 'DomesticOnly', level: 'user' }));
    expect(answer.canDialOut).toBe(true);
    expect(answer.coverage).toEqual({ status: 'low', billingModel: 'prepaid' });
    expect(usageQueries[0]?.range).toEqual({ from: '2026-08-05', to: '2026-11-02' });
    const costs = manyMeetings('camille', 3).map((m) => m.amounts.charge + m.amounts.connection);
    expect(answer.typicalCost).toEqual({ meetings: 3, median: { micros: [...costs].sort((a, b) => (a < b ? -1 : 1))[1], currency: 'USD' }, from: '2026-08-05', to: '2026-11-02' });
  });

  it('gives no typical cost without history, and says an organizer without Audio Conferencing cannot dial out', async () => {
    const answer = as(await demoConversationService({ meetings: manyMeetings('camille', 3) }).meetingAdvice(DEMO_TENANT_ID, demoUser('sam').aadObjectId, NOW), 'meetingAdvice');
    expect(answer.typicalCost).toBeNull();
    expect(answer.canDialOut).toBe(false);
  });

  it('has nothing to say about someone outside the directory', async () => {
    expect(await demoConversationService().meetingAdvice(DEMO_TENANT_ID, 'ffffffff-0000-4000-8000-0000000000ff', NOW)).toEqual({ kind: 'unknownOrganizer', reason: 'notInDirectory' });
  });

  it.each([
    [[5n], 5n],
    [[9n, 1n, 5n], 5n],
    [[1n, 2n], 2n], // 1.5 micros, half up
    [[10n, 40n, 20n, 30n], 25n],
  ])('the median of %o micros is %o', (costs, median) => {
    expect(medianCost(costs, 'USD')).toEqual({ micros: median, currency: 'USD' });
  });
});

describe('estimates say whether the balance covers them', () => {
  it.each([
    ['3000.00', 'covered'],
    ['5.00', 'short'],
    ['0', 'exhausted'],
    [null, 'unknown'],
  ] as const)('a balance of %s: %s', async (balance, expected) => {
    const answer = as(
      await ask('What will a 90 minute meeting cost with 4 toll-free dial-ins from France and 2 dial-outs to Japan?', 'avery', { balance: balance === null ? null : moneyFromDecimal(balance, 'USD') }),
      'estimate',
    );
    expect(answer.estimate?.total).toEqual(moneyFromDecimal('29.36', 'USD'));
    expect(answer.balanceCheck).toBe(expected);
  });

  it('has no balance line while the estimate is incomplete', async () => {
    expect(as(await ask('how much will a meeting cost?', 'avery', { balance: moneyFromDecimal('10', 'USD') }), 'estimate').balanceCheck).toBeNull();
  });
});
