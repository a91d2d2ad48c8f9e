/** The conversation service's answers, table-driven, over the demo tenant's facts in memory. */
import { parseSubmission } from '../../bot/conversation/card-submissions';
import { isMostlyRightToLeft, messageProblem } from '../../bot/conversation/message-checks';
import { MAX_ESTIMATE_LINES, type Answer, type DialOutAnswer, type EstimateAnswer } from '../../bot/conversation/answer-model';
import { moneyFromDecimal, type RateHistorySample } from '../../bot/billing';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { demoConversationService, NOW, type DemoServiceOptions } from './support/demo-context';

function service(options: DemoServiceOptions = {}) {
  return demoConversationService(options);
}

async function ask(text: string, user = 'avery', options: DemoServiceOptions = {}, locale?: string) {
  const u = demoUser(user);
  return service(options).answer(text, {
    tenantId: DEMO_TENANT_ID, userId: u.aadObjectId, locale: locale ?? u.locale, now: NOW, conversationKind: 'personal', hasAttachments: false,
  });
}

function as<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(answer.kind).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

describe('message checks', () => {
  it.each([
    ['empty', 'nothing', '', false],
    ['attachmentsOnly', 'blanks with an attachment', '  \n ', true],
    ['tooLong', '4,001 characters', 'x'.repeat(4001), false],
    ['emojiOnly', 'emoji with modifiers and a flag', '🙂 👍🏽 🇫🇷!', false],
  ])('flags %s: %s', (problem, _name, text, attachments) => {
    expect(messageProblem(text, attachments)?.problem).toBe(problem);
  });

  it.each([
    ['a question with an emoji', 'can I dial +81 3 1234 5678? 🙂'],
    ['digits', '123'],
    ['a plus sign', '+'],
    ['exactly 4,000 characters', 'x'.repeat(4000)],
  ])('%s is not a problem by itself', (_name, text) => {
    expect(messageProblem(text, false)).toBeNull();
  });

  it.each([
    ['مرحبا كيف حالك', true],
    ['שלום, אפשר להתקשר?', true],
    ['can I dial مرحبا?', false],
    ['🙂', false],
  ])('%j is mostly right-to-left: %s', (text, expected) => {
    expect(isMostlyRightToLeft(text)).toBe(expected);
  });
});

describe('card submissions', () => {
  it('reads an object without a prototype as a malformed value, without throwing (fuzz find)', () => {
    const removeLine = Object.assign(Object.create(null) as object, { a: 1 });
    const parsed = parseSubmission({ verb: 'estimate.removeLine', data: { lineCount: 1, durationMinutes: '5', removeLine } }, 'US');
    expect(parsed.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'malformedSubmission', field: 'lines', input: '{"a":1}' })]));
  });

  it('removes a line and moves the problems of later lines up', () => {
    const parsed = parseSubmission(
      { verb: 'estimate.removeLine', data: { lineCount: 3, removeLine: '0', durationMinutes: '30', line0_kind: 'dialOut', line0_count: '1', line0_country: 'JP', line1_kind: 'dialOut', line1_count: '1', line1_country: 'FR', line2_kind: 'dialOut', line2_count: '-1', line2_country: 'DE' } },
      'US',
    );
    expect(parsed.form === 'estimate' && parsed.draft.lines.map((l) => l.country)).toEqual(['FR', 'DE']);
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'countNotPositive', line: 1 })]);
  });

  it('adds a complete line from the organizer’s own country, up to the most a card holds', () => {
    const base = { durationMinutes: '30', line0_kind: 'dialOut', line0_count: '1', line0_country: 'JP' };
    const added = parseSubmission({ verb: 'estimate.addLine', data: { lineCount: 1, ...base } }, 'BR');
    expect(added.form === 'estimate' && added.draft.lines[1]).toEqual({ kind: 'dialInToll', count: 1, country: 'BR', phoneNumber: null, stayMinutes: null });
    const full = Object.fromEntries(Array.from({ length: MAX_ESTIMATE_LINES }, (_, i) => [[`line${i}_kind`, 'dialOut'], [`line${i}_count`, '1'], [`line${i}_country`, 'JP']]).flat());
    expect(parseSubmission({ verb: 'estimate.addLine', data: { lineCount: MAX_ESTIMATE_LINES, durationMinutes: '5', ...full } }, 'BR').issues).toEqual([expect.objectContaining({ code: 'tooManyLines' })]);
  });
});

