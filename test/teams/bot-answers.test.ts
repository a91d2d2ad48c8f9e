/**
 * The demo organizers ask the real bot over HTTP (restify, botbuilder, Azurite, expectReplies) in their own
 * languages, and get the answers their licences, usage locations and dial-out policies call for.
 */
import { startTestService, type TestService } from '../support/service';
import { ask, cardTextBlocks, messageActivity, postActivity, visibleText, type BotReply } from '../support/activities';
import { translatorFor } from '../../bot/i18n/i18n';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';

function card(replies: BotReply[]): Record<string, unknown> {
  const attachment = replies[0]?.attachments?.[0];
  if (!attachment) throw new Error(`expected a card, got ${JSON.stringify(replies)}`);
  expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment.content;
}

const verdicts = (locale: string) => {
  const t = translatorFor(locale);
  return { blocked: t.t('dialOut.verdict.blocked'), warning: t.t('dialOut.verdict.warning'), ok: t.t('dialOut.verdict.ok') };
};

describe('organizers ask the bot in their own language (HTTP, expectReplies)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('Camille (DomesticOnly, fr-FR) is blocked for a Japanese number, and told who can change the policy', async () => {
    const t = translatorFor('fr-FR');
    const shown = cardTextBlocks(card(await ask(service.baseUrl, { user: 'camille', text: 'Puis-je appeler le +81 3 1234 5678 ?' })));
    expect(shown).toContain(verdicts('fr-FR').blocked);
    expect(shown.join('\n')).toContain(t.t('dialOut.whoCanChange', { who: t.t('fixers.teams-admin') }));
    expect(shown.join('\n')).toContain('DialoutCPCDomesticPSTNInternational');
    expect(shown.join('\n')).toContain(t.t('policy.level.user'));
  });

  it('João (Zone A, pt-BR) may dial Brazil, with the cost of 10/30/60 minutes', async () => {
    const content = card(await ask(service.baseUrl, { user: 'joao', text: 'posso ligar para +55 11 3123 4567?' }));
    const shown = cardTextBlocks(content);
    const v = verdicts('pt-BR');
    expect([v.ok, v.warning].some((h) => shown.includes(h))).toBe(true);
    expect(JSON.stringify(content)).toContain(translatorFor('pt-BR').t('dialOut.facts.costFor', { minutes: '30' }));
    expect(JSON.stringify(content)).toContain('US$');
  });

  it('João (Zone A, pt-BR) is blocked for Argentina, which is outside Zone A', async () => {
    const shown = cardTextBlocks(card(await ask(service.baseUrl, { user: 'joao', text: 'posso ligar para +54 11 4123 4567?' })));
    expect(shown).toContain(verdicts('pt-BR').blocked);
  });

  it('Li Wei (dial-out disabled, zh-CN) is blocked', async () => {
    const t = translatorFor('zh-CN');
    const shown = cardTextBlocks(card(await ask(service.baseUrl, { user: 'liwei', text: '我可以拨打 +81 3 1234 5678 吗' })));
    expect(shown).toContain(verdicts('zh-CN').blocked);
    expect(shown.join('\n')).toContain(t.t('dialOut.reasons.policy-disables-dial-out'));
  });

  it('Avery (global policy, en-US) gets a warning for a UK premium-rate number', async () => {
    const t = translatorFor('en-US');
    const shown = cardTextBlocks(card(await ask(service.baseUrl, { user: 'avery', text: 'can I dial +44 909 879 0000?' })));
    expect(shown).toContain(verdicts('en-US').warning);
    expect(shown.join('\n')).toContain(t.t('dialOut.reasons.premium-rate-number'));
  });

  it('Olga (Audio Conferencing subscription, ru-RU) gets the subscription explanation', async () => {
    const t = translatorFor('ru-RU');
    const shown = cardTextBlocks(card(await ask(service.baseUrl, { user: 'olga', text: 'Доступна ли мне поминутная оплата?' })));
    expect(shown).toContain(t.t('eligibility.title'));
    expect(shown).toContain(t.t('eligibility.reasons.organizer-ac-subscription-instead'));
    expect(shown).toContain(t.t('eligibility.hints.toll-free-and-dial-out-beyond-zone-a-use-credits'));
  });

  it('Sam (no Audio Conferencing, en-GB) is blocked, and not eligible', async () => {
    const t = translatorFor('en-GB');
    const dial = cardTextBlocks(card(await ask(service.baseUrl, { user: 'sam', text: 'can I dial +44 20 7946 0018?' })));
    expect(dial).toContain(verdicts('en-GB').blocked);
    expect(dial.join('\n')).toContain(t.t('dialOut.reasons.no-audio-conferencing-licence'));
    const eligible = cardTextBlocks(card(await ask(service.baseUrl, { user: 'sam', text: 'am I eligible for pay-per-minute?' })));
    expect(eligible).toContain(t.t('eligibility.overall.fail'));
    expect(eligible.join('\n')).toContain(t.t('eligibility.reasons.organizer-no-audio-conferencing'));
  });

  it('prices an estimate from the seeded demo rate card, labelled as demo, in the organizer\'s locale', async () => {
    const t = translatorFor('fr-FR');
    const shown = cardTextBlocks(card(await ask(service.baseUrl, { user: 'camille', text: 'Combien coûte une réunion de 90 minutes avec 4 appels entrants gratuits depuis la France et 2 appels sortants vers le Japon ?' })));
    // 4 × 90 × 0.061 + 2 × (90 × 0.041 + 0.01) = 21.96 + 7.40 (per call 3.70) = 29.36 USD
    expect(shown).toContain(t.t('estimate.total', { total: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'USD' }).format(29.36) }));
    expect(shown).toContain(t.t('rates.demoNotice'));
  });

  it('answers a partial estimate with the form prefilled, and no total', async () => {
    const t = translatorFor('en-US');
    const content = card(await ask(service.baseUrl, { user: 'avery', text: 'estimate 60 minutes with 3 dial-ins from Germany' }));
    const shown = cardTextBlocks(content);
    expect(shown).toContain(`• ${t.t('estimate.missing.tollKind')}`);
    expect(shown.some((s) => s.startsWith(t.t('estimate.total', { total: '' })))).toBe(false);
    const json = JSON.stringify(content);
    expect(json).toContain('"id":"durationMinutes"');
    expect(json).toContain('"value":60');
    expect(json).toMatch(/"id":"line0_country"[^}]*"value":"DE"/);
    expect(json).toMatch(/"id":"line0_count"[^}]*"value":3/);
  });

  it('says clearly when the person is not in the directory', async () => {
    const activity = messageActivity({ user: 'avery', text: 'am I eligible for pay-per-minute?' });
    (activity.from as Record<string, unknown>).aadObjectId = 'ffffffff-0000-4000-8000-0000000000ff';
    const { status, body } = await postActivity(service.baseUrl, activity);
    expect(status).toBe(200);
    expect(visibleText((body as { activities: BotReply[] }).activities)).toBe(translatorFor('en-US').t('answers.unknownOrganizer.notInDirectory'));
  });

  it.each([
    ['a group chat, with the bot @mentioned', { conversationType: 'groupChat' as const, text: '<at>PPM Assistant</at> can I dial +81 3 1234 5678?' }],
    ['a meeting chat', { conversationType: 'groupChat' as const, text: '<at>PPM Assistant</at> can I dial +81 3 1234 5678?', extra: { channelData: { tenant: { id: DEMO_TENANT_ID }, meeting: { id: 'MCMxOTptZWV0aW5n' } } } }],
    ['a personal chat', { conversationType: 'personal' as const, text: 'can I dial +81 3 1234 5678?' }],
  ])('answers in %s', async (_name, options) => {
    const activity = messageActivity({ user: 'camille', locale: 'en-US', ...options });
    if (options.conversationType === 'groupChat') {
      activity.entities = [{ type: 'mention', text: '<at>PPM Assistant</at>', mentioned: { id: '28:ppm-bot', name: 'PPM Assistant' } }];
    }
    const { status, body } = await postActivity(service.baseUrl, activity);
    expect(status).toBe(200);
    expect(cardTextBlocks(card((body as { activities: BotReply[] }).activities))).toContain(verdicts('en-US').blocked);
  });

  it('replaces the estimate card through the adaptiveCard/action invoke with the new total', async () => {
    const avery = demoUser('avery');
    // Teams sends invokes with normal delivery: the invoke response is the HTTP body.
    const invoke = {
      ...messageActivity({ user: 'avery', expectReplies: false }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'estimate.update',
          data: { lineCount: 1, durationMinutes: '30', line0_kind: 'dialOut', line0_count: '2', line0_country: 'JP' },
        },
        trigger: 'manual',
      },
    };
    const { status, body } = await postActivity(service.baseUrl, invoke);
    expect(status).toBe(200);
    const response = body as { statusCode: number; type: string; value: Record<string, unknown> };
    expect(response.statusCode).toBe(200);
    expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
    // 2 × (30 × 0.041 + 0.01) = 2 × 1.24 = 2.48 USD
    expect(cardTextBlocks(response.value)).toContain(translatorFor(avery.locale).t('estimate.total', { total: '$2.48' }));
  });
});
