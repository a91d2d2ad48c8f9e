/** Every kind of answer the bot gives, built by the real conversation service over the demo tenant's data. */
import type { Answer, CardSubmission } from '../../bot/conversation/answer-model';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { moneyFromDecimal } from '../../bot/billing';
import { demoConversationService, NOW, type DemoServiceOptions } from '../conversation/support/demo-context';
import { demoCreditsOverview } from '../conversation/support/demo-credits';
import { manyMeetings, meetingGroup } from '../conversation/support/demo-meetings';
import type { TenantSettings } from '../../bot/store/tenant-settings';

const QUESTIONS: ReadonlyArray<[user: string, text: string]> = [
  ['avery', 'help'],
  ['avery', 'blorp wibble'],
  ['avery', 'Do we have enough credits?'],
  ['avery', 'How much did my meetings cost last month?'],
  ['avery', 'am I eligible for pay-per-minute?'],
  ['olga', 'Доступна ли мне поминутная оплата?'],
  ['sam', 'am I eligible for pay-per-minute?'],
  ['liwei', '我可以拨打 +81 3 1234 5678 吗'],
  ['camille', 'Puis-je appeler le +81 3 1234 5678 ?'],
  ['joao', 'posso ligar para +54 11 4123 4567?'],
  ['avery', 'can I dial +44 909 879 0000?'],
  ['avery', 'can I call Japan?'],
  ['avery', 'dial out'],
  ['avery', 'What will a 90 minute meeting cost with 4 toll-free dial-ins from France and 2 dial-outs to Japan?'],
  ['avery', 'estimate 60 minutes with 3 dial-ins from Germany'],
  ['avery', 'how much will a meeting cost?'],
  ['avery', 'a 45 minute meeting with 2 dial-outs to Chile'],
  ['meiling', '一個小時的會議，3個來自日本的免付費撥入要多少錢？'],
  ['avery', ''],
  ['avery', '🙂🙂'],
  ['avery', 'مرحبا كيف حالك'],
];

const SUBMISSIONS: ReadonlyArray<[user: string, submission: CardSubmission]> = [
  ['avery', { verb: 'estimate.update', data: { durationMinutes: '-5', lineCount: 1, line0_kind: 'dialOut', line0_count: '-2', line0_country: 'ZZ' } }],
  ['avery', { verb: 'estimate.update', data: { durationMinutes: '1000000000', lineCount: 1, line0_kind: '<script>alert(1)</script>', line0_count: '[x](http://evil.example)', line0_country: 'JP' } }],
  ['avery', { verb: 'estimate.addLine', data: { durationMinutes: '30', lineCount: 1, line0_kind: 'dialInToll', line0_count: '2', line0_country: 'FR', line0_phone: '+33 1 23 45 67 89' } }],
  ['avery', { verb: 'dialOut.check', data: { phoneNumber: '**not a number** <b>' } }],
  ['avery', { verb: 'no.such.verb', data: {} }],
  ['avery', { verb: 'estimate.update', data: 'x' }],
];

export interface AnswerSample {
  name: string;
  locale: string;
  answer: Answer;
}

