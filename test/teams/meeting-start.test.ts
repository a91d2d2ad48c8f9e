/**
 * Meeting-start advice (issue 7). The Playground cannot send meeting events, so:
 * - in process, botbuilder's TestAdapter receives the exact meeting-start event Teams sends (type event, name
 *   application/vnd.microsoft.meetingStart, channel msteams, PascalCase keys in value, a groupChat conversation with the
 *   meeting id in channelData.meeting.id); the organizer comes from an in-memory meeting-info port, and private
 *   messages go through the real ProactiveMessenger to a local Bot Connector;
 * - over HTTP, the real service reads the organizer with TeamsInfo.getMeetingInfo from the local connector
 *   (GET {serviceUrl}/v1/meetings/{id}) and sends the advice to the organizer's personal chat.
 * The organizer gets a private card; the meeting chat gets nothing about them; no history, no typical cost.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { createLogger } from '../../bot/logger';
import { fixedClock } from '../../bot/clock';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import type { MeetingOrganizer } from '../../bot/teams/meeting-organizers';
import { ProactiveMessenger } from '../../bot/teams/proactive';
import { createAdapter } from '../../bot/teams/adapter';
import { translatorFor } from '../../bot/i18n/i18n';
import { formatMoney, fromMoneyJson, divideRounded, addDays } from '../../bot/billing';
import type { UsageResponse } from '../../bot/api/contracts';
import { startTestService, type TestService } from '../support/service';
import { startLocalConnector, type LocalConnector, type RecordedPost } from '../support/connector';
import { cardTextBlocks, messageActivity, postActivity } from '../support/activities';
import { inProcessBot, inProcessServices } from './support/in-process-bot';

const NOW = '2026-11-20T17:00:00.000Z';
const TODAY = '2026-11-20'; // in the demo tenant's zone (America/New_York)
const logger = createLogger({ level: process.env.DEBUG_MEETING ? 'debug' : 'silent' });
const en = translatorFor('en-US');
const MEETING_CONVERSATION = '19:meeting_NjE4YjQ0ZDctZjA0Yi00ZDdkLWJmNzAtMDI0ZDdlZmY0ZGE1@thread.v2';

/** Meeting ids Teams puts in channelData.meeting.id, one per organizer of these tests. */
const MEETINGS = {
  dana: 'MCMxOTptZWV0aW5nX2RhbmFAdGhyZWFkLnYyIyMw',
  avery: 'MCMxOTptZWV0aW5nX2F2ZXJ5QHRocmVhZC52MiMjMA==',
  sam: 'MCMxOTptZWV0aW5nX3NhbUB0aHJlYWQudjIjIzA=',
  external: 'MCMxOTptZWV0aW5nX2V4dGVybmFsQHRocmVhZC52MiMjMA==',
} as const;

function organizerOf(key: 'dana' | 'avery' | 'sam'): MeetingOrganizer {
  const u = demoUser(key);
  return { id: `29:1${key}-mri`, aadObjectId: u.aadObjectId, tenantId: DEMO_TENANT_ID };
}

/** What Teams sends when a meeting starts (Teams docs "Meeting apps APIs": meeting start event). */
function meetingStartEvent(meetingId: string, serviceUrl: string): Partial<Activity> {
  return {
    type: 'event',
    name: 'application/vnd.microsoft.meetingStart',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:1teams-meeting-service', aadObjectId: undefined, name: '' } as Activity['from'],
    recipient: { id: '28:ppm-bot', name: 'PPM Assistant' },
    conversation: { id: MEETING_CONVERSATION, conversationType: 'groupChat', isGroup: true, tenantId: DEMO_TENANT_ID, name: '' },
    channelData: { tenant: { id: DEMO_TENANT_ID }, meeting: { id: meetingId } },
    value: {
      Id: meetingId,
      MeetingType: 'Scheduled',
      JoinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4YjQ0ZDc%40thread.v2/0',
      Title: 'Quarterly review',
      StartTime: '2026-11-20T17:00:00.0000000Z',
    },
  };
}

function cardIn(post: RecordedPost | Partial<Activity>): Record<string, unknown> {
  const attachments = ('body' in post ? (post.body as Partial<Activity>).attachments : (post as Partial<Activity>).attachments) ?? [];
  expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0]!.content as Record<string, unknown>;
}

/** Nothing the organizer's card says may appear in what others see. */
function organizerSpecific(key: string): string[] {
  const u = demoUser(key);
  return [u.displayName, en.t('meetingAdvice.dialOut'), en.t('meetingAdvice.typical'), en.t('meetingAdvice.title'), 'DialoutCPC', '$'];
}

