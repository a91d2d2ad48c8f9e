/**
 * Fuzz over HTTP (issue 5 "Tests"): 500 random messages and card payloads through the real bot endpoint.
 * Every turn answers without a 5xx, and every turn gets a reply: reply activities, or an invoke response card.
 */
import { startTestService, type TestService } from '../support/service';
import { messageActivity, postActivity, type BotReply } from '../support/activities';
import { DEMO_USERS } from '../../bot/demo/demo-tenant';
import { fuzzTurns, type FuzzTurn } from './support/fuzz-turns';

const USERS = DEMO_USERS.map((u) => u.key);

function activityFor(turn: FuzzTurn, index: number): Record<string, unknown> {
  const user = USERS[index % USERS.length]!;
  switch (turn.kind) {
    case 'message':
      return messageActivity({
        user,
        text: turn.text,
        ...(turn.attachments ? { extra: { attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/x.png' }] } } : {}),
      });
    case 'submit': {
      const activity = messageActivity({ user, extra: { value: turn.value } });
      delete activity.text;
      return activity;
    }
    case 'invoke':
      return { ...messageActivity({ user, expectReplies: false }), type: 'invoke', name: 'adaptiveCard/action', text: undefined, value: turn.value };
  }
}

describe('fuzz: 500 random turns over HTTP', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ env: { LOG_LEVEL: 'warn' } });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('never answers 5xx, and every turn gets a reply', async () => {
    const turns = fuzzTurns(500, 20261122);
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < turns.length) {
        const index = next++;
        const turn = turns[index]!;
        const { status, body } = await postActivity(service.baseUrl, activityFor(turn, index));
        const replied =
          turn.kind === 'invoke'
            ? (body as { statusCode?: number; value?: { type?: string } }).statusCode === 200 && (body as { value?: { type?: string } }).value?.type === 'AdaptiveCard'
            : ((body as { activities?: BotReply[] }).activities ?? []).length > 0;
        if (status >= 500 || status !== 200 || !replied) failures.push(`#${index} ${status} ${JSON.stringify(turn).slice(0, 200)} → ${JSON.stringify(body).slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures).toEqual([]);
    expect(service.logs.filter((line) => /"level":50/.test(line) && /turn-error/.test(line))).toEqual([]);
  }, 120_000);
});
