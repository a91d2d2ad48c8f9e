/**
 * Fuzz in process (issue 5 "Tests"): 10,000 random messages and card payloads through the real PpmBot and
 * conversation service, over an adapter that collects what the bot sends. The organizer facts come from the demo
 * tenant in memory so the run stays short; conversation references go to Azurite as in production.
 * No turn may throw, and every turn gets a reply.
 */
import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { createLogger } from '../../bot/logger';
import { fixedClock } from '../../bot/clock';
import { TableStore } from '../../bot/store/table-store';
import { ConversationStore } from '../../bot/store/conversation-store';
import { DEMO_TENANT_ID, DEMO_USERS } from '../../bot/demo/demo-tenant';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/service';
import { demoConversationService } from '../conversation/support/demo-context';
import { fuzzTurns, type FuzzTurn } from './support/fuzz-turns';
import { inProcessBot } from './support/in-process-bot';

/** Runs one turn and returns what the bot sent. */
class CollectingAdapter extends BotAdapter {
  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map((_, i) => ({ id: String(i) }));
  }
  async updateActivity(): Promise<ResourceResponse | void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(_reference: Partial<ConversationReference>, _logic: (context: TurnContext) => Promise<void>): Promise<void> {}

  async turn(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const sent: Partial<Activity>[] = [];
    const context = new TurnContext(this, activity);
    context.onSendActivities(async (_ctx, activities, next) => {
      sent.push(...activities);
      return next();
    });
    await this.runMiddleware(context, logic);
    return sent;
  }
}

function activityFor(turn: FuzzTurn, index: number): Partial<Activity> {
  const user = DEMO_USERS[index % DEMO_USERS.length]!;
  const base: Partial<Activity> = {
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    id: `fuzz-${index}`,
    locale: index % 7 === 0 ? 'de-DE' : user.locale,
    from: { id: `29:${user.key}`, name: user.displayName, aadObjectId: user.aadObjectId },
    recipient: { id: '28:ppm-bot', name: 'PPM Assistant' },
    conversation: { id: `a:${user.key}`, conversationType: index % 3 === 0 ? 'groupChat' : 'personal', tenantId: DEMO_TENANT_ID, isGroup: index % 3 === 0, name: '' },
  };
  switch (turn.kind) {
    case 'message':
      return { ...base, type: 'message', text: turn.text, ...(turn.attachments ? { attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/x.png' }] } : {}) };
    case 'submit':
      return { ...base, type: 'message', value: turn.value };
    case 'invoke':
      return { ...base, type: 'invoke', name: 'adaptiveCard/action', value: turn.value };
  }
}

describe('fuzz: 10,000 random turns in process', () => {
  const store = new TableStore(azuriteConnectionString(), uniqueTablePrefix());
  beforeAll(() => store.ensureTables());
  afterAll(() => store.dropTables());

  it('never throws, and every turn gets a reply', async () => {
    const conversationService = demoConversationService();
    const clock = fixedClock('2026-11-02T15:00:00Z');
    const logger = createLogger({ level: 'silent' });
    // No meeting events in this fuzz: the meeting-start advisor finds no organizer and sends nothing.
    const bot = inProcessBot({ conversationService, conversations: new ConversationStore(store) }, { clock, logger });
    const adapter = new CollectingAdapter();
    const failures: string[] = [];
    const counts = { message: 0, submit: 0, invoke: 0 };
    const turns = fuzzTurns(10_000, 5_2026);
    for (const [index, turn] of turns.entries()) {
      counts[turn.kind] += 1;
      try {
        const sent = await adapter.turn(activityFor(turn, index), (context) => bot.run(context));
        const ok =
          turn.kind === 'invoke'
            ? sent.some((a) => a.type === 'invokeResponse' && (a.value as { status?: number; body?: { statusCode?: number } }).body?.statusCode === 200)
            : sent.some((a) => a.type === 'message' && (Boolean(a.text) || (a.attachments ?? []).length > 0));
        if (!ok) failures.push(`#${index} no reply: ${JSON.stringify(turn).slice(0, 200)}`);
      } catch (error) {
        failures.push(`#${index} threw ${(error as Error).message}: ${JSON.stringify(turn).slice(0, 200)}`);
      }
      if (failures.length > 20) break;
    }
    expect(failures).toEqual([]);
    expect(Math.min(counts.message, counts.submit, counts.invoke)).toBeGreaterThan(1000);
  }, 300_000);
});
