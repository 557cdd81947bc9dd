// Health routes, for load balancers, orchestrators and operators. Zod-free: schemas as types only (see guide.routes.ts).
import type { Health, Liveness, Readiness } from './health.schema';
import { route } from '../http/route';

export const healthRoutes = {
  health: route<{ response: typeof Health }>('GET', '/api/v1/health', 'public'),
  live: route<{ response: typeof Liveness }>('GET', '/api/v1/health/live', 'public'),
  ready: route<{ response: typeof Readiness }>('GET', '/api/v1/health/ready', 'public'),
} as const;
