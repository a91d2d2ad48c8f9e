/**
 * The bot's answers over HTTP (issue 5 item 5): the same answer model as the cards, money as MoneyJson; a person
 * asks about themselves, admins about anyone in their tenant; bad input gets 400 with one issue code each.
 */
import { startTestService, type TestService } from '../support/service';
import { demoUser } from '../../bot/demo/demo-tenant';
import type { DialOutCheckResponse, EligibilityResponse, EstimateResponse } from '../../bot/api/contracts';

const id = (key: string) => demoUser(key).aadObjectId;

describe('answers API (/api/v1/eligibility, /estimate, /dial-out-check)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });

  async function call(method: 'GET' | 'POST', path: string, options: { as?: string; body?: unknown; raw?: string } = {}) {
    const response = await fetch(`${service.baseUrl}${path}`, {
      method,
      headers: { ...(options.as ? { 'x-demo-user': id(options.as) } : {}), ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      ...(method === 'POST' ? { body: options.raw ?? JSON.stringify(options.body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('gives a person their own eligibility checklist', async () => {
    const { status, body } = await call('GET', '/api/v1/eligibility', { as: 'olga' });
    expect(status).toBe(200);
    const answer = body as unknown as EligibilityResponse;
    expect(answer.kind).toBe('eligibility');
    expect(answer.organizer).toEqual({ userId: id('olga'), displayName: 'Olga Ivanova', usageLocation: 'RU' });
    expect(answer.checklist.items.find((i) => i.id === 'organizer-has-audio-conferencing')?.reason).toBe('organizer-ac-subscription-instead');
    expect(answer.policy).toEqual(expect.objectContaining({ level: 'tenant-global', name: 'Global', source: 'seed' }));
  });

  it('refuses an organizer asking about someone else, and lets an admin ask about anyone', async () => {
    expect((await call('GET', `/api/v1/eligibility?userId=${id('sam')}`, { as: 'avery' })).status).toBe(403);
    const { status, body } = await call('GET', `/api/v1/eligibility?userId=${id('sam')}`, { as: 'dana' });
    expect(status).toBe(200);
    const answer = body as unknown as EligibilityResponse;
    expect(answer.checklist.overall).toBe('fail');
    expect(answer.checklist.items.find((i) => i.id === 'organizer-has-audio-conferencing')).toEqual(
      expect.objectContaining({ status: 'fail', remedy: { code: 'assign-ppm-licence', fixedBy: 'licence-admin' } }),
    );
  });

  it('answers 404 with the reason for a person the tenant does not know, and 400 for a userId that is not a GUID', async () => {
    const unknown = await call('GET', '/api/v1/eligibility?userId=ffffffff-0000-4000-8000-0000000000ff', { as: 'dana' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: expect.objectContaining({ code: 'notFound', details: { reason: 'notInDirectory' } }) });
    expect((await call('GET', '/api/v1/eligibility?userId=../../etc', { as: 'dana' })).status).toBe(400);
  });

  it('estimates a meeting with money as exact decimal strings', async () => {
    const { status, body } = await call('POST', '/api/v1/estimate', {
      as: 'camille',
      body: { durationMinutes: 90, lines: [{ kind: 'dialInTollFree', count: 4, country: 'FR' }, { kind: 'dialOut', count: 2, country: 'JP' }] },
    });
    expect(status).toBe(200);
    const answer = body as unknown as EstimateResponse;
    expect(answer.estimate?.total).toEqual({ amount: '29.36', currency: 'USD' });
    expect(answer.estimate?.items.map((i) => i.subtotal.amount)).toEqual(['21.96', '7.40']);
    expect(answer.estimate?.items[1]?.rate.perMinute).toEqual({ amount: '0.041', currency: 'USD' });
    expect(answer.estimate?.items[0]?.rateSource).toEqual(expect.objectContaining({ kind: 'rate-card', card: 'demo' }));
  });

  it('prices a dial-out to a number by its country and type', async () => {
    const { status, body } = await call('POST', '/api/v1/estimate', {
      as: 'avery',
      body: { durationMinutes: 30, lines: [{ kind: 'dialOut', count: 1, phoneNumber: '+44 7400 123456' }] },
    });
    expect(status).toBe(200);
    const item = (body as unknown as EstimateResponse).estimate?.items[0];
    expect(item).toEqual(expect.objectContaining({ country: 'GB', numberType: 'mobile', subtotal: { amount: '1.95', currency: 'USD' } }));
  });

  it('lists a line without a rate as unpriced, never as 0, and marks the total incomplete', async () => {
    // +44 7911 is Guernsey in libphonenumber's metadata, which the demo card does not price.
    const { body } = await call('POST', '/api/v1/estimate', { as: 'avery', body: { durationMinutes: 30, lines: [{ kind: 'dialOut', count: 1, phoneNumber: '+44 7911 123456' }] } });
    const estimate = (body as unknown as EstimateResponse).estimate!;
    expect(estimate.complete).toBe(false);
    expect(estimate.items).toEqual([]);
    expect(estimate.unpriced[0]).toEqual(expect.objectContaining({ country: 'GG', reason: 'rate-unknown', remedy: { code: 'upload-rate-card', fixedBy: 'billing-admin' } }));
  });

  it.each([
    ['a negative count', { durationMinutes: 60, lines: [{ kind: 'dialOut', count: -1, country: 'JP' }] }, 'countNotPositive'],
    ['10⁹ minutes', { durationMinutes: 1e9, lines: [{ kind: 'dialOut', count: 1, country: 'JP' }] }, 'durationTooLong'],
    ['an unknown country', { durationMinutes: 60, lines: [{ kind: 'dialOut', count: 1, country: 'QQ' }] }, 'unknownCountry'],
    ['script injection', { durationMinutes: 60, lines: [{ kind: 'dialOut', count: 1, country: '<img src=x onerror=alert(1)>' }] }, 'markupInText'],
    ['lines that are not a list', { durationMinutes: 60, lines: 'all of them' }, 'malformedSubmission'],
  ])('answers 400 with the issue code for %s', async (_name, body, code) => {
    const { status, body: error } = await call('POST', '/api/v1/estimate', { as: 'avery', body });
    expect(status).toBe(400);
    const details = (error.error as { details: { issues: Array<{ code: string }> } }).details;
    expect(details.issues.map((i) => i.code)).toContain(code);
  });

  it('answers 400 listing what is missing, and 400 for a body that is not JSON', async () => {
    const { status, body } = await call('POST', '/api/v1/estimate', { as: 'avery', body: { lines: [] } });
    expect(status).toBe(400);
    const details = (body.error as { details: { missing: string[]; issues: Array<{ code: string; field: string }> } }).details;
    expect(details.missing).toEqual(['lines']);
    expect(details.issues).toEqual([expect.objectContaining({ code: 'missingField', field: 'duration' })]);
    expect((await call('POST', '/api/v1/estimate', { as: 'avery', raw: '{"durationMinutes":' })).status).toBe(400);
  });

  it('refuses a body over the cap with 413', async () => {
    const { status } = await call('POST', '/api/v1/estimate', { as: 'avery', raw: JSON.stringify({ durationMinutes: 5, lines: [], pad: 'x'.repeat(40_000) }) });
    expect(status).toBe(413);
  });

  it('checks a dial-out: Camille is blocked for Japan, with the costs as MoneyJson and the policy source', async () => {
    const { status, body } = await call('POST', '/api/v1/dial-out-check', { as: 'camille', body: { phoneNumber: '+81 3 1234 5678' } });
    expect(status).toBe(200);
    const answer = body as unknown as DialOutCheckResponse;
    const verdict = answer.checks[0]!.verdict;
    expect(verdict.verdict).toBe('blocked');
    expect(verdict.reasons[0]).toEqual(expect.objectContaining({ code: 'policy-domestic-only-destination-abroad', remedy: { code: 'change-dial-out-policy', fixedBy: 'teams-admin' } }));
    expect(verdict.costFor?.map((c) => [c.minutes, c.cost.amount])).toEqual([[10, '0.42'], [30, '1.24'], [60, '2.47']]);
    expect(answer.policy).toEqual(expect.objectContaining({ name: 'DialoutCPCDomesticPSTNInternational', level: 'user', source: 'seed', at: '2026-10-01T09:00:00.000Z' }));
  });

  it('reads the balance from the credits ledger: the dial-out says how many minutes it covers', async () => {
    const { body } = await call('POST', '/api/v1/dial-out-check', { as: 'avery', body: { country: 'GB' } });
    const covers = (body as unknown as DialOutCheckResponse).checks[0]!.verdict.balanceCovers;
    expect(covers.kind).toBe('minutes');
  });

  it('answers 400 for a dial-out check without a destination or with a bad number', async () => {
    const none = await call('POST', '/api/v1/dial-out-check', { as: 'avery', body: {} });
    expect(none.status).toBe(400);
    expect((none.body.error as { details: { missing: string[] } }).details.missing).toEqual(['destination']);
    const bad = await call('POST', '/api/v1/dial-out-check', { as: 'avery', body: { phoneNumber: '123' } });
    expect((bad.body.error as { details: { issues: Array<{ code: string }> } }).details.issues[0]?.code).toBe('invalidPhoneNumber');
  });
});
