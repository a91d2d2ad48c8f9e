/**
 * Per-key token buckets in this instance's memory (API_RATE_LIMIT_PER_MINUTE). Each key may burst up to a minute's
 * allowance and refills continuously. Several instances each keep their own buckets, which bounds a user at
 * instances × limit: good enough to stop a runaway tab or script, not a billing-grade quota.
 */
import type { Clock } from '../clock';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
    private readonly maxKeys = 50_000,
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  /** Takes one request from the key's bucket, or says how long to wait. */
  take(key: string): RateDecision {
    const bucket = this.current(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: this.secondsUntilOne(bucket) };
  }

  /** Would the key be refused right now? Takes nothing. */
  check(key: string): RateDecision {
    const bucket = this.current(key);
    return bucket.tokens >= 1 ? { allowed: true } : { allowed: false, retryAfterSeconds: this.secondsUntilOne(bucket) };
  }

  private current(key: string): Bucket {
    const now = this.clock.now().getTime();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      this.evictIfFull(now);
      bucket = { tokens: this.perMinute, updatedAt: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    // A clock that steps back never adds tokens.
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + elapsed * this.refillPerMs);
    bucket.updatedAt = Math.max(bucket.updatedAt, now);
    return bucket;
  }

  private secondsUntilOne(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000));
  }

  /** Forgets buckets that have refilled (they hold no information); if that is not enough, the oldest ones. */
  private evictIfFull(now: number): void {
    if (this.buckets.size < this.maxKeys) return;
    const fullAfterMs = 60_000;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt >= fullAfterMs) this.buckets.delete(key);
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
