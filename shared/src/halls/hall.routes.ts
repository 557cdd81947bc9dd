// Hall routes (窗口联系). Zod-free: schemas as types only (see guide.routes.ts).
import type { HallDetail, HallIdParam, HallPage, HallQuery } from './hall.schema';
import { route } from '../http/route';

export const hallRoutes = {
  list: route<{ query: typeof HallQuery; response: typeof HallPage }>('GET', '/api/v1/halls', 'public'),
  detail: route<{ params: typeof HallIdParam; response: typeof HallDetail }>('GET', '/api/v1/halls/:id', 'public'),
} as const;
