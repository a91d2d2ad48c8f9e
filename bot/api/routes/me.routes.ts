/** GET /api/v1/config (public) and GET /api/v1/me (who the caller is, in which tenant, with which role). */
import type { AppConfig } from '../../config';
import type { TenantSettingsStore } from '../../store/tenant-settings';
import type { Directory } from '../../identity/directory';
import type { MeResponse, PublicConfigResponse } from '../contracts';
import { sendApiError } from '../api-error';
import { apiRoute, publicApiRoute, type ApiKit } from '../api-route';

export interface MeRouteDeps {
  config: AppConfig;
  api: ApiKit;
  tenantSettings: TenantSettingsStore;
  directory: Directory;
}

export function registerMeRoutes(deps: MeRouteDeps): void {
  const { config, api } = deps;
  publicApiRoute(api, { method: 'GET', path: '/api/v1/config', write: false }, async (_req, res) => {
    const body: PublicConfigResponse = {
      mode: config.mode,
      version: config.version,
      ...(config.aad.clientId ? { appClientId: config.aad.clientId } : {}),
    };
    res.json(body);
  });

  apiRoute(api, { method: 'GET', path: '/api/v1/me', access: 'user', write: false }, async (req, res, { caller, role }) => {
    const [tenant, user] = await Promise.all([
      deps.tenantSettings.get(caller.tenantId),
      // Who-am-I must not fail because the directory (Graph in Azure) is unreachable: the name is a nicety.
      deps.directory.getUser(caller.tenantId, caller.userId).catch((error: unknown) => {
        api.logger.warn({ err: error, event: 'me.directory-unavailable', tenantId: caller.tenantId }, 'directory look-up failed');
        return null;
      }),
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
  });
}