describe('meeting-start advice', () => {
  let service: TestService;
  let connector: LocalConnector;

  beforeAll(async () => {
    service = await startTestService({ clock: fixedClock(NOW) });
    connector = await startLocalConnector({
      meetings: {
        [MEETINGS.dana]: {
          details: { id: MEETINGS.dana, msGraphResourceId: 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ', title: 'Quarterly review', type: 'Scheduled', joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
          conversation: { isGroup: true, conversationType: 'groupChat', id: MEETING_CONVERSATION },
          organizer: { id: organizerOf('dana').id, aadObjectId: demoUser('dana').aadObjectId, tenantId: DEMO_TENANT_ID, userRole: 'user' },
        },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await connector.close();
    await service.stop();
  });

  /** Dana's meetings with calls in the last 90 days, from the usage API: the typical cost is their median. */
  async function danasMedianCost(): Promise<{ meetings: number; median: string }> {
    const from = addDays(TODAY, -89);
    const response = await fetch(`${service.baseUrl}/api/v1/usage?from=${from}&to=${TODAY}&groupBy=conference&top=100&organizer=${demoUser('dana').aadObjectId}`, {
      headers: { 'x-demo-user': demoUser('dana').aadObjectId },
    });
    const usage = (await response.json()) as UsageResponse;
    const costs = usage.groups.map((g) => fromMoneyJson(g.figures.total).micros).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(costs.length).toBe(usage.groupCount);
    const mid = Math.floor(costs.length / 2);
    const micros = costs.length % 2 === 1 ? costs[mid]! : divideRounded(costs[mid - 1]! + costs[mid]!, 2n, 'half-up');
    return { meetings: costs.length, median: formatMoney({ micros, currency: 'USD' }, 'en-US') };
  }

  describe('in process (TestAdapter, the exact meeting-start event)', () => {
    let adapter: TestAdapter;

    beforeAll(() => {
      const clock = fixedClock(NOW);
      const { conversationService, conversations } = inProcessServices(service.app.store, { clock, logger });
      const organizers = new Map<string, MeetingOrganizer>([
        [MEETINGS.dana, organizerOf('dana')],
        [MEETINGS.avery, organizerOf('avery')],
        [MEETINGS.sam, organizerOf('sam')],
        [MEETINGS.external, { id: '29:1external', aadObjectId: 'e0000000-0000-4000-8000-000000000001', tenantId: 'f0000000-0000-4000-8000-0000000000ff' }],
      ]);
      const bot = inProcessBot(
        { conversationService, conversations },
        {
          clock,
          logger,
          organizers: { organizerOf: async (_context, meetingId) => organizers.get(meetingId) ?? null },
          // The real messenger and the service's own (local-mode) adapter: the organizer's stored personal chat,
          // continued through botbuilder to the local connector.
          messenger: new ProactiveMessenger(createAdapter(service.app.config, logger), service.app.config.bot.appId, conversations, logger),
        },
      );
      adapter = new TestAdapter(async (context) => bot.run(context));
    });

    function personalMessage(key: string, text: string): Partial<Activity> {
      const u = demoUser(key);
      return {
        type: 'message',
        text,
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        locale: u.locale,
        from: { id: `29:1${key}-mri`, name: u.displayName, aadObjectId: u.aadObjectId },
        recipient: { id: '28:ppm-bot', name: 'PPM Assistant' },
        conversation: { id: `a:${key}-personal-chat`, conversationType: 'personal', tenantId: DEMO_TENANT_ID, isGroup: false, name: '' },
      };
    }

    it('sends the organizer who has a personal chat a private card, and posts nothing to the meeting chat', async () => {
      // Dana has talked to the bot before: her personal conversation reference is stored.
      await adapter.send(personalMessage('dana', 'help')).assertReply(() => undefined);
      const before = connector.posts.length;

      await adapter.send(meetingStartEvent(MEETINGS.dana, connector.serviceUrl));
      expect(adapter.activeQueue).toHaveLength(0);

      const posts = (await connector.waitForPosts(before + 1)).slice(before);
      expect(posts).toHaveLength(1);
      expect(posts[0]!.path).toContain(encodeURIComponent('a:dana-personal-chat'));
      expect(posts[0]!.path).not.toContain(encodeURIComponent(MEETING_CONVERSATION));
      const texts = cardTextBlocks(cardIn(posts[0]!));
      expect(texts).toContain(en.t('meetingAdvice.title'));
      expect(texts).toContain(en.t('meetingAdvice.privacy'));
      // Her dial-out policy in plain words (the tenant's global policy: any destination), with its source.
      expect(texts).toContain(en.t('meetingAdvice.policy.InternationalAndDomestic'));
      expect(texts.some((t) => t.startsWith('Dial-out policy: Global'))).toBe(true);
      // The credits coverage, and what her meetings with calls typically cost (median of the last 90 days).
      const statuses = ['good', 'low', 'exhausted', 'unknown'].map((s) => en.t(`coverage.status.${s}`));
      expect(texts.some((t) => statuses.includes(t))).toBe(true);
      const { meetings, median } = await danasMedianCost();
      expect(meetings).toBeGreaterThan(0);
      expect(texts).toContain(en.t('meetingAdvice.typicalCost', { cost: median }));
      expect(texts).toContain(en.t('meetingAdvice.typicalBasis', { meetings: String(meetings), days: '90' }));
    });

    it('without a personal chat, posts a card whose refresh shows the advice to the organizer alone', async () => {
      let placeholder: Record<string, unknown> = {};
      await adapter.send(meetingStartEvent(MEETINGS.avery, connector.serviceUrl)).assertReply((reply) => {
        placeholder = cardIn(reply);
      });
      // What everyone in the meeting chat sees says nothing about Avery.
      const visible = cardTextBlocks(placeholder).join('\n');
      expect(visible).toContain(en.t('meetingAdvice.placeholder.text'));
      for (const secret of organizerSpecific('avery')) expect(visible).not.toContain(secret);
      const refresh = placeholder.refresh as { action: { type: string; verb: string }; userIds: string[] };
      expect(refresh.userIds).toEqual([organizerOf('avery').id]);
      expect(refresh.action).toEqual(expect.objectContaining({ type: 'Action.Execute', verb: 'meetingAdvice.show' }));

      const invoke = (from: Activity['from']): Partial<Activity> => ({
        ...meetingStartEvent(MEETINGS.avery, connector.serviceUrl),
        name: 'adaptiveCard/action',
        type: 'invoke',
        locale: 'en-US',
        from,
        value: { action: { type: 'Action.Execute', verb: 'meetingAdvice.show', data: {} }, trigger: 'automatic' },
      });
      const avery = demoUser('avery');
      await adapter.send(invoke({ id: organizerOf('avery').id, name: avery.displayName, aadObjectId: avery.aadObjectId })).assertReply((reply) => {
        const body = (reply.value as { body: { value: unknown } }).body;
        const texts = cardTextBlocks(body.value);
        expect(texts).toContain(en.t('meetingAdvice.title'));
        expect(texts).toContain(en.t('meetingAdvice.policy.InternationalAndDomestic'));
      });
      // A guest (or any other attendee) who triggers the refresh gets the placeholder back, never the advice.
      for (const other of [{ id: '29:1guest', name: 'Guest' }, { id: '29:1camille-mri', name: 'Camille', aadObjectId: demoUser('camille').aadObjectId }]) {
        await adapter.send(invoke(other as Activity['from'])).assertReply((reply) => {
          const texts = cardTextBlocks((reply.value as { body: { value: unknown } }).body.value).join('\n');
          expect(texts).toContain(en.t('meetingAdvice.placeholder.text'));
          for (const secret of organizerSpecific('avery')) expect(texts).not.toContain(secret);
        });
      }
    });

    it('gives an organizer without history no typical cost', async () => {
      await adapter.send(personalMessage('sam', 'help')).assertReply(() => undefined);
      const before = connector.posts.length;
      await adapter.send(meetingStartEvent(MEETINGS.sam, connector.serviceUrl));
      expect(adapter.activeQueue).toHaveLength(0);
      const [post] = (await connector.waitForPosts(before + 1)).slice(before);
      const texts = cardTextBlocks(cardIn(post!));
      expect(texts).toContain(translatorFor('en-GB').t('meetingAdvice.policy.noAudioConferencing'));
      expect(texts).not.toContain(en.t('meetingAdvice.typical'));
      expect(texts.join('\n')).not.toMatch(/[$£€]\s?\d/);
    });

    it('advises nobody when the organizer is from another tenant, or the meeting is unknown', async () => {
      const before = connector.posts.length;
      await adapter.send(meetingStartEvent(MEETINGS.external, connector.serviceUrl));
      await adapter.send(meetingStartEvent('MCMxOTp1bmtub3du', connector.serviceUrl));
      expect(adapter.activeQueue).toHaveLength(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(connector.posts.length).toBe(before);
    });
  });

  describe('over HTTP (the real service reads the organizer with TeamsInfo.getMeetingInfo)', () => {
    it('reads the organizer from the connector and advises them in their personal chat; the meeting chat gets nothing', async () => {
      // Dana's personal chat with the service, through the connector (her reference is stored with its serviceUrl).
      const hello = await postActivity(service.baseUrl, messageActivity({ user: 'dana', text: 'help', serviceUrl: connector.serviceUrl, conversationId: 'a:dana-http-personal' }));
      expect(hello.status).toBe(200);
      const before = connector.posts.length;
      const gets = connector.gets.length;

      const event = { ...meetingStartEvent(MEETINGS.dana, connector.serviceUrl), id: 'event-1', deliveryMode: 'expectReplies' };
      const { status, body } = await postActivity(service.baseUrl, event);
      expect(status).toBe(200);
      // Nothing came back for the meeting chat…
      expect((body as { activities?: unknown[] } | undefined)?.activities ?? []).toEqual([]);
      // …the organizer was read from Teams' meeting info…
      expect(connector.gets.slice(gets)).toEqual([`/v1/meetings/${encodeURIComponent(MEETINGS.dana)}`]);
      // …and the advice went to Dana's personal chat only.
      const posts = (await connector.waitForPosts(before + 1)).slice(before);
      expect(posts).toHaveLength(1);
      expect(posts[0]!.path).toContain(encodeURIComponent('a:dana-http-personal'));
      expect(cardTextBlocks(cardIn(posts[0]!))).toContain(en.t('meetingAdvice.title'));
    });
  });
});
