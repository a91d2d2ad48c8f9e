/** GET /healthz: status, version, mode, whether storage answers, and what later services add (sync state). */
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config';
import type { TableStore } from '../../store/table-store';
import { guarded } from '../http-kit';

export type HealthContributor = () => Promise<Record<string, unknown>>;

export function registerHealthRoutes(
  server: Server,
  deps: { config: AppConfig; logger: Logger; store: TableStore; contributors: HealthContributor[] },
): void {
  server.get(
    '/healthz',
    guarded(deps.logger, async (_req, res) => {
      const storageReachable = await deps.store.ping();
      const extras = await Promise.all(deps.contributors.map((c) => c().catch(() => ({}))));
      res.status(storageReachable ? 200 : 503);
      res.json({
        status: storageReachable ? 'ok' : 'degraded',
        version: deps.config.version,
        mode: deps.config.mode,
        storage: { reachable: storageReachable },
        ...Object.assign({}, ...extras),
      });
    }),
  );
}
