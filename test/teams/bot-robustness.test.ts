/**
 * Robustness over HTTP: odd messages and malformed card submissions each get a clear answer with its own localized
 * key, never a 500, and text a person typed that is shown back in a card is escaped.
 */
import { startTestService, type TestService } from '../support/service';
import { ask, messageActivity, postActivity, visibleText, type BotReply } from '../support/activities';
import { translatorFor } from '../../bot/i18n/i18n';
import { escapeCardText } from '../../bot/cards/render-card';

const t = translatorFor('en-US');
const field = (name: string, line?: number) => (line === undefined ? t.t(`form.fields.${name}`) : t.t('form.fieldOnLine', { line, field: t.t(`form.fields.${name}`) }));

describe('robustness of the bot (HTTP)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it.each([
    ['a message over 4,000 characters', { text: 'a'.repeat(4001) }, t.t('errors.tooLong', { max: 4000 })],
    ['an empty message', { text: '   ' }, t.t('errors.empty')],
    ['attachments only', { text: '', extra: { attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/a.png' }] } }, t.t('errors.attachmentsOnly')],
    ['emoji only', { text: '🙂👍🏽🇫🇷' }, t.t('errors.emojiOnly')],
    ['right-to-left text', { text: 'مرحبا، هل يمكنني الاتصال؟' }, t.t('errors.rightToLeft')],
  ])('answers %s with its own message', async (_name, options, expected) => {
    const replies = await ask(service.baseUrl, { user: 'avery', ...options });
    expect(replies).toHaveLength(1);
    expect(visibleText(replies)).toBe(expected);
  });

  it('understands a question with emoji and right-to-left marks around it', async () => {
    const replies = await ask(service.baseUrl, { user: 'avery', text: '\u200f🙏 can I dial +81 3 1234 5678? 🙂' });
    expect(visibleText(replies)).toContain(t.t('dialOut.title'));
  });

  /** The Action.Submit fallback: a message whose value carries the form. */
  async function submit(data: unknown): Promise<string> {
    const activity = messageActivity({ user: 'avery', text: '', extra: { value: data } });
    delete activity.text;
    const { status, body } = await postActivity(service.baseUrl, activity);
    expect(status).toBe(200);
    return visibleText((body as { activities: BotReply[] }).activities);
  }

  const estimate = (fields: Record<string, unknown>) => ({ verb: 'estimate.update', lineCount: 1, durationMinutes: '60', line0_kind: 'dialOut', line0_count: '2', line0_country: 'JP', ...fields });

  it.each([
    ['a missing field', estimate({ durationMinutes: undefined }), t.t('errors.input.missingField', { field: field('duration') })],
    ['a negative count', estimate({ line0_count: '-3' }), t.t('errors.input.countNotPositive', { field: field('count', 1) })],
    ['10⁹ minutes', estimate({ durationMinutes: '1000000000' }), t.t('errors.input.durationTooLong', { field: field('duration'), max: '10,080' })],
    ['an unknown country', estimate({ line0_country: 'XQ' }), t.t('errors.input.unknownCountry', { field: field('country', 1), input: 'XQ' })],
    ['script injection', estimate({ line0_country: '<script>alert(1)</script>' }), t.t('errors.input.markupInText', { field: field('country', 1) })],
    ['a count that is not a number', estimate({ line0_count: 'lots' }), t.t('errors.input.notANumber', { field: field('count', 1), input: 'lots' })],
    ['an unknown call type', estimate({ line0_kind: 'carrier-pigeon' }), t.t('errors.input.unknownLineKind', { field: field('kind', 1) })],
    ['an unknown verb', { verb: 'estimate.delete-everything' }, t.t('errors.input.unknownAction', { field: field('action') })],
    ['a value that is not an object', 'just a string', t.t('errors.input.malformedSubmission', { field: field('action') })],
    ['a bad phone number', { verb: 'dialOut.check', phoneNumber: '12' }, t.t('errors.input.invalidPhoneNumber', { field: field('phoneNumber'), input: '12' })],
  ])('answers a card submission with %s with its own message', async (_name, data, expected) => {
    expect(await submit(data)).toContain(expected);
  });

  it('escapes text a person typed before showing it in a card, so it cannot format or alter the card', async () => {
    const typed = '**call** _me_ #1 [now]';
    const shown = await submit({ verb: 'dialOut.check', phoneNumber: typed });
    expect(shown).toContain(t.t('errors.input.invalidPhoneNumber', { field: field('phoneNumber'), input: escapeCardText(typed) }));
    expect(escapeCardText(typed)).not.toContain('**');
  });

  it('refuses a Markdown link in a form value rather than showing it', async () => {
    const shown = await submit({ verb: 'dialOut.check', phoneNumber: '[click me](https://evil.example)' });
    expect(shown).toContain(t.t('errors.input.markupInText', { field: field('phoneNumber') }));
    expect(shown).not.toContain('https://evil.example');
  });

  it.each([
    ['no value', {}],
    ['no action', { value: { foo: 1 } }],
    ['an action without a verb', { value: { action: { type: 'Action.Execute', data: { durationMinutes: '5' } } } }],
    ['an unknown verb', { value: { action: { type: 'Action.Execute', verb: 'x', data: {} } } }],
    ['data that is an array', { value: { action: { type: 'Action.Execute', verb: 'estimate.update', data: [1, 2] } } }],
  ])('answers an adaptiveCard/action invoke with %s with a card, never a 5xx', async (_name, extra) => {
    const invoke = { ...messageActivity({ user: 'avery', expectReplies: false }), type: 'invoke', name: 'adaptiveCard/action', text: undefined, ...extra };
    const { status, body } = await postActivity(service.baseUrl, invoke);
    expect(status).toBe(200);
    const response = body as { statusCode: number; type: string; value: Record<string, unknown> };
    expect(response.statusCode).toBe(200);
    expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(response.value)).toContain(t.t('answers.noticeTitle'));
  });
});