export async function answerSamples(): Promise<AnswerSample[]> {
  const service = demoConversationService();
  const withBalance = demoConversationService({ balance: moneyFromDecimal('3.50', 'USD') });
  const samples: AnswerSample[] = [];
  for (const [key, text] of QUESTIONS) {
    const u = demoUser(key);
    const context = { tenantId: DEMO_TENANT_ID, userId: u.aadObjectId, locale: u.locale, now: NOW, conversationKind: 'personal' as const };
    const reply = await service.answer(text, { ...context, hasAttachments: text === '' });
    samples.push({ name: `${key}: ${text || '(attachments only)'}`, locale: u.locale, answer: reply.answer });
  }
  const avery = demoUser('avery');
  const askContext = { tenantId: DEMO_TENANT_ID, userId: avery.aadObjectId, locale: 'en-US', now: NOW, conversationKind: 'personal' as const };
  const low = await withBalance.answer('can I dial +81 3 1234 5678?', { ...askContext, hasAttachments: false });
  samples.push({ name: 'dial-out with a low balance', locale: 'en-US', answer: low.answer });
  for (const [key, submission] of SUBMISSIONS) {
    const reply = await service.answerSubmission(submission, { ...askContext, userId: demoUser(key).aadObjectId });
    samples.push({ name: `submission ${JSON.stringify(submission).slice(0, 60)}`, locale: 'en-US', answer: reply.answer });
  }
  samples.push({ name: 'stranger', locale: 'en-US', answer: (await service.answer('am I eligible?', { ...askContext, userId: 'ffffffff-0000-4000-8000-000000000000', hasAttachments: false })).answer });
  samples.push({ name: 'too long', locale: 'en-US', answer: (await service.answer('x'.repeat(4001), { ...askContext, hasAttachments: false })).answer });
  samples.push(...(await liveDataSamples()));
  return samples;
}

/** Coverage (each status, admins with amounts), meeting costs (with and without a breakdown) and meeting advice. */
async function liveDataSamples(): Promise<AnswerSample[]> {
  const samples: AnswerSample[] = [];
  const dana = demoUser('dana');
  const personal = { tenantId: DEMO_TENANT_ID, userId: dana.aadObjectId, locale: 'en-US', now: NOW, conversationKind: 'personal' as const, hasAttachments: false };
  const overview = await demoCreditsOverview(NOW);
  const coverages: Array<[string, DemoServiceOptions]> = [
    ['good, admin', { coverage: { status: 'good' }, overview }],
    ['low, admin', { coverage: { status: 'low' }, overview: await demoCreditsOverview(NOW, { dailySpend: '900' }) }],
    ['exhausted, admin without a snapshot', { coverage: { status: 'exhausted' }, overview: null }],
    ['unknown, organizer', { coverage: { status: 'unknown' }, admins: [] }],
    ['postpaid, admin', { coverage: { status: 'good', billingModel: 'postpaid' }, overview: await demoCreditsOverview(NOW, { settings: postpaid }) }],
  ];
  for (const [name, options] of coverages) {
    samples.push({ name: `coverage ${name}`, locale: 'en-US', answer: (await demoConversationService(options).answer('Do we have enough credits?', personal)).answer });
  }
  samples.push({
    name: 'coverage, admin in a group chat',
    locale: 'en-US',
    answer: (await demoConversationService({ coverage: { status: 'low' }, overview }).answer('Do we have enough credits?', { ...personal, conversationKind: 'groupChat' })).answer,
  });
  const meetings = [
    ...manyMeetings('dana', 11),
    meetingGroup('dana', '999000111', '2026-10-20T15:00:00.000Z', [{ kind: 'dial-in-toll', country: null, seconds: 120, cost: 40_000n, inferred: true }], { withMix: false }),
  ];
  samples.push({ name: 'my costs, many meetings', locale: 'en-US', answer: (await demoConversationService({ meetings }).answer('How much did my meetings cost last month?', personal)).answer });
  samples.push({ name: 'my costs, none', locale: 'en-US', answer: (await demoConversationService().answer('what did my meetings cost this week?', personal)).answer });
  const advice = demoConversationService({ coverage: { status: 'low' }, meetings });
  samples.push({ name: 'meeting advice with history', locale: 'en-US', answer: await advice.meetingAdvice(DEMO_TENANT_ID, dana.aadObjectId, NOW) });
  for (const key of ['camille', 'liwei', 'sam']) {
    samples.push({ name: `meeting advice for ${key}`, locale: 'en-US', answer: await advice.meetingAdvice(DEMO_TENANT_ID, demoUser(key).aadObjectId, NOW) });
  }
  return samples;
}

function postpaid(settings: TenantSettings): TenantSettings {
  return { ...settings, billing: { ...settings.billing, billingModel: 'postpaid', monthlyBudget: { amount: '1500', currency: 'USD' } } };
}
