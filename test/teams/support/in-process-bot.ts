/**
 * The bot's services built in the test process over a test service's stores (Azurite, its table prefix, the demo
 * tenant seeded): the same classes index.ts wires — organizer contexts, the credits ledger over the stored charge
 * feed, the usage API's query service, the access check — so TestAdapter suites drive the real answers.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../../bot/clock';
import { PpmConversationService } from '../../../bot/conversation/conversation-service';
import { OrganizerContextLoader } from '../../../bot/conversation/organizer-context';
import type { BalanceSource, LearnedRateSource } from '../../../bot/conversation/ports';
import type { ConversationService, MeetingAdviceSource } from '../../../bot/conversation/answer-model';
import { DEMO_TENANT_ID } from '../../../bot/demo/demo-tenant';
import { CreditsService } from '../../../bot/credits/credits-service';
import { AccessService } from '../../../bot/identity/access';
import { ConversationStore } from '../../../bot/store/conversation-store';
import { DialOutPolicyStore } from '../../../bot/store/dial-out-policy-store';
import { StoredDirectory } from '../../../bot/store/directory-store';
import { LedgerStore } from '../../../bot/store/ledger-store';
import { PstnCallStore } from '../../../bot/store/pstn-call-store';
import { RateStore } from '../../../bot/store/rate-store';
import { RoleSightingStore } from '../../../bot/store/role-sighting-store';
import { SyncStateStore } from '../../../bot/store/sync-state-store';
import type { TableStore } from '../../../bot/store/table-store';
import { TenantSettingsStore } from '../../../bot/store/tenant-settings';
import { UsageRollupStore } from '../../../bot/store/usage-rollup-store';
import { RollupRateSamples } from '../../../bot/usage/rollup-rate-samples';
import { StoredChargeFeed } from '../../../bot/usage/stored-charge-feed';
import { UsageQueryService } from '../../../bot/usage/usage-query-service';
import { PpmBot } from '../../../bot/teams/ppm-bot';
import { MeetingStartAdvisor, type PrivateMessenger } from '../../../bot/teams/meeting-start';
import type { MeetingOrganizerSource } from '../../../bot/teams/meeting-organizers';
import { TenantGate } from '../../../bot/teams/tenant-gate';

export interface InProcessServices {
  conversationService: PpmConversationService;
  conversations: ConversationStore;
}

export function inProcessServices(
  store: TableStore,
  options: { clock: Clock; logger: Logger; balances?: BalanceSource; learnedRates?: LearnedRateSource },
): InProcessServices {
  const { clock, logger } = options;
  const settings = new TenantSettingsStore(store);
  const rollups = new UsageRollupStore(store);
  const feed = new StoredChargeFeed({ calls: new PstnCallStore(store), rollups, state: new SyncStateStore(store), settings });
  const credits = new CreditsService({ ledger: new LedgerStore(store), feed, settings });
  const contexts = new OrganizerContextLoader({
    tenants: settings,
    directory: new StoredDirectory(store),
    policies: new DialOutPolicyStore(store),
    rates: new RateStore(store),
    balances: options.balances ?? credits,
    learnedRates: options.learnedRates ?? new RollupRateSamples({ rollups, settings }),
  });
  const access = new AccessService({ settings, sightings: new RoleSightingStore(store), configAdmins: [], sightingMaxAgeDays: 30, clock, logger });
  return {
    conversationService: new PpmConversationService({ contexts, credits, access, usage: new UsageQueryService({ rollups, settings, feed, clock }) }),
    conversations: new ConversationStore(store),
  };
}

/**
 * The bot over these services for the demo tenant alone. By default no meeting organizer is found and there is no
 * proactive channel (no stored locale, every private message 'no-conversation'), so meeting starts send nothing.
 */
export function inProcessBot(
  services: { conversationService: ConversationService & MeetingAdviceSource; conversations: ConversationStore },
  options: { clock: Clock; logger: Logger; organizers?: MeetingOrganizerSource; messenger?: PrivateMessenger },
): PpmBot {
  const { conversationService, conversations } = services;
  const { clock, logger } = options;
  return new PpmBot({
    conversationService,
    meetingStart: new MeetingStartAdvisor({
      organizers: options.organizers ?? { organizerOf: async () => null },
      advice: conversationService,
      messenger: options.messenger ?? { personalLocale: async () => undefined, sendProactive: async () => 'no-conversation' },
      clock,
      logger,
    }),
    conversations,
    tenants: new TenantGate([DEMO_TENANT_ID]),
    clock,
    logger,
  });
}
