import { z } from '../zod';

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  databaseEngine: z.string(),
  catalogueVersion: z.nullable(z.string()),
  appVersion: z.string(),
  uptimeSeconds: z.int(),
  /** Working-day calendar: published holiday data (plus overrides) must cover the next 60 days. */
  calendar: z.nullable(z.object({ coveredThrough: z.string(), coversNext60Days: z.boolean() })),
  /** What operators should act on (e.g. next year's holiday schedule not loaded yet). */
  warnings: z.array(z.string()),
});
export type Health = z.infer<typeof Health>;

/** GET /health/live: the process answers (no database involved — a slow database must not get it restarted). */
export const Liveness = z.object({ status: z.literal('ok'), uptimeSeconds: z.int() });
export type Liveness = z.infer<typeof Liveness>;

/** GET /health/ready: whether this instance should be sent traffic now (503 when not). */
export const Readiness = z.object({
  ready: z.boolean(),
  database: z.enum(['up', 'down']),
  migrations: z.enum(['current', 'behind', 'unknown']),
  catalogue: z.enum(['loaded', 'empty', 'unknown']),
  /** SIGTERM received: finishing requests in flight, taking no new ones. */
  shuttingDown: z.boolean(),
});
export type Readiness = z.infer<typeof Readiness>;
