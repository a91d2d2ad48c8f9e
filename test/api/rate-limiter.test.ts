import fc from 'fast-check';
import { RateLimiter } from '../../bot/api/rate-limiter';
import { TestClock } from '../support/azure-service';

describe('RateLimiter (token bucket per key)', () => {
  it('allows a minute of requests in a burst, then refuses with the seconds until the next one', () => {
    const clock = new TestClock('2026-11-02T10:00:00Z');
    const limiter = new RateLimiter(6, clock);
    for (let i = 0; i < 6; i++) expect(limiter.take('user:a')).toEqual({ allowed: true });
    expect(limiter.take('user:a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    clock.advance(9_000);
    expect(limiter.take('user:a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1_000);
    expect(limiter.take('user:a')).toEqual({ allowed: true });
  });

  it('keeps each key in its own bucket', () => {
    const limiter = new RateLimiter(1, new TestClock('2026-11-02T10:00:00Z'));
    expect(limiter.take('user:a').allowed).toBe(true);
    expect(limiter.take('user:a').allowed).toBe(false);
    expect(limiter.take('user:b').allowed).toBe(true);
  });

  it('check() tells without taking', () => {
    const limiter = new RateLimiter(1, new TestClock('2026-11-02T10:00:00Z'));
    expect(limiter.check('ip:1').allowed).toBe(true);
    expect(limiter.check('ip:1').allowed).toBe(true);
    limiter.take('ip:1');
    expect(limiter.check('ip:1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('gains nothing from a clock that steps back', () => {
    const clock = new TestClock('2026-11-02T10:00:00Z');
    const limiter = new RateLimiter(2, clock);
    limiter.take('k');
    limiter.take('k');
    clock.advance(-3_600_000);
    expect(limiter.take('k').allowed).toBe(false);
  });

  it('forgets refilled buckets first, and never holds more keys than its bound', () => {
    const clock = new TestClock('2026-11-02T10:00:00Z');
    const limiter = new RateLimiter(1, clock, 3);
    limiter.take('old-1');
    limiter.take('old-2');
    clock.advance(61_000);
    limiter.take('fresh');
    limiter.take('new');
    expect(limiter.size).toBeLessThanOrEqual(3);
    // "fresh" was used recently and kept its (empty) bucket.
    expect(limiter.take('fresh').allowed).toBe(false);
    for (let i = 0; i < 10; i++) limiter.take(`k${i}`);
    expect(limiter.size).toBeLessThanOrEqual(3);
  });

  it('never allows more than the limit plus what the elapsed time refilled (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.record({ advanceMs: fc.integer({ min: 0, max: 5_000 }), takes: fc.integer({ min: 0, max: 10 }) }), { maxLength: 60 }),
        (perMinute, steps) => {
          const clock = new TestClock('2026-11-02T10:00:00Z');
          const limiter = new RateLimiter(perMinute, clock);
          let allowed = 0;
          let elapsed = 0;
          for (const step of steps) {
            clock.advance(step.advanceMs);
            elapsed += step.advanceMs;
            for (let i = 0; i < step.takes; i++) if (limiter.take('k').allowed) allowed++;
            expect(allowed).toBeLessThanOrEqual(perMinute + Math.floor((elapsed * perMinute) / 60_000));
          }
        },
      ),
    );
  });

  it('is true to its Retry-After: waiting that long always lets the next request through (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 5 }), (perMinute, extra) => {
        const clock = new TestClock('2026-11-02T10:00:00Z');
        const limiter = new RateLimiter(perMinute, clock);
        for (let i = 0; i < perMinute + extra; i++) limiter.take('k');
        const refused = limiter.take('k');
        expect(refused.allowed).toBe(false);
        if (refused.allowed) return;
        clock.advance(refused.retryAfterSeconds * 1000);
        expect(limiter.take('k').allowed).toBe(true);
      }),
    );
  });
});
