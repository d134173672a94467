/**
 * A small in-memory token-bucket rate limiter. Each key (an address or a learner) may spend
 * `limit` requests at once and regains them evenly over `windowMs`. Single-process by design: with
 * several replicas each enforces its own share, which still bounds abuse.
 */

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  consume: (key: string, now?: number) => RateLimitDecision;
  reset: () => void;
};

type Bucket = { tokens: number; updatedAt: number };

const MAX_KEYS = 10_000;

export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  if (options.limit < 1 || options.windowMs <= 0) {
    throw new RangeError('a rate limit needs limit >= 1 and a positive window');
  }
  const perMs = options.limit / options.windowMs;
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, now: number) => {
    bucket.tokens = Math.min(options.limit, bucket.tokens + (now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
  };

  const forgetFullBuckets = (now: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, now);
      if (bucket.tokens >= options.limit) buckets.delete(key);
    }
  };

  return {
    consume(key, now = Date.now()) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= MAX_KEYS) forgetFullBuckets(now);
        bucket = { tokens: options.limit, updatedAt: now };
        buckets.set(key, bucket);
      }
      refill(bucket, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      };
    },
    reset() {
      buckets.clear();
    },
  };
}
