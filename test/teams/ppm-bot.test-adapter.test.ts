/**
 * The Teams host in process, through botbuilder's TestAdapter: every card the bot sends, the Action.Submit fallback
 * as a message with a value, and the adaptiveCard/action invoke whose response replaces the clicked card.
 * The stores are real: the test service's (Azurite, a table prefix of its own, the demo tenant seeded).
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { createLogger } from '../../bot/logger';
import { fixedClock } from '../../bot/clock';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { NO_BALANCE, NO_LEARNED_RATES } from '../../bot/conversation/ports';
import { translatorFor } from '../../bot/i18n/i18n';
import { startTestService, type TestService } from '../support/service';
import { cardTextBlocks } from '../support/activities';
import { inProcessBot, inProcessServices } from './support/in-process-bot';

const clock = fixedClock('2026-11-02T15:00:00Z');
const logger = createLogger({ level: 'silent' });

function replyCard(activity: Partial<Activity>): Record<string, unknown> {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment!.content as Record<string, unknown>;
}

/** The bot over these services, with no meeting organizer known and no proactive channel. */
function adapterFor({ conversationService, conversations }: Pick<ReturnType<typeof inProcessServices>, 'conversationService' | 'conversations'>): TestAdapter {
  const bot = inProcessBot({ conversationService, conversations }, { clock, logger });
  return new TestAdapter(async (context) => bot.run(context));
}

