// createApp wires middleware in order; it never listens, so tests drive it in-process.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Koa from 'koa';
import Router from 'koa-router';
import { bodyParser } from '@koa/bodyparser';
import serve from 'koa-static';
import type { Logger } from 'pino';
import type { Config } from './config';
import { AppError } from './errors';
import { errorMiddleware } from './http/error-middleware';
import { requestLog } from './http/request-log';
import { docsRoutes } from './modules/docs/routes';
import { guideRoutes } from './modules/guides/index';
import { hallRoutes } from './modules/halls/index';
import { healthRoutes } from './modules/health/routes';
import { authenticate, identityRoutes } from './modules/identity/index';
import { appointmentRoutes } from './modules/appointments/index';
import type { Services } from './services';

export interface AppDeps {
  config: Pick<Config, 'appVersion' | 'h5Dir' | 'trustProxy'>;
  services: Services;
  logger: Logger;
}

export function createApp({ config, services, logger }: AppDeps): Koa {
  const app = new Koa({ proxy: config.trustProxy });
  app.on('error', (err: unknown, ctx?: Koa.Context) => {
    logger.error({ err, requestId: ctx?.state.requestId, path: ctx?.path }, 'unhandled error');
  });

  app.use(requestLog(logger));
  app.use(errorMiddleware());
  app.use(async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'same-origin');
    await next();
  });

  // An API path no router answered is a 404 in the error shape (405 when only the method is wrong).
  app.use(async (ctx, next) => {
    await next();
    const isApi = ctx.path === '/api' || ctx.path.startsWith('/api/');
    if (isApi && ctx.status === 404 && ctx.body === undefined) throw new AppError('ROUTE_NOT_FOUND', 404, '请求的接口不存在');
  });
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '64kb' }));
  app.use(authenticate({ dataSource: services.dataSource, ...services.identity }));
  const api = new Router();
  for (const router of [
    healthRoutes({
      dataSource: services.dataSource, appVersion: config.appVersion, startedAt: Date.now(),
      calendarStatus: () => services.appointments.calendar.status(),
    }),
    guideRoutes(services.guides),
    hallRoutes(services.halls),
    identityRoutes(services.identity),
    appointmentRoutes(services.appointments),
    docsRoutes(config.appVersion),
  ]) {
    api.use(router.routes());
  }
  const methodNotAllowed = () => new AppError('METHOD_NOT_ALLOWED', 405, '不支持该请求方法');
  app.use(api.routes());
  app.use(api.allowedMethods({ throw: true, methodNotAllowed, notImplemented: methodNotAllowed }));
  app.use(async (ctx, next) => {
    // API paths never fall through to the H5 files.
    if (ctx.path === '/api' || ctx.path.startsWith('/api/')) return;
    await next();
  });

  // The H5 build of the mini-app, on the same origin as the API.
  if (config.h5Dir && existsSync(join(config.h5Dir, 'index.html'))) {
    app.use(serve(config.h5Dir, { maxage: 60_000 }));
  } else {
    app.use(async (ctx) => {
      ctx.status = 404;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = '尚未构建 H5 页面：请运行 pnpm build:h5（npm start 会自动构建）。API 文档见 /api/docs';
    });
  }
  return app;
}
