import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows a burst up to the limit, then refuses with a Retry-After', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.consume('ip', t).allowed)).toEqual([true, true, true]);
    expect(limiter.consume('ip', t)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    // Other keys have their own budget.
    expect(limiter.consume('other', t).allowed).toBe(true);
  });

  it('refills evenly over the window', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000 });
    limiter.consume('k', 0);
    limiter.consume('k', 0);
    expect(limiter.consume('k', 4_000).allowed).toBe(false);
    expect(limiter.consume('k', 5_000).allowed).toBe(true);
    expect(limiter.consume('k', 5_000).allowed).toBe(false);
  });

  it('refuses nonsensical limits', () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1 })).toThrow(RangeError);
  });
});
