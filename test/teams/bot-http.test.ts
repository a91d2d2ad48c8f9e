import { startTestService, type TestService } from '../support/service';
import { ask, messageActivity, postActivity, visibleText } from '../support/activities';
import { startLocalConnector } from '../support/connector';
import { translatorFor } from '../../bot/i18n/i18n';
import { DEMO_TENANT_ID } from '../../bot/demo/demo-tenant';

describe('the bot over HTTP (real restify server, Azurite)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it.each([
    ['en-US', 'avery', 'help'],
    ['fr-FR', 'camille', 'aide'],
    ['pt-BR', 'joao', 'ajuda'],
    ['ru-RU', 'olga', 'справка'],
    ['zh-CN', 'liwei', '帮助'],
    ['zh-TW', 'meiling', '說明'],
  ])('answers "help" in %s with the help card in that language (expectReplies)', async (locale, user, text) => {
    const replies = await ask(service.baseUrl, { text, user, locale });
    expect(replies).toHaveLength(1);
    const card = replies[0]!.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card?.content.version).toBe('1.5');
    const t = translatorFor(locale);
    const shown = visibleText(replies);
    expect(shown).toContain(t.t('help.title'));
    expect(shown).toContain(t.t('help.estimate.title'));
    expect(shown).not.toContain(t.t('help.unknown'));
  });

  it('answers unknown text with the help card and says it did not understand', async () => {
    const replies = await ask(service.baseUrl, { text: 'blorp wibble', user: 'camille', locale: 'fr-FR' });
    const shown = visibleText(replies);
    expect(shown).toContain(translatorFor('fr-FR').t('help.unknown'));
    expect(shown).toContain(translatorFor('fr-FR').t('help.title'));
  });

  it('posts the reply to serviceUrl with normal delivery, as the Playground uses', async () => {
    const connector = await startLocalConnector();
    try {
      const activity = messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, expectReplies: false });
      const { status } = await postActivity(service.baseUrl, activity);
      expect(status).toBe(200);
      const [post] = await connector.waitForPosts(1);
      expect(post!.path).toBe(`/v3/conversations/${encodeURIComponent(String((activity.conversation as { id: string }).id))}/activities/${String(activity.id)}`);
      expect((post!.body.attachments as unknown[]).length).toBe(1);
    } finally {
      await connector.close();
    }
  });

  it('sends a welcome card when it is added to a conversation', async () => {
    const activity = {
      ...messageActivity({ user: 'avery' }),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: '28:ppm-bot' }],
    };
    const { status, body } = await postActivity(service.baseUrl, activity);
    expect(status).toBe(200);
    const replies = (body as { activities: Parameters<typeof visibleText>[0] }).activities;
    expect(visibleText(replies)).toContain(translatorFor('en-US').t('welcome.title'));
  });

  it('answers another tenant politely and stores nothing for it', async () => {
    const otherTenant = '99999999-0000-4000-8000-000000000099';
    const replies = await ask(service.baseUrl, { text: 'help', tenantId: otherTenant });
    expect(visibleText(replies)).toBe(translatorFor('en-US').t('tenant.notServed'));
    const stored = [];
    for await (const entity of service.app.store.table('conversations').listEntities({ queryOptions: { filter: `PartitionKey eq '${otherTenant}'` } })) {
      stored.push(entity);
    }
    expect(stored).toHaveLength(0);
  });

  it('remembers the personal conversation with the user locale for proactive messages', async () => {
    await ask(service.baseUrl, { text: 'help', user: 'camille', locale: 'fr-FR' });
    const locale = await service.app.proactive.personalLocale(DEMO_TENANT_ID, 'a0000000-0000-4000-8000-000000000002');
    expect(locale).toBe('fr-FR');
  });

  it('sends a proactive message through the stored reference', async () => {
    const connector = await startLocalConnector();
    try {
      await ask(service.baseUrl, { text: 'help', user: 'olga', serviceUrl: connector.serviceUrl });
      const result = await service.app.proactive.sendProactive(DEMO_TENANT_ID, 'a0000000-0000-4000-8000-000000000004', { type: 'message', text: 'ping' });
      expect(result).toBe('sent');
      const posts = await connector.waitForPosts(1);
      expect(posts.at(-1)!.body.text).toBe('ping');
      expect(await service.app.proactive.sendProactive(DEMO_TENANT_ID, 'a0000000-0000-4000-8000-0000000000ff', { type: 'message', text: 'x' })).toBe('no-conversation');
    } finally {
      await connector.close();
    }
  });

  it.each([
    ['an empty object', {}],
    ['no type', { ...messageActivity(), type: undefined }],
    ['no conversation', { ...messageActivity(), conversation: undefined }],
    ['an array', []],
    ['not JSON', '{"type":'],
    ['over 256 KB', { ...messageActivity(), text: 'x'.repeat(300 * 1024) }],
  ])('refuses a malformed activity (%s) with 400 and the error format', async (_name, body) => {
    const { status, body: reply } = await postActivity(service.baseUrl, body);
    expect(status).toBe(400);
    expect(reply).toEqual({ error: expect.objectContaining({ code: 'badRequest', message: expect.any(String) }) });
  });

  it('reports health with version, mode and storage', async () => {
    const response = await fetch(`${service.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(expect.objectContaining({ status: 'ok', version: 'test', mode: 'local', storage: { reachable: true } }));
  });

  it('answers GET /api/v1/me with the demo tenant for the demo identity', async () => {
    const me = (await (await fetch(`${service.baseUrl}/api/v1/me`)).json()) as Record<string, unknown>;
    expect(me).toEqual(expect.objectContaining({ tenantName: 'Contoso (demo)', displayName: 'Dana Admin', role: 'admin', currency: 'USD' }));
    const avery = (await (await fetch(`${service.baseUrl}/api/v1/me`, { headers: { 'x-demo-user': 'a0000000-0000-4000-8000-000000000001' } })).json()) as Record<string, unknown>;
    expect(avery).toEqual(expect.objectContaining({ displayName: 'Avery Chen', role: 'organizer' }));
  });
});
