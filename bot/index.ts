/**
 * The composition root: reads config, builds the store, services and hosts, and starts the HTTP server.
 * This is the only file that knows every part.
 */
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import { loadConfig, ConfigError, type AppConfig } from './config';
import { createLogger } from './logger';
import { systemClock, type Clock } from './clock';
import { startAzurite, type RunningAzurite } from './store/azurite';
import { TableStore } from './store/table-store';
import { TenantSettingsStore } from './store/tenant-settings';
import { StoredDirectory } from './store/directory-store';
import { DialOutPolicyStore } from './store/dial-out-policy-store';
import { ConversationStore } from './store/conversation-store';
import { RateStore } from './store/rate-store';
import { LedgerStore } from './store/ledger-store';
import { AuditLog } from './store/audit-log';
import { AlertStore } from './store/alert-store';
import type { AfterUsageChangeHook, ChargeFeed } from './usage/charge-feed';
import { CreditsService } from './credits/credits-service';
import { LedgerService } from './credits/ledger-service';
import { AlertService } from './credits/alert-service';
import { AlertRecipients } from './credits/alert-recipients';
import { ProactiveAlertNotifier } from './credits/alert-notifier';
import { DEMO_TENANT_ID } from './demo/demo-tenant';
import { seedDemoTenant } from './demo/seed-demo-tenant';
import { AccessService } from './identity/access';
import type { Directory } from './identity/directory';
import { createUsageRuntime } from './jobs/usage-runtime';
import { RoleSightingStore } from './store/role-sighting-store';
import { PpmConversationService } from './conversation/conversation-service';
import { OrganizerContextLoader } from './conversation/organizer-context';
import { prepareUnderstanding } from './conversation/understanding';
import { PpmBot } from './teams/ppm-bot';
import { TenantGate } from './teams/tenant-gate';
import { createAdapter } from './teams/adapter';
import { ProactiveMessenger } from './teams/proactive';
import { MeetingStartAdvisor } from './teams/meeting-start';
import { TeamsMeetingOrganizers } from './teams/meeting-organizers';
import { LocalDemoCallerResolver, TokenCallerResolver } from './api/caller';
import { TabTokenValidator } from './api/tab-token-validator';
import { RateLimiter } from './api/rate-limiter';
import { ApiRouteRegistry } from './api/route-access';
import { createApiGate } from './api/api-gate';
import type { ApiKit } from './api/api-route';
import { createRestifyServer } from './server';
import { registerBotRoutes } from './api/routes/bot.routes';
import { registerHealthRoutes, type HealthContributor } from './api/routes/health.routes';
import { registerMeRoutes } from './api/routes/me.routes';
import { registerCreditsRoutes } from './api/routes/credits.routes';
import { registerAnswersRoutes } from './api/routes/answers.routes';
import { registerUsageRoutes } from './api/routes/usage.routes';
import { registerSettingsRoutes } from './api/routes/settings.routes';
import { registerTabRoutes } from './api/routes/tab.routes';
import { AuditQueryService } from './settings/audit-query';
import { DialOutPolicyService } from './settings/dial-out-policy-service';
import { IdempotencyStore } from './settings/idempotency-store';
import { RateCardService } from './settings/rate-card-service';
import { RollupRebuildJobs } from './settings/rollup-rebuild-jobs';
import { TenantSettingsService } from './settings/tenant-settings-service';

// esbuild inlines the version at build time; ts-jest reads package.json.
declare const __APP_VERSION__: string | undefined;
const VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : (require('../package.json') as { version: string }).version;

export interface RunningApp {
  config: AppConfig;
  url: string;
  port: number;
  store: TableStore;
  proactive: ProactiveMessenger;
  logger: Logger;
  /** The restify server and the /api/v1 route declarations (the auth matrix test walks both). */
  server: Server;
  apiRoutes: ApiRouteRegistry;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: AppConfig;
  logger?: Logger;
  clock?: Clock;
}

