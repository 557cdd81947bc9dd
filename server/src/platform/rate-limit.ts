// Fixed-window rate limits. In memory for one instance; Redis when REDIS_URL is set, so every
// instance behind the load balancer counts against the same window.
import type { Redis } from 'ioredis';

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}
export interface RateLimiter {
  /** Counts one event in the key's current window (atomically: concurrent hits all count). */
  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult>;
  /** How many events the key's current window holds, without counting one. */
  peek(key: string): Promise<number>;
  close(): Promise<void>;
}

export function createMemoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let sweeps = 0;
  // Nothing here waits: the methods answer with settled promises (the interface is async for Redis).
  return {
    hit(key, limit, windowSeconds) {
      const t = now();
      // Drop finished windows now and then so the map cannot grow without bound.
      if (++sweeps % 1000 === 0) for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + windowSeconds * 1000 };
        windows.set(key, w);
      }
      w.count++;
      return Promise.resolve({ allowed: w.count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((w.resetAt - t) / 1000)) });
    },
    peek(key) {
      const w = windows.get(key);
      return Promise.resolve(w && w.resetAt > now() ? w.count : 0);
    },
    close() {
      windows.clear();
      return Promise.resolve();
    },
  };
}

export function createRedisRateLimiter(redis: Redis, prefix = 'bianmin:rl:'): RateLimiter {
  return {
    async hit(key, limit, windowSeconds) {
      const k = prefix + key;
      // INCR and set the expiry only when the window starts, atomically in one round trip.
      const [[, count], [, ttl]] = (await redis.multi().incr(k).expire(k, windowSeconds, 'NX').ttl(k).exec()) as [
        [Error | null, number],
        [Error | null, number],
        [Error | null, number],
      ];
      return { allowed: count <= limit, retryAfterSeconds: Math.max(1, ttl) };
    },
    async peek(key) {
      return Number((await redis.get(prefix + key)) ?? 0);
    },
    async close() {
      await redis.quit();
    },
  };
}
