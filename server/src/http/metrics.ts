// Prometheus metrics at GET /metrics (text exposition), one registry per app: request latency by
// route template, Node's own metrics, the MySQL pool and the outbox's lag. Not part of the API
// table in shared/: it is for the monitoring system, not for clients, and nginx denies it from
// outside. With METRICS_TOKEN set, only `Authorization: Bearer <token>` sees it; anyone else gets
// the same 404 as any path that does not exist.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Next } from 'koa';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type DataSource, IsNull } from 'typeorm';
import { DomainEventEntity } from '../platform/entities';
import { routeLabel } from './request-log';

export const METRICS_PATH = '/metrics';
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function createMetrics(deps: { dataSource: DataSource; token: string | null }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to response, by mounted route template, method and status class',
    labelNames: ['route', 'method', 'status_class'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  outboxLag(registry, deps.dataSource);
  poolUsage(registry, deps.dataSource);
  const allowed = bearerCheck(deps.token);

  return {
    /** Outermost: times every request, whatever answered it. */
    observe: async (ctx: Context, next: Next) => {
      const end = latency.startTimer();
      try {
        await next();
      } finally {
        const method = METHODS.has(ctx.method) ? ctx.method : 'OTHER';
        end({ route: routeLabel(ctx), method, status_class: `${String(ctx.status).charAt(0)}xx` });
      }
    },
    /** GET /metrics. */
    expose: async (ctx: Context, next: Next) => {
      if (ctx.path !== METRICS_PATH || ctx.method !== 'GET' || !allowed(ctx.get('Authorization'))) {
        await next();
        return;
      }
      ctx.state.route = METRICS_PATH;
      ctx.set('Cache-Control', 'no-store');
      ctx.type = registry.contentType;
      ctx.body = await registry.metrics();
    },
  };
}

function bearerCheck(token: string | null): (authorization: string) => boolean {
  if (token === null) return () => true;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const expected = digest(`Bearer ${token}`);
  return (authorization) => timingSafeEqual(digest(authorization), expected);
}

/** Events recorded and not yet delivered, and how long the oldest has waited — read on each scrape. */
function outboxLag(registry: Registry, dataSource: DataSource): void {
  const events = () => dataSource.getRepository(DomainEventEntity);
  new Gauge({
    name: 'bianmin_outbox_unprocessed_events',
    help: 'Domain events recorded and not yet processed by the notification worker',
    registers: [registry],
    async collect() {
      this.set(
        await events()
          .count({ where: { processedAt: IsNull() } })
          .catch(() => Number.NaN),
      );
    },
  });
  new Gauge({
    name: 'bianmin_outbox_oldest_unprocessed_age_seconds',
    help: 'Age of the oldest unprocessed domain event (0 when none waits)',
    registers: [registry],
    async collect() {
      const oldest = await events()
        .findOne({ where: { processedAt: IsNull() }, order: { createdAt: 'ASC' }, select: { id: true, createdAt: true } })
        .catch(() => undefined);
      if (oldest === undefined) this.set(Number.NaN);
      else this.set(oldest ? Math.max(0, (Date.now() - oldest.createdAt.getTime()) / 1000) : 0);
    },
  });
}

interface Mysql2Pool {
  config?: { connectionLimit?: number };
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** mysql2's pool keeps its counts in private queues; read them when present, report nothing on SQLite (one connection, no pool). */
function poolUsage(registry: Registry, dataSource: DataSource): void {
  if (dataSource.options.type !== 'mysql') return;
  const pool = () => (dataSource.driver as unknown as { pool?: Mysql2Pool }).pool;
  new Gauge({
    name: 'bianmin_db_pool_connections',
    help: 'MySQL pool connections by state (open = total opened, idle = free in the pool, limit = connectionLimit)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const p = pool();
      if (p?._allConnections && p._freeConnections) {
        this.set({ state: 'open' }, p._allConnections.length);
        this.set({ state: 'idle' }, p._freeConnections.length);
        this.set({ state: 'in_use' }, p._allConnections.length - p._freeConnections.length);
      }
      if (p?.config?.connectionLimit) this.set({ state: 'limit' }, p.config.connectionLimit);
    },
  });
  new Gauge({
    name: 'bianmin_db_pool_waiting_requests',
    help: 'Queries waiting for a free MySQL pool connection',
    registers: [registry],
    collect() {
      const waiting = pool()?._connectionQueue?.length;
      if (waiting !== undefined) this.set(waiting);
    },
  });
}
