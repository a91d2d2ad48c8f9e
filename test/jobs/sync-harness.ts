/** A usage sync against the local Graph-format server, with injected (instant) waits and a clock the test moves. */
import { GraphHttp } from '../../bot/graph/graph-http';
import { GraphPstnCalls } from '../../bot/graph/pstn-calls';
import { UsageSyncJob, type UsageSyncSettings } from '../../bot/jobs/usage-sync-job';
import type { Clock } from '../../bot/clock';
import { silent, type UsageHarness } from '../usage/usage-harness';

export class MovableClock implements Clock {
  constructor(private ms: number) {}
  now(): Date {
    return new Date(this.ms);
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
  advanceHours(hours: number): void {
    this.ms += hours * 3_600_000;
  }
}

export function syncJobFor(h: UsageHarness, graphBaseUrl: string, options: { holderId?: string; sync?: Partial<UsageSyncSettings>; requestTimeoutMs?: number; afterSync?: Array<(tenantId: string) => Promise<void>> } = {}): UsageSyncJob {
  const http = new GraphHttp({
    baseUrl: graphBaseUrl,
    auth: null,
    retry: { maxRetries: 5, delaySeconds: 0.001, wait: async () => undefined },
    transportRetries: 3,
    requestTimeoutMs: options.requestTimeoutMs ?? 20_000,
    logger: silent,
  });
  return new UsageSyncJob({
    sourceFor: () => new GraphPstnCalls(http),
    ingest: h.ingest,
    state: h.state,
    settings: h.settings,
    lease: h.lease,
    clock: h.clock,
    logger: silent,
    afterSync: options.afterSync ?? [],
    holderId: options.holderId ?? 'instance-a',
    sync: { firstSyncDays: 20, rereadHours: 72, windowDays: 7, ...options.sync },
  });
}