export async function startApp(options: StartOptions): Promise<RunningApp> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const clock = options.clock ?? systemClock;

  let azurite: RunningAzurite | undefined;
  let connectionString = config.storage.connectionString;
  if (!connectionString) {
    // Local mode with no storage named: run Azurite in this process, on loopback.
    azurite = await startAzurite(config.storage.azuriteLocation ? { location: config.storage.azuriteLocation } : {});
    connectionString = azurite.connectionString;
    logger.info({ event: 'azurite.started', port: azurite.port, azuritePid: azurite.pid, persistent: Boolean(config.storage.azuriteLocation) }, 'Azurite table service started');
  }

  const store = new TableStore(connectionString, config.storage.tablePrefix);
  await store.ensureTables();
  const tenantSettings = new TenantSettingsStore(store);
  const directory = new StoredDirectory(store);
  const policies = new DialOutPolicyStore(store);
  const conversations = new ConversationStore(store);
  const rates = new RateStore(store);
  const ledgerStore = new LedgerStore(store);
  const audit = new AuditLog(store);
  // Usage (issue 6): Graph sync or export import → pstnCalls → roll-ups; the charge feed, learned rates, the usage API.
  const afterUsageChange: AfterUsageChangeHook[] = [];
  const usage = createUsageRuntime({ config, store, tenantSettings, clock, logger, afterUsageChange, audit });
  // In azure mode Graph answers who people are (users, licences); local mode keeps the seeded demo directory.
  const people: Directory = usage.graphDirectory ?? directory;

  if (config.mode === 'local') {
    await seedDemoTenant({ tenantSettings, directory, policies, rates, ledger: ledgerStore }, { extraAdmins: config.adminObjectIds, clock, logger });
  }

  const access = new AccessService({
    settings: tenantSettings,
    sightings: new RoleSightingStore(store),
    configAdmins: config.adminObjectIds,
    sightingMaxAgeDays: config.access.roleSightingMaxAgeDays,
    clock,
    logger,
  });
  const adapter = createAdapter(config, logger);
  // The balance estimate comes from the credits ledger (built below; read at turn time). Learned rates come from the
  // usage roll-ups (PPM calls, Σ charge / Σ billed minutes).
  const organizerContexts = new OrganizerContextLoader({ tenants: tenantSettings, directory: people, policies, rates, balances: { currentBalance: (tenantId, now) => credits.currentBalance(tenantId, now) }, learnedRates: usage.rateSamples });
  // A turn reads settings and policies through short-lived caches; what this instance writes shows at the next turn.
  tenantSettings.onSaved((tenantId) => organizerContexts.forgetTenant(tenantId));
  policies.onChanged((tenantId, userId) => organizerContexts.forgetAssignment(tenantId, userId));
  // Coverage and "what did my meetings cost" read the credits ledger and the usage API's own query service.
  const conversationService = new PpmConversationService({
    contexts: organizerContexts,
    credits: { coverage: (tenantId, now) => credits.coverage(tenantId, now), overview: (tenantId, now) => credits.overview(tenantId, now) },
    access,
    usage: usage.routes.queries,
  });
  prepareUnderstanding();
  const proactive = new ProactiveMessenger(adapter, config.bot.appId, conversations, logger);
  const bot = new PpmBot({
    conversationService,
    meetingStart: new MeetingStartAdvisor({ organizers: new TeamsMeetingOrganizers(), advice: conversationService, messenger: proactive, clock, logger }),
    conversations,
    tenants: new TenantGate(config.tenantIds),
    clock,
    logger,
  });

  // Credits (issue 6): the ledger's estimate over the usage feed, and alerts as episodes sent once to each admin.
  const chargeFeed: ChargeFeed = usage.chargeFeed;
  const credits = new CreditsService({ ledger: ledgerStore, feed: chargeFeed, settings: tenantSettings });
  const alerts = new AlertService({
    credits,
    alerts: new AlertStore(store),
    recipients: new AlertRecipients({ settings: tenantSettings, configAdmins: config.adminObjectIds }),
    notifier: new ProactiveAlertNotifier(proactive),
    logger,
  });
  const evaluateAlerts: AfterUsageChangeHook = async (tenantId) => {
    await alerts.evaluateAlerts(tenantId, clock.now());
  };
  // The usage sync and the usage import run these after they change a tenant's usage.
  afterUsageChange.push(evaluateAlerts);
  // New calls or ledger entries change the balance: this instance's bot stops reusing the cached estimate at once.
  const forgetBalance: AfterUsageChangeHook = async (tenantId) => organizerContexts.forgetBalance(tenantId);
  afterUsageChange.push(forgetBalance);
  const afterLedgerChange = async (tenantId: string): Promise<void> => {
    await forgetBalance(tenantId);
    await evaluateAlerts(tenantId);
  };
  const ledger = new LedgerService({ ledger: ledgerStore, audit, settings: tenantSettings, onLedgerChanged: afterLedgerChange, logger });
  if (config.mode === 'local') {
    // The demo ledger has just been seeded: open its episodes now (admins who have not installed the bot get them later).
    await evaluateAlerts(DEMO_TENANT_ID).catch((error: unknown) => logger.error({ err: error, event: 'alerts.demo-failed' }, 'demo alerts failed'));
  }
  const callers =
    config.mode === 'local'
      ? new LocalDemoCallerResolver()
      : new TokenCallerResolver(
          new TabTokenValidator({
            authorityHost: config.aad.authorityHost,
            audiences: [config.aad.appIdUri, config.aad.clientId].filter(Boolean),
            tenantIds: config.tenantIds,
            clock,
          }),
          logger,
        );

  // Settings (issue 9): tenant settings, rate card, dial-out policies and the audit; every write idempotent and audited.
  const settingsLog = logger.child({ component: 'settings' });
  const rebuilds = new RollupRebuildJobs({ jobs: usage.routes.jobs, rebuild: (tenantId, onProgress) => usage.maintenance.rebuildRollups(tenantId, onProgress), clock, logger: settingsLog });
  const settingsRoutes = {
    clock,
    idempotency: new IdempotencyStore(store),
    settings: new TenantSettingsService({ settings: tenantSettings, directory: people, audit, rebuilds, configAdmins: config.adminObjectIds, afterChange: [evaluateAlerts], logger: settingsLog }),
    rates: new RateCardService({ rates, settings: tenantSettings, learned: usage.rateSamples, audit, afterApply: [() => organizerContexts.forgetRates()], logger: settingsLog }),
    policies: new DialOutPolicyService({ settings: tenantSettings, policies, directory: people, audit, logger: settingsLog }),
    audit: new AuditQueryService({ audit, settings: tenantSettings, directory: people }),
  };

  const healthContributors: HealthContributor[] = [usage.health];
  const server = createRestifyServer(logger);
  // Every /api/v1 route passes the API gate: declared access, rate limit, caller, role, capped body (api/api-gate.ts).
  const apiRoutes = new ApiRouteRegistry();
  const limiter = new RateLimiter(config.api.rateLimitPerMinute, clock);
  server.use(createApiGate({ routes: apiRoutes, callers, tenantIds: config.tenantIds, access, limiter, maxBodyBytes: config.api.maxBodyBytes, logger }));
  const api: ApiKit = { server, routes: apiRoutes, logger };
  registerBotRoutes(server, { adapter, bot, logger, maxBodyBytes: config.api.maxBodyBytes });
  registerHealthRoutes(server, { config, logger, store, contributors: healthContributors });
  registerMeRoutes({ config, api, tenantSettings, directory: people });
  registerCreditsRoutes({ api, credits, ledger, alerts, clock });
  registerAnswersRoutes({ api, answers: conversationService, clock, version: config.version });
  registerUsageRoutes({ api, ...usage.routes, idempotency: settingsRoutes.idempotency, clock });
  registerSettingsRoutes({ api, ...settingsRoutes });
  registerTabRoutes(server, { tabDir: config.tabDir });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger.info({ event: 'server.listening', url, mode: config.mode, version: config.version }, 'PPM Assistant is listening');
  // Demo usage (local mode; awaited when small, in the background when full) and the usage sync schedule.
  await usage.start();
  for (const tenantId of config.tenantIds) await rebuilds.failInterrupted(tenantId);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // In-flight requests finish; new connections are refused.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await usage.stop();
      await Promise.race([rebuilds.idle(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
      await azurite?.stop();
      logger.info({ event: 'server.stopped' }, 'PPM Assistant stopped');
    })());

  return { config, url, port: address.port, store, proactive, logger, server, apiRoutes, stop };
}

async function main(): Promise<void> {
  const rootDir = path.resolve(__dirname, '..', '..');
  let config: AppConfig;
  try {
    config = loadConfig(process.env, { version: VERSION, rootDir });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`PPM Assistant cannot start.\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  const app = await startApp({ config, logger });
  const shutdown = (signal: string) => {
    logger.info({ event: 'server.signal', signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void app.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`PPM Assistant failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