describe('answers', () => {
  it('answers in the language the person wrote in, not only their locale', async () => {
    const reply = await ask('can I dial +81 3 1234 5678?', 'camille');
    expect(reply.language).toBe('en-US');
    expect(as(reply.answer, 'dialOut').checks[0]!.verdict.verdict).toBe('blocked');
  });

  it.each([
    ['a person without an id', undefined, 'noUserId'],
    ['a person not in the directory', 'ffffffff-0000-4000-8000-000000000001', 'notInDirectory'],
  ])('says clearly when it cannot answer for %s', async (_name, userId, reason) => {
    const reply = await service().answer('am I eligible?', { tenantId: DEMO_TENANT_ID, userId, locale: 'en-US', now: NOW, conversationKind: 'personal', hasAttachments: false });
    expect(reply.answer).toEqual({ kind: 'unknownOrganizer', reason });
  });

  it('says so for a tenant without settings', async () => {
    const reply = await service().answer('am I eligible?', { tenantId: '00000000-0000-4000-8000-000000000000', userId: demoUser('avery').aadObjectId, locale: 'en-US', now: NOW, conversationKind: 'personal', hasAttachments: false });
    expect(reply.answer).toEqual({ kind: 'unknownOrganizer', reason: 'tenantNotSetUp' });
  });

  it.each([
    ['avery', { level: 'tenant-global', name: 'Global', meetingDialOut: 'InternationalAndDomestic', source: 'seed' }],
    ['camille', { level: 'user', name: 'DialoutCPCDomesticPSTNInternational', meetingDialOut: 'DomesticOnly', source: 'seed' }],
    ['joao', { level: 'user', name: 'DialoutCPCZoneAPSTNInternational', meetingDialOut: 'ZoneA', source: 'seed' }],
  ])('states %s’s effective policy with its source and date', async (user, facts) => {
    const answer = as((await ask('am I eligible for pay-per-minute?', user, {}, 'en-US')).answer, 'eligibility');
    expect(answer.policy).toEqual({ ...facts, at: '2026-10-01T09:00:00.000Z' });
  });

  it('reads a national number with the organizer’s usage location: Camille may dial a French number', async () => {
    const answer = as((await ask('Puis-je appeler le 01 23 45 67 89 ?', 'camille')).answer, 'dialOut');
    expect(answer.checks[0]!.asked).toEqual({ phoneNumber: '+33123456789' });
    expect(answer.checks[0]!.verdict.verdict).not.toBe('blocked');
  });

  it('checks a whole country when no number is given', async () => {
    const answer = as((await ask('can I call Japan?')).answer, 'dialOut');
    expect(answer.checks[0]!.asked).toEqual({ country: 'JP' });
    expect(answer.checks[0]!.verdict.rate.kind).toBe('found');
  });

  it('asks for the destination when a dial-out question has none', async () => {
    const answer = as((await ask('dial out')).answer, 'dialOut');
    expect(answer.checks).toEqual([]);
    expect(answer.missing).toEqual(['destination']);
  });

  it('warns when the balance from the ledger covers few minutes', async () => {
    const answer = as((await ask('can I dial +81 3 1234 5678?', 'avery', { balance: moneyFromDecimal('2.00', 'USD') })).answer, 'dialOut') as DialOutAnswer;
    const verdict = answer.checks[0]!.verdict;
    // (2.00 − 0.01 connection fee) / 0.041 per minute = 48 whole minutes, below the 60-minute warning level
    expect(verdict.balanceCovers).toEqual({ kind: 'minutes', minutes: 48 });
    expect(verdict.reasons.map((r) => r.code)).toContain('balance-covers-few-minutes');
  });

  it('prices from learned rates, with their sample, when there is no card', async () => {
    const samples: RateHistorySample[] = [
      { callKind: 'dial-out', country: 'JP', numberType: null, calls: 12, billedSeconds: 36_000, charge: moneyFromDecimal('30', 'USD'), connectionCharge: moneyFromDecimal('0', 'USD'), firstCallAt: '2026-08-01T00:00:00Z', lastCallAt: '2026-10-31T00:00:00Z' },
    ];
    const answer = as((await ask('a 10 minute meeting with 1 dial-out to Japan', 'avery', { card: null, samples })).answer, 'estimate') as EstimateAnswer;
    expect(answer.estimate?.items[0]?.rateSource).toEqual(expect.objectContaining({ kind: 'learned', sampleCalls: 12 }));
    expect(answer.estimate?.total).toEqual(moneyFromDecimal('0.5', 'USD'));
  });

  it('lists lines without a rate and names who can fix it, when nothing prices them', async () => {
    const answer = as((await ask('a 10 minute meeting with 1 dial-out to Japan', 'avery', { card: null })).answer, 'estimate') as EstimateAnswer;
    expect(answer.estimate?.complete).toBe(false);
    expect(answer.estimate?.unpriced[0]?.remedy).toEqual({ code: 'upload-rate-card', fixedBy: 'billing-admin' });
  });

  it.each([
    ['estimate 60 minutes with 3 dial-ins from Germany', ['tollKind'], { durationMinutes: 60, lines: [{ kind: 'dialIn', count: 3, country: 'DE', phoneNumber: null, stayMinutes: null }] }],
    ['how much will a meeting cost?', ['duration', 'lines'], { durationMinutes: null, lines: [] }],
  ])('answers the partial question %j with the form prefilled, never a guess', async (text, missing, draft) => {
    const answer = as((await ask(text)).answer, 'estimate');
    expect(answer.missing).toEqual(missing);
    expect(answer.draft).toEqual(draft);
    expect(answer.estimate).toBeNull();
  });

  it('flags callers who stay longer than the meeting', async () => {
    const answer = as(
      (await service(). answerSubmission({ verb: 'estimate.update', data: { lineCount: 1, durationMinutes: '30', line0_kind: 'dialOut', line0_count: '1', line0_country: 'JP', line0_stay: '45' } }, { tenantId: DEMO_TENANT_ID, userId: demoUser('avery').aadObjectId, locale: 'en-US', now: NOW, conversationKind: 'personal' })).answer,
      'estimate',
    );
    expect(answer.issues).toEqual([expect.objectContaining({ code: 'stayLongerThanMeeting', line: 0 })]);
  });
});
