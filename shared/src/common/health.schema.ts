import { z } from '../zod';

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  databaseEngine: z.string(),
  catalogueVersion: z.nullable(z.string()),
  appVersion: z.string(),
  uptimeSeconds: z.int(),
});
export type Health = z.infer<typeof Health>;
