// Health route, for load balancers and operators. Zod-free: schemas as types only (see guide.routes.ts).
import type { Health } from './health.schema';
import { route } from '../http/route';

export const healthRoutes = {
  health: route<{ response: typeof Health }>('GET', '/api/v1/health', 'public'),
} as const;
