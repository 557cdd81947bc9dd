import Router from 'koa-router';
import { DOCS_PAGE } from './docs-page';
import { buildOpenApiDocument } from './openapi';

export function docsRoutes(appVersion: string): Router {
  const router = new Router({ prefix: '/api' });
  const document = buildOpenApiDocument(appVersion);
  router.get('/openapi.json', (ctx) => {
    ctx.body = document;
  });
  router.get('/docs', (ctx) => {
    ctx.type = 'html';
    ctx.body = DOCS_PAGE;
  });
  return router;
}
