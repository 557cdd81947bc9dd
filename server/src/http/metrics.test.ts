// What the monitoring system scrapes: latency per endpoint (by route template, so a million guide
// codes stay one series), Node's own health, the database pool and how far the outbox lags.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuideSearchResult } from '@bianmin/shared';
import { DomainEventEntity } from '../platform/entities';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';

let app: TestApp;
let guarded: TestApp;
const TOKEN = 'scrape-token-0123456789abcdef';

beforeAll(async () => {
  app = await startTestApp();
  guarded = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
});
afterAll(async () => {
  await closeIfStarted(app);
  await closeIfStarted(guarded);
});

const sample = (text: string, name: string, labels = '') => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};

describe('GET /metrics', () => {
  it('counts requests by route template, method and status class', async () => {
    const search = await app.get<GuideSearchResult>('/api/v1/guides?q=');
    const code = search.body.items[0]?.code ?? '';
    expect((await app.get(`/api/v1/guides/${code}`)).status).toBe(200);
    expect((await app.get(`/api/v1/guides/${code}`)).status).toBe(200);
    expect((await app.get('/api/v1/guides/NO-SUCH-ITEM')).status).toBe(404);
    expect((await app.get('/api/v1/no-such-endpoint')).status).toBe(404);

    const res = await app.raw('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const count = (route: string, status: string) =>
      sample(text, 'http_request_duration_seconds_count', `{route="${route}",method="GET",status_class="${status}"}`);
    expect(count('/api/v1/guides/:code', '2xx')).toBe(2);
    expect(count('/api/v1/guides/:code', '4xx')).toBe(1);
    expect(count('/api/v1/guides', '2xx')).toBe(1);
    expect(count('(unmatched api)', '4xx')).toBe(1);
    // Raw paths never become label values.
    expect(text).not.toContain(code ? `route="/api/v1/guides/${code}"` : 'route="/api/v1/guides/"');
    expect(text).not.toContain('NO-SUCH-ITEM');
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.05",route="\/api\/v1\/guides\/:code"/);
    // Node's default metrics.
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('shows how many events wait in the outbox and for how long', async () => {
    const before = await (await app.raw('/metrics')).text();
    expect(sample(before, 'bianmin_outbox_unprocessed_events')).toBe(0);
    expect(sample(before, 'bianmin_outbox_oldest_unprocessed_age_seconds')).toBe(0);

    const events = app.dataSource.getRepository(DomainEventEntity);
    const row = (ageSeconds: number, processed: boolean) => ({
      type: 'metrics.test',
      aggregateType: 'test',
      aggregateId: randomUUID(),
      userId: null,
      payload: {},
      dedupeKey: `metrics.test:${randomUUID()}`,
      createdAt: new Date(Date.now() - ageSeconds * 1000),
      processedAt: processed ? new Date() : null,
      claimedBy: null,
      claimedUntil: null,
    });
    await events.insert([row(600, true), row(90, false), row(5, false)]);

    const after = await (await app.raw('/metrics')).text();
    expect(sample(after, 'bianmin_outbox_unprocessed_events')).toBe(2);
    const age = sample(after, 'bianmin_outbox_oldest_unprocessed_age_seconds') ?? 0;
    expect(age).toBeGreaterThanOrEqual(89);
    expect(age).toBeLessThan(300);
  });

  it('reports the MySQL pool, and nothing of a pool on SQLite', async () => {
    const text = await (await app.raw('/metrics')).text();
    if (app.dataSource.options.type === 'mysql') {
      expect(sample(text, 'bianmin_db_pool_connections', '{state="open"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'bianmin_db_pool_connections', '{state="limit"}')).toBe(20);
      expect(sample(text, 'bianmin_db_pool_waiting_requests')).toBe(0);
    } else {
      expect(text).not.toContain('bianmin_db_pool');
    }
  });

  it('with METRICS_TOKEN set, answers only the bearer of it; anyone else sees a path that does not exist', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789abcdef', TOKEN, `Basic ${TOKEN}`]) {
      const res = await guarded.raw('/metrics', { headers: authorization ? { Authorization: authorization } : {} });
      expect(res.status, authorization).toBe(404);
      expect(await res.text()).not.toContain('http_request_duration_seconds');
    }
    const res = await guarded.raw('/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('http_request_duration_seconds');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
