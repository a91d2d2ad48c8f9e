/**
 * A per-tenant lease in the syncState table, guarded by its ETag, so two instances (or a sync and an import) never
 * write one tenant's usage at once (architecture "Runtime"). The holder renews it while it works; if a renewal finds
 * the lease taken, `signal` aborts so the holder stops writing. A holder that dies (kill -9) simply stops renewing,
 * and the lease expires after its TTL. Leases run on wall time, not the service clock, because a fixed demo clock must
 * not freeze them.
 */
import type { Logger } from 'pino';
import type { SyncStateStore } from '../store/sync-state-store';

export interface LeaseOptions {
  ttlMs: number;
  /** How often the holder renews; a third of the TTL by default. */
  renewEveryMs?: number;
  now?: () => number;
}

export class HeldLease {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> = Promise.resolve();

  constructor(
    private readonly leases: TenantLease,
    readonly tenantId: string,
    readonly holder: string,
    private etag: string,
  ) {}

  /** Aborted when the lease was lost: stop writing. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  startRenewing(everyMs: number): void {
    this.timer = setInterval(() => {
      this.renewing = this.renew();
    }, everyMs);
    this.timer.unref();
  }

  async renew(): Promise<void> {
    if (this.signal.aborted) return;
    try {
      const next = await this.leases.extend(this.tenantId, this.holder, this.etag);
      if (next === null) this.lose();
      else this.etag = next;
    } catch {
      // A storage hiccup is not a lost lease; the next renewal tries again well before the TTL runs out.
    }
  }

  private lose(): void {
    if (this.timer) clearInterval(this.timer);
    this.controller.abort(new Error('lease lost'));
  }

  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.renewing;
    if (!this.signal.aborted) await this.leases.releaseEtag(this.tenantId, this.etag);
    this.controller.abort(new Error('lease released'));
  }
}

export class TenantLease {
  private readonly now: () => number;

  constructor(
    private readonly state: SyncStateStore,
    private readonly options: LeaseOptions,
    private readonly logger: Logger,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Takes the lease if it is free or expired; null when someone else holds it. */
  async tryAcquire(tenantId: string, holder: string): Promise<HeldLease | null> {
    const expiresAtMs = this.now() + this.options.ttlMs;
    const current = await this.state.getLease(tenantId);
    let etag: string | null = null;
    if (!current) {
      etag = (await this.state.createLease(tenantId, holder, expiresAtMs))?.etag ?? null;
    } else if (current.expiresAtMs <= this.now() || current.holder === holder) {
      if (current.holder !== holder) this.logger.info({ event: 'lease.taken-over', tenantId, from: current.holder, holder }, 'expired lease taken over');
      etag = (await this.state.replaceLease(tenantId, current.etag, holder, expiresAtMs))?.etag ?? null;
    }
    if (etag === null) return null;
    const lease = new HeldLease(this, tenantId, holder, etag);
    lease.startRenewing(this.options.renewEveryMs ?? Math.max(50, Math.floor(this.options.ttlMs / 3)));
    return lease;
  }

  /** Who holds the lease now, or null when it is free or expired. */
  async current(tenantId: string): Promise<{ holder: string } | null> {
    const lease = await this.state.getLease(tenantId);
    return lease && lease.expiresAtMs > this.now() ? { holder: lease.holder } : null;
  }

  /** Waits for the lease, polling, until `waitMs` passes or the signal aborts. */
  async acquire(tenantId: string, holder: string, options: { waitMs: number; pollMs?: number; signal?: AbortSignal }): Promise<HeldLease | null> {
    const deadline = Date.now() + options.waitMs;
    for (;;) {
      const lease = await this.tryAcquire(tenantId, holder);
      if (lease) return lease;
      if (Date.now() >= deadline || options.signal?.aborted) return null;
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
    }
  }

  /** @internal Extends a held lease; the new ETag, or null when it is no longer ours. */
  async extend(tenantId: string, holder: string, etag: string): Promise<string | null> {
    return (await this.state.replaceLease(tenantId, etag, holder, this.now() + this.options.ttlMs))?.etag ?? null;
  }

  /** @internal */
  async releaseEtag(tenantId: string, etag: string): Promise<void> {
    await this.state.deleteLease(tenantId, etag);
  }
}
