/**
 * The bot answers from the organization's live data (issue 7), over HTTP as the demo users, against the real service
 * (restify, botbuilder, Azurite, the demo ledger and the demo usage imported through the real path, a fixed clock):
 * who sees the credits coverage and who sees amounts, "what did my meetings cost" against GET /api/v1/usage for the
 * same range, and dial-out verdicts and estimates over the ledger's estimate and learned rates.
 */
import { randomUUID } from 'node:crypto';
import { startTestService, type TestService } from '../support/service';
import { ask, visibleText, type BotReply } from '../support/activities';
import { fixedClock } from '../../bot/clock';
import { translatorFor } from '../../bot/i18n/i18n';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { formatMoney, fromMoneyJson, DEMO_RATE_CARD } from '../../bot/billing';
import { RateStore } from '../../bot/store/rate-store';
import { date, integer, minutesOf } from '../../bot/cards/card-format';
import type { CreditsResponse, DialOutCheckResponse, UsageResponse } from '../../bot/api/contracts';

const NOW = '2026-11-20T17:00:00.000Z';
const en = translatorFor('en-US');
const usd = (amount: { amount: string; currency: string }, locale = 'en-US') => formatMoney(fromMoneyJson(amount), locale);

describe('the bot over live data (HTTP, demo users)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ clock: fixedClock(NOW) });
    // The admin's card has no rate for dial-outs to Germany: the bot must learn it from the tenant's own calls.
    const card = DEMO_RATE_CARD;
    await new RateStore(service.app.store).replaceCard(DEMO_TENANT_ID, { ...card, entries: card.entries.filter((e) => !(e.callKind === 'dial-out' && e.country === 'DE')) });
  }, 60_000);
  afterAll(async () => {
    await service.stop();
  });

  async function api<T>(path: string, user: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const response = await fetch(`${service.baseUrl}${path}`, {
      ...init,
      headers: { 'x-demo-user': demoUser(user).aadObjectId, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string> | undefined) },
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  function cardOf(replies: BotReply[]): Record<string, unknown> {
    const attachment = replies[0]?.attachments?.[0];
    if (!attachment) throw new Error(`expected a card, got ${JSON.stringify(replies)}`);
    return attachment.content;
  }

  describe('credits coverage', () => {
    it('Dana (admin) in personal chat sees the estimate, labelled, with its as-of time, the data lag, run-out and next recharge', async () => {
      const credits = (await api<CreditsResponse>('/api/v1/credits', 'dana')).body;
      expect(credits.estimate?.kind).toBe('estimate');
      const estimate = credits.estimate!.kind === 'estimate' ? credits.estimate!.balance : null;
      const shown = visibleText(await ask(service.baseUrl, { user: 'dana', text: 'Do we have enough credits?' }));
      expect(shown).toContain(en.t('coverage.title'));
      expect(shown).toContain(en.t('coverage.amounts.estimateValue', { amount: usd(estimate!) }));
      for (const key of ['asOf', 'runOut', 'nextRecharge']) expect(shown).toContain(en.t(`coverage.amounts.${key}`));
      // The as-of time is the estimate's (now, in the tenant's zone); the lag sentence names the newest call counted.
      expect(shown).toContain('Nov 20, 2026, 12:00 PM');
      expect(shown).toMatch(/Call data arrives 24 to 48 hours late/);
      expect(shown).toContain(en.t('coverage.dialIn.label'));
      expect(shown).toContain(en.t('coverage.dialOut.label'));
    });

    it('Dana in a group chat sees only the coverage status: no amount, not even hers to see', async () => {
      const replies = await ask(service.baseUrl, { user: 'dana', text: '<at>PPM Assistant</at> do we have enough credits?', conversationType: 'groupChat' });
      const shown = visibleText(replies);
      expect(shown).toContain(en.t('coverage.title'));
      expect(shown).toContain(en.t('coverage.amountsInPersonalChat'));
      expect(shown).not.toContain(en.t('coverage.amounts.estimate'));
      expect(shown).not.toMatch(/\$\s?\d/);
    });

    it('Avery (organizer) sees the coverage status and what it means for dial-in and dial-out, and no amount', async () => {
      const shown = visibleText(await ask(service.baseUrl, { user: 'avery', text: 'Do we have enough credits?' }));
      const statuses = ['good', 'low', 'exhausted', 'unknown'].map((s) => en.t(`coverage.status.${s}`));
      expect(statuses.some((s) => shown.includes(s))).toBe(true);
      expect(shown).toContain(en.t('coverage.askAdmin'));
      expect(shown).not.toMatch(/\$\s?\d/);
    });

    it.each([
      ['fr-FR', 'camille', 'il reste combien de crédits ?'],
      ['pt-BR', 'joao', 'Temos créditos suficientes?'],
      ['ru-RU', 'olga', 'Хватит ли нам кредитов?'],
      ['zh-CN', 'liwei', '还有多少余额'],
      ['zh-TW', 'meiling', '還有多少餘額？'],
    ])('answers the coverage question in %s', async (locale, user, text) => {
      const shown = visibleText(await ask(service.baseUrl, { user, text }));
      expect(shown).toContain(translatorFor(locale).t('coverage.title'));
      expect(shown).toContain(translatorFor(locale).t('coverage.dialOut.label'));
    });
  });

  describe('what did my meetings cost', () => {
    it.each([
      ['the last 30 days by default', 'What did my meetings cost?', '30d'],
      ['last month', 'how much did my meetings cost last month?', 'last-month'],
    ])("Avery's totals for %s equal the usage API's for the same range", async (_name, text, preset) => {
      const usage = (await api<UsageResponse>(`/api/v1/usage?preset=${preset}&groupBy=conference&top=100`, 'avery')).body;
      expect(usage.scope).toBe('own');
      expect(usage.groupCount).toBeGreaterThan(0);
      const shown = visibleText(await ask(service.baseUrl, { user: 'avery', text }));
      expect(shown).toContain(en.t('myCosts.total', { cost: usd(usage.totals.total) }));
      expect(shown).toContain(
        en.t('myCosts.summary', { meetings: integer(usage.groupCount, en), calls: integer(usage.totals.calls, en), minutes: minutesOf(usage.totals.seconds, en) }),
      );
      expect(shown).toContain(`${date(usage.range.from, en)} – ${date(usage.range.to, en)}`);
      // Each meeting shown is one of Avery's conferences, with its own cost.
      for (const group of usage.groups.slice(0, 3)) {
        expect(shown).toContain(`conference ID ${group.key}`);
        expect(shown).toContain(usd(group.figures.total));
      }
      expect(shown).toContain('Call data arrives 24 to 48 hours late');
    });

    it('shows minutes by call kind and top countries per meeting, and never another organizer\'s meetings', async () => {
      const own = (await api<UsageResponse>('/api/v1/usage?preset=30d&groupBy=conference&top=100', 'avery')).body;
      const tenant = (await api<UsageResponse>('/api/v1/usage?preset=30d&groupBy=conference&top=100', 'dana')).body;
      const others = tenant.groups.filter((g) => g.organizer?.id !== demoUser('avery').aadObjectId).map((g) => g.key);
      expect(others.length).toBeGreaterThan(0);
      const content = cardOf(await ask(service.baseUrl, { user: 'avery', text: 'What did my meetings cost?' }));
      const shown = visibleText([{ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }] }]);
      for (const key of others) expect(shown).not.toContain(`conference ID ${key}`);
      expect(shown).toMatch(new RegExp(`(${['dial-in-toll', 'dial-in-toll-free', 'dial-out'].map((k) => en.t(`myCosts.kinds.${k}`)).join('|')}) [\\d.,]+ min`));
      expect(shown).toContain('Top countries: ');
      expect(own.groups.length).toBeGreaterThan(0);
    });

    it('asked in a group chat or a channel, says to ask in the personal chat and shows nothing of the costs there', async () => {
      for (const conversationType of ['groupChat', 'channel'] as const) {
        const replies = await ask(service.baseUrl, { user: 'avery', text: '<at>PPM Assistant</at> what did my meetings cost?', conversationType });
        const shown = visibleText(replies);
        // Only the notice: no card, no meeting, no amount.
        expect(shown.trim()).toBe(en.t('answers.personalChatOnly.myCosts'));
        expect(replies.flatMap((r) => r.attachments ?? [])).toEqual([]);
      }
      const fr = translatorFor('fr-FR');
      const shown = visibleText(await ask(service.baseUrl, { user: 'camille', text: 'combien ont coûté mes réunions cette semaine ?', conversationType: 'groupChat' }));
      expect(shown).toContain(fr.t('answers.personalChatOnly.myCosts'));
    });

    it('answers Camille in French for this week: Monday to today in the tenant\'s time zone', async () => {
      const fr = translatorFor('fr-FR');
      const usage = (await api<UsageResponse>('/api/v1/usage?from=2026-11-16&to=2026-11-20&groupBy=conference', 'camille')).body;
      const shown = visibleText(await ask(service.baseUrl, { user: 'camille', text: 'combien ont coûté mes réunions cette semaine ?' }));
      expect(shown).toContain(fr.t('myCosts.range.thisWeek', { from: date('2026-11-16', fr), to: date('2026-11-20', fr) }));
      expect(shown).toContain(fr.t('myCosts.total', { cost: usd(usage.totals.total, 'fr-FR') }));
      expect(shown).toContain(fr.t(usage.groupCount === 0 ? 'myCosts.none' : 'myCosts.title'));
    });
  });

  describe('dial-out verdicts and estimates use the live data', () => {
    it('says how many minutes the ledger\'s estimate covers, at the rate the verdict uses', async () => {
      const credits = (await api<CreditsResponse>('/api/v1/credits', 'dana')).body;
      const balance = credits.estimate!.kind === 'estimate' ? fromMoneyJson(credits.estimate!.balance) : null;
      const check = (await api<DialOutCheckResponse>('/api/v1/dial-out-check', 'avery', { method: 'POST', body: JSON.stringify({ phoneNumber: '+81 3 1234 5678' }) })).body;
      const verdict = check.checks[0]!.verdict;
      expect(verdict.rate.kind).toBe('found');
      const rate = verdict.rate.kind === 'found' ? verdict.rate.rate : null;
      const expected = (balance!.micros - fromMoneyJson(rate!.connectionFee).micros) / fromMoneyJson(rate!.perMinute).micros;
      expect(verdict.balanceCovers).toEqual({ kind: 'minutes', minutes: Number(expected) });
      const shown = visibleText(await ask(service.baseUrl, { user: 'avery', text: 'can I dial +81 3 1234 5678?' }));
      expect(shown).toContain(en.t('dialOut.balance.minutes', { minutes: integer(Number(expected), en) }));
    });

    it('prices a destination the card lacks from the tenant\'s own calls, saying from how many calls between which dates', async () => {
      const check = (await api<DialOutCheckResponse>('/api/v1/dial-out-check', 'avery', { method: 'POST', body: JSON.stringify({ country: 'DE' }) })).body;
      const rate = check.checks[0]!.verdict.rate;
      expect(rate.kind === 'found' && rate.source.kind).toBe('learned');
      const source = rate.kind === 'found' && rate.source.kind === 'learned' ? rate.source : null;
      expect(source!.sampleCalls).toBeGreaterThan(0);
      const shown = visibleText(await ask(service.baseUrl, { user: 'avery', text: 'can I call Germany?' }));
      expect(shown).toContain(en.t('rates.learned', { calls: integer(source!.sampleCalls, en), from: date(source!.from, en), to: date(source!.to, en) }));
    });

    it('says an estimate is covered by the balance, and warns at an exhausted balance once an admin records zero', async () => {
      const question = 'What will a 60 minute meeting cost with 2 dial-outs to Japan?';
      expect(visibleText(await ask(service.baseUrl, { user: 'avery', text: question }))).toContain(en.t('estimate.balance.covered'));

      const entry = await api<unknown>('/api/v1/credits/entries', 'dana', {
        method: 'POST',
        headers: { 'idempotency-key': randomUUID() },
        body: JSON.stringify({ kind: 'snapshot', asOf: NOW, balance: { amount: '0', currency: 'USD' } }),
      });
      expect(entry.status).toBe(201);

      const dialOut = visibleText(await ask(service.baseUrl, { user: 'avery', text: 'can I dial +81 3 1234 5678?' }));
      expect(dialOut).toContain(en.t('dialOut.reasons.balance-exhausted'));
      expect(dialOut).toContain(en.t('dialOut.balance.minutes', { minutes: '0' }));
      expect(visibleText(await ask(service.baseUrl, { user: 'avery', text: question }))).toContain(en.t('estimate.balance.exhausted'));
      expect(visibleText(await ask(service.baseUrl, { user: 'avery', text: 'Do we have enough credits?' }))).toContain(en.t('coverage.status.exhausted'));
    });
  });
});
