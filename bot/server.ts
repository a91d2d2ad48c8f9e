/**
 * The HTTP host: the bot endpoint, the tab's REST API and the tab's static files, on one restify server.
 * Handlers are thin: they validate, resolve the caller, call a service and map the answer to HTTP.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { AppConfig } from './config';
import type { PpmBot } from './teams/ppm-bot';
import type { TableStore } from './store/table-store';
import type { TenantSettingsStore } from './store/tenant-settings';
import type { Directory } from './identity/directory';
import type { AccessService } from './identity/access';
import type { CallerResolver, Caller } from './api/caller';
import type { MeResponse, PublicConfigResponse } from './api/contracts';
import { checkActivity } from './teams/activity-guard';
import { readJsonBody } from './api/read-body';
import { sendApiError } from './api/api-error';
import { serveTab } from './api/static-tab';

export interface ServerDeps {
  config: AppConfig;
  logger: Logger;
  adapter: CloudAdapter;
  bot: PpmBot;
  store: TableStore;
  tenantSettings: TenantSettingsStore;
  directory: Directory;
  access: AccessService;
  callers: CallerResolver;
  /** Extra facts for /healthz (sync state, …) as later services add them. */
  health?: () => Promise<Record<string, unknown>>;
}

type Handler = (req: Request, res: Response) => Promise<void>;

export function createServer(deps: ServerDeps): Server {
  const { config, logger } = deps;
  const server = restify.createServer({ name: 'ppm-assistant', handleUncaughtExceptions: false });

  // Every failure in a handler becomes the one error format, never a bare 500 page.
  const guarded =
    (handler: Handler) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        await handler(req, res);
      } catch (error) {
        logger.error({ err: error, event: 'http.unhandled', route: req.getRoute()?.path }, 'request failed');
        if (!res.headersSent) sendApiError(req, res, 'internal');
      }
    };

  server.on('restifyError', (req: Request, res: Response, error: { statusCode?: number }, callback: () => void) => {
    // Unknown routes and wrong methods: keep the API's error format.
    const status = error.statusCode ?? 500;
    if (!res.headersSent) {
      sendApiError(req, res, status === 404 ? 'notFound' : status === 405 ? 'badRequest' : status === 413 ? 'payloadTooLarge' : 'internal');
    }
    callback();
  });

  server.post(
    '/api/messages',
    guarded(async (req, res) => {
      const body = await readJsonBody(req, config.api.maxBodyBytes);
      if (!body.ok) return sendApiError(req, res, body.problem === 'tooLarge' ? 'badRequest' : 'badRequest', { problem: body.problem });
      const check = checkActivity(body.value);
      if (!check.ok) return sendApiError(req, res, 'badRequest', { problems: check.problems });
      (req as Request & { body: unknown }).body = body.value;
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    }),
  );

  server.get(
    '/healthz',
    guarded(async (_req, res) => {
      const storageReachable = await deps.store.ping();
      const extra = deps.health ? await deps.health() : {};
      res.status(storageReachable ? 200 : 503);
      res.json({ status: storageReachable ? 'ok' : 'degraded', version: config.version, mode: config.mode, storage: { reachable: storageReachable }, ...extra });
    }),
  );

  server.get(
    '/api/v1/config',
    guarded(async (_req, res) => {
      const body: PublicConfigResponse = {
        mode: config.mode,
        version: config.version,
        ...(config.aad.clientId ? { appClientId: config.aad.clientId } : {}),
      };
      res.json(body);
    }),
  );

  const withCaller =
    (handler: (req: Request, res: Response, caller: Caller) => Promise<void>): Handler =>
    async (req, res) => {
      const result = await deps.callers.resolve(req);
      if (!result.ok) return sendApiError(req, res, result.code);
      if (!config.tenantIds.includes(result.caller.tenantId)) return sendApiError(req, res, 'tenantNotServed');
      await handler(req, res, result.caller);
    };

  server.get(
    '/api/v1/me',
    guarded(
      withCaller(async (req, res, caller) => {
        const [tenant, user, role] = await Promise.all([
          deps.tenantSettings.get(caller.tenantId),
          deps.directory.getUser(caller.tenantId, caller.userId),
          deps.access.roleOf(caller.tenantId, caller.userId),
        ]);
        if (!tenant) return sendApiError(req, res, 'notFound');
        const body: MeResponse = {
          tenantId: caller.tenantId,
          tenantName: tenant.settings.displayName,
          userId: caller.userId,
          displayName: user?.displayName ?? caller.userId,
          ...(user?.userPrincipalName ? { userPrincipalName: user.userPrincipalName } : {}),
          role,
          mode: config.mode,
          currency: tenant.settings.billing.currency,
          timeZone: tenant.settings.timeZone,
        };
        res.json(body);
      }),
    ),
  );

  const tab = serveTab(config.tabDir);
  const redirectToTab = async (_req: Request, res: Response): Promise<void> => {
    res.header('Location', '/tab/');
    res.send(302);
  };
  server.get('/', redirectToTab);
  server.get('/tab', redirectToTab);
  server.get('/tab/*', async (req: Request, res: Response) => tab(req, res));
  server.head('/tab/*', async (req: Request, res: Response) => tab(req, res));

  return server;
}
