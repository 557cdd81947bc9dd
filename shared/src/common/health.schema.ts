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
