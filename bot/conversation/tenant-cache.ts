/**
 * A short-lived per-tenant cache for what is costly to read and rarely changes within seconds: the rate card with
 * its lookup, and the balance estimate (itself 24–48 hours behind the calls, domain-facts §7.1). Concurrent turns
 * share one load; a failed load is not kept. Expiry uses a monotonic timer: it is a cache, not business time.
 */
export class TenantCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly nowMs: () => number = () => performance.now(),
    private readonly maxEntries = 1000,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = this.nowMs();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { value, expiresAt: now + this.ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** Forget one key (after a write this instance made) or everything. */
  invalidate(key?: string): void {
    if (key === undefined) this.entries.clear();
    else this.entries.delete(key);
  }
}
