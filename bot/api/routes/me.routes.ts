/** GET /api/v1/config (public) and GET /api/v1/me (who the caller is, in which tenant, with which role). */
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config';
import type { TenantSettingsStore } from '../../store/tenant-settings';
import type { Directory } from '../../identity/directory';
import type { AccessService } from '../../identity/access';
import type { MeResponse, PublicConfigResponse } from '../contracts';
import { sendApiError } from '../api-error';
import { guarded, withCaller, type CallerGate } from '../http-kit';

export interface MeRouteDeps {
  config: AppConfig;
  logger: Logger;
  gate: CallerGate;
  tenantSettings: TenantSettingsStore;
  directory: Directory;
  access: AccessService;
}

export function registerMeRoutes(server: Server, deps: MeRouteDeps): void {
  const { config } = deps;
  server.get(
    '/api/v1/config',
    guarded(deps.logger, async (_req, res) => {
      const body: PublicConfigResponse = {
        mode: config.mode,
        version: config.version,
        ...(config.aad.clientId ? { appClientId: config.aad.clientId } : {}),
      };
      res.json(body);
    }),
  );

  server.get(
    '/api/v1/me',
    guarded(
      deps.logger,
      withCaller(deps.gate, async (req, res, caller) => {
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
}
