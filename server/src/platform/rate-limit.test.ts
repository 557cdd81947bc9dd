// Rate limits hold per instance in memory, and across instances with Redis (127.0.0.1:6379 here).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@bianmin/shared';
import { startTestApp, type TestApp, testRedisUrl } from '../testing/harness';
import { createMemoryRateLimiter, createRedisRateLimiter } from './rate-limit';

const REDIS_URL = testRedisUrl();
const apps: TestApp[] = [];
afterAll(async () => {
  for (const a of apps) await a.close();
});

describe('memory rate limiter', () => {
  it('allows `limit` hits per window, then says when to retry, then opens again', async () => {
    let now = 0;
    const limiter = createMemoryRateLimiter(() => now);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.hit('k', 3, 60));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBe(60);
    now = 61_000;
    expect((await limiter.hit('k', 3, 60)).allowed).toBe(true);
  });
});

describe('Redis rate limiter', () => {
  it('counts hits from two instances against one window', async () => {
    const a = createRedisRateLimiter(new Redis(REDIS_URL));
    const b = createRedisRateLimiter(new Redis(REDIS_URL));
    const key = `test:${randomUUID()}`;
    const results = [];
    for (let i = 0; i < 6; i++) results.push((await (i % 2 ? a : b).hit(key, 4, 30)).allowed);
    expect(results).toEqual([true, true, true, true, false, false]);
    const blocked = await a.hit(key, 4, 30);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(30);
    await a.close();
    await b.close();
  });

  it('limits staff sign-in attempts across two API instances sharing Redis', async () => {
    // A prefix of this run's own: counters of earlier runs (or of CI's other suite) must not count.
    const env = { REDIS_URL, REDIS_KEY_PREFIX: `test-${randomUUID().slice(0, 8)}:` };
    const one = await startTestApp({ env });
    const two = await startTestApp({ env });
    apps.push(one, two);
    // A username nobody has: the limit applies before any account is looked at.
    const username = `ghost${randomUUID().slice(0, 8)}`;
    const statuses = [];
    for (let i = 0; i < 12; i++) {
      const res = await (i % 2 ? one : two).send<ErrorBody>('/api/v1/auth/staff', { username, password: 'Whatever123' });
      statuses.push(res.status);
    }
    // Five attempts a minute per username and address, counted across both instances.
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
  });
});
