/**
 * Test-only /api/v1 routes, one per kind of declaration, mounted on a running service with the same apiRoute() the
 * route modules use. They prove the API gate's rules even for kinds no production route has yet (an admin write, say);
 * the auth matrix covers them together with every real route.
 */
import type { RunningApp } from '../../bot/index';
import { apiRoute, type ApiKit } from '../../bot/api/api-route';
import { canReadUser } from '../../bot/api/authorization';
import { sendApiError } from '../../bot/api/api-error';

export const PROBE = {
  adminRead: '/api/v1/_probe/admin-read',
  readerRead: '/api/v1/_probe/reader-read',
  adminWrite: '/api/v1/_probe/admin-write',
  ownWrite: '/api/v1/_probe/own-write',
  userData: '/api/v1/_probe/users/:userId',
  undeclared: '/api/v1/_probe/undeclared',
} as const;

export function mountProbeRoutes(app: RunningApp): void {
  const kit: ApiKit = { server: app.server, routes: app.apiRoutes, logger: app.logger };
  const echo: Parameters<typeof apiRoute>[2] = async (_req, res, { caller, role, body }) => {
    res.json({ tenantId: caller.tenantId, userId: caller.userId, role, body: body ?? null });
  };
  apiRoute(kit, { method: 'GET', path: PROBE.adminRead, access: 'admin', write: false }, echo);
  apiRoute(kit, { method: 'GET', path: PROBE.readerRead, access: 'reader', write: false }, echo);
  apiRoute(kit, { method: 'POST', path: PROBE.adminWrite, access: 'admin', write: true }, echo);
  apiRoute(kit, { method: 'POST', path: PROBE.ownWrite, access: 'user', write: true }, echo);
  apiRoute(kit, { method: 'GET', path: PROBE.userData, access: 'user', write: false }, async (req, res, { caller, role }) => {
    const userId = String(req.params.userId);
    if (!canReadUser(caller, role, userId)) return sendApiError(req, res, 'forbidden');
    res.json({ tenantId: caller.tenantId, userId });
  });
  // Mounted without a declaration, as a route module that forgot apiRoute() would.
  app.server.get(PROBE.undeclared, async (_req, res) => {
    res.json({ leaked: true });
  });
}
