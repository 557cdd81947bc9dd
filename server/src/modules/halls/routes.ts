import Router from 'koa-router';
import { HallIdParam, HallQuery } from '@bianmin/shared';
import { parseInput, singleValues } from '../../http/validate';
import type { HallService } from './service';

export function hallRoutes(halls: HallService): Router {
  const router = new Router({ prefix: '/api/v1' });
  router.get('/halls', async (ctx) => {
    ctx.body = await halls.list(parseInput(HallQuery, singleValues(ctx.query)));
  });
  router.get('/halls/:id', async (ctx) => {
    ctx.body = await halls.detail(parseInput(HallIdParam, ctx.params).id);
  });
  return router;
}