describe('PpmBot with the TestAdapter', () => {
  let service: TestService;
  let adapter: TestAdapter;

  beforeAll(async () => {
    service = await startTestService();
    // No balance and no learned rates: these cards show "balance unknown" (the live data has its own suites).
    adapter = adapterFor(inProcessServices(service.app.store, { clock, logger, balances: NO_BALANCE, learnedRates: NO_LEARNED_RATES }));
  });
  afterAll(() => service.stop());

  function activity(user: string, fields: Partial<Activity>): Partial<Activity> {
    const u = demoUser(user);
    return {
      channelId: 'msteams',
      locale: u.locale,
      from: { id: `29:${u.key}`, name: u.displayName, aadObjectId: u.aadObjectId },
      recipient: { id: '28:ppm-bot', name: 'PPM Assistant' },
      conversation: { id: `a:${u.key}`, conversationType: 'personal', tenantId: DEMO_TENANT_ID, isGroup: false, name: '' },
      ...fields,
    };
  }

  it('sends the eligibility card', async () => {
    const t = translatorFor('pt-BR');
    await adapter
      .send(activity('joao', { type: 'message', text: 'Sou elegível para o pagamento por minuto?' }))
      .assertReply((reply) => {
        const texts = cardTextBlocks(replyCard(reply));
        expect(texts).toContain(t.t('eligibility.title'));
        expect(texts).toContain(t.t('eligibility.reasons.dial-out-zone-a-only'));
      });
  });

  it('sends the dial-out card, headline first', async () => {
    const t = translatorFor('zh-TW');
    await adapter
      .send(activity('meiling', { type: 'message', text: '我可以撥打 +81 3 1234 5678 嗎？' }))
      .assertReply((reply) => {
        const content = replyCard(reply);
        expect(cardTextBlocks(content)[2]).toBe(t.t('dialOut.verdict.ok'));
        expect(JSON.stringify(content)).toContain(JSON.stringify({ title: t.t('dialOut.facts.balance'), value: t.t('dialOut.balance.unknown') }));
      });
  });

  it('sends the estimate card with the total in the organizer\'s locale', async () => {
    const t = translatorFor('ru-RU');
    await adapter
      .send(activity('olga', { type: 'message', text: 'Сколько будет стоить собрание на 60 минут с 2 платными входящими из Франции?' }))
      .assertReply((reply) => {
        // 2 callers × 60 min × 0.016 USD (the demo toll dial-in rate for France) = 1.92 USD
        expect(cardTextBlocks(replyCard(reply))).toContain(t.t('estimate.total', { total: new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'USD' }).format(1.92) }));
      });
  });

  it('sends the help card, and the welcome card when added', async () => {
    const t = translatorFor('en-US');
    await adapter.send(activity('avery', { type: 'message', text: 'help' })).assertReply((reply) => {
      expect(cardTextBlocks(replyCard(reply))).toContain(t.t('help.title'));
    });
    await adapter
      .send(activity('avery', { type: 'conversationUpdate', membersAdded: [{ id: '28:ppm-bot', name: 'PPM Assistant' }] }))
      .assertReply((reply) => {
        expect(cardTextBlocks(replyCard(reply))).toContain(t.t('welcome.title'));
      });
  });

  it('answers the Action.Submit fallback (a message with a value) with a new card', async () => {
    const t = translatorFor('en-US');
    await adapter
      .send(activity('avery', { type: 'message', value: { verb: 'estimate.update', lineCount: 1, durationMinutes: '10', line0_kind: 'dialInToll', line0_count: '1', line0_country: 'US' } }))
      .assertReply((reply) => {
        // 1 × 10 × 0.012 = 0.12 USD
        expect(cardTextBlocks(replyCard(reply))).toContain(t.t('estimate.total', { total: '$0.12' }));
      });
  });

  it.each([
    ['estimate.update', { lineCount: 1, durationMinutes: '45', line0_kind: 'dialOut', line0_count: '1', line0_country: 'JP' }, (t: ReturnType<typeof translatorFor>) => t.t('estimate.total', { total: '$1.86' })],
    ['estimate.addLine', { lineCount: 1, durationMinutes: '45', line0_kind: 'dialOut', line0_count: '1', line0_country: 'JP' }, (t: ReturnType<typeof translatorFor>) => t.t('estimate.form.line', { line: 2 })],
    ['estimate.removeLine', { lineCount: 2, removeLine: 1, durationMinutes: '45', line0_kind: 'dialOut', line0_count: '1', line0_country: 'JP', line1_kind: 'dialInToll', line1_count: '3', line1_country: 'US' }, (t: ReturnType<typeof translatorFor>) => t.t('estimate.total', { total: '$1.86' })],
    ['dialOut.check', { phoneNumber: '+33 1 23 45 67 89' }, (t: ReturnType<typeof translatorFor>) => t.t('dialOut.verdict.ok')],
  ])('answers the adaptiveCard/action invoke %s with the card that replaces the clicked one', async (verb, data, expected) => {
    const t = translatorFor('en-US');
    await adapter
      .send(activity('avery', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }))
      .assertReply((reply) => {
        expect(reply.type).toBe('invokeResponse');
        const { status, body } = reply.value as { status: number; body: { statusCode: number; type: string; value: unknown } };
        expect(status).toBe(200);
        expect(body.statusCode).toBe(200);
        expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
        // 45 × 0.041 + 0.01 = 1.855 → 1.86 per call
        expect(cardTextBlocks(body.value)).toContain(expected(t));
      });
  });

  it('answers a card action that fails on our side with a localized error response, leaving the card as it was', async () => {
    const services = inProcessServices(service.app.store, { clock, logger, balances: NO_BALANCE, learnedRates: NO_LEARNED_RATES });
    const failing = Object.assign(Object.create(services.conversationService) as typeof services.conversationService, {
      answerSubmission: async () => {
        throw Object.assign(new Error('storage unreachable'), { code: 'ECONNREFUSED' });
      },
    });
    const broken = adapterFor({ ...services, conversationService: failing });
    await broken
      .send(activity('camille', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'estimate.update', data: { lineCount: 1, durationMinutes: '30' } }, trigger: 'manual' } }))
      .assertReply((reply) => {
        expect(reply.type).toBe('invokeResponse');
        expect(reply.value).toEqual({
          status: 200,
          body: { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'internal', message: translatorFor('fr-FR').t('errors.generic') } },
        });
      });
  });
});
