/**
 * Teams refuses bot messages over 28 KB, so the largest estimate card (eight lines, none of them priced, with the
 * country list on every line) and the largest "what did my meetings cost" card must stay under it in every language.
 */
import { MAX_ESTIMATE_LINES, MAX_MEETINGS_SHOWN } from '../../bot/conversation/answer-model';
import { manyMeetings } from '../conversation/support/demo-meetings';
import { answerCard } from '../../bot/cards/answer-card';
import { translatorFor } from '../../bot/i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../bot/i18n/locale';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { demoConversationService, NOW } from '../conversation/support/demo-context';

const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

it.each(SUPPORTED_LANGUAGES)('the largest estimate card fits in a Teams message in %s', async (language) => {
  const service = demoConversationService();
  const countries = ['CL', 'PE', 'CO', 'VE', 'UY', 'PY', 'BO', 'EC'];
  const data: Record<string, unknown> = { lineCount: MAX_ESTIMATE_LINES, durationMinutes: '60' };
  countries.slice(0, MAX_ESTIMATE_LINES).forEach((country, i) => Object.assign(data, { [`line${i}_kind`]: 'dialOut', [`line${i}_count`]: '100', [`line${i}_country`]: country }));
  const reply = await service.answerSubmission(
    { verb: 'estimate.update', data },
    { tenantId: DEMO_TENANT_ID, userId: demoUser('avery').aadObjectId, locale: language, now: NOW, conversationKind: 'personal' },
  );
  expect(reply.answer.kind === 'estimate' && reply.answer.estimate?.unpriced.length).toBe(MAX_ESTIMATE_LINES);
  const card = answerCard(reply.answer, translatorFor(language));
  expect(Buffer.byteLength(JSON.stringify({ type: 'message', attachments: [card] }))).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
});

it.each(SUPPORTED_LANGUAGES)('the largest "what did my meetings cost" card fits in a Teams message in %s', async (language) => {
  // Forty meetings, each with every conference call kind from ten countries: the card shows the costliest few.
  const service = demoConversationService({ meetings: manyMeetings('avery', 40) });
  const reply = await service.answer('How much did my meetings cost in the last 90 days?', {
    tenantId: DEMO_TENANT_ID, userId: demoUser('avery').aadObjectId, locale: language, now: NOW, conversationKind: 'personal', hasAttachments: false,
  });
  expect(reply.answer.kind === 'myCosts' && reply.answer.meetings.length).toBe(MAX_MEETINGS_SHOWN);
  expect(reply.answer.kind === 'myCosts' && reply.answer.more?.meetings).toBe(40 - MAX_MEETINGS_SHOWN);
  const card = answerCard(reply.answer, translatorFor(language));
  expect(Buffer.byteLength(JSON.stringify({ type: 'message', attachments: [card] }))).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
});
