// Guide API: thin routes — parse with the shared schema, call a use case, set the body.
import Router from 'koa-router';
import {
  FormDownloadParam, GuideCodeParam, GuideSearchQuery, PopularGuidesQuery,
} from '@bianmin/shared';
import { parseInput, singleValues } from '../../http/validate';
import { contentDisposition } from './form-document';
import type { GuideService } from './service';

export function guideRoutes(guides: GuideService): Router {
  const router = new Router({ prefix: '/api/v1' });

  router.get('/guides', async (ctx) => {
    ctx.body = await guides.search(parseInput(GuideSearchQuery, singleValues(ctx.query)));
  });

  router.get('/guides/popular', async (ctx) => {
    const { limit } = parseInput(PopularGuidesQuery, singleValues(ctx.query));
    ctx.body = await guides.popular(limit);
  });

  router.get('/guides/:code', async (ctx) => {
    const { code } = parseInput(GuideCodeParam, ctx.params);
    ctx.body = await guides.detail(code);
  });

  router.get('/guides/:code/materials/:materialId/forms/:variant', async (ctx) => {
    const { code, materialId, variant } = parseInput(FormDownloadParam, ctx.params);
    const file = await guides.form(code, materialId, variant);
    ctx.set('Content-Disposition', contentDisposition(file.fileName));
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.type = file.contentType;
    ctx.body = file.body;
  });

  router.get('/departments', async (ctx) => {
    ctx.body = await guides.departments();
  });

  router.get('/life-events', async (ctx) => {
    ctx.body = await guides.lifeEvents();
  });

  return router;
}
