// createApp wires middleware in order; it never listens, so tests drive it in-process.
import Koa from 'koa';
import type { Logger } from 'pino';
import type { Config } from './config';
import { AppError } from './errors';
import { logAppError } from './http/error-log';
import { errorMiddleware } from './http/error-middleware';
import { compression } from './http/compression';
import type { Lifecycle } from './http/graceful-shutdown';
import { h5Pages } from './http/h5-pages';
import { createMetrics } from './http/metrics';
import { jsonBody } from './http/request-body';
import { createApiRouter, methodNotAllowed } from './http/api-router';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { docsRoutes } from './modules/docs/routes';
import { guideRoutes } from './modules/guides/index';
import { hallRoutes } from './modules/halls/index';
import { healthRoutes } from './modules/health/routes';
import { authenticate, identityRoutes } from './modules/identity/index';
import { appointmentRoutes } from './modules/appointments/index';
import { caseRoutes, handlingRoutes } from './modules/cases/index';
import { uploadRoutes } from './modules/uploads/index';
import { deliveryAdminRoutes, messageRoutes, subscriptionRoutes } from './modules/notifications/index';
import { queueRoutes } from './modules/queue/index';
import type { Services } from './services';

export interface AppDeps {
  config: Pick<Config, 'appVersion' | 'h5Dir' | 'trustProxy' | 'validateResponses' | 'metricsToken'>;
  services: Services;
  logger: Logger;
  /** main.ts's: readiness turns 503 once shutdown begins. */
  lifecycle?: Lifecycle;
}

export function createApp({ config, services, logger, lifecycle }: AppDeps): Koa {
  const app = new Koa({ proxy: config.trustProxy });
  app.on('error', logAppError(logger));

  const metrics = createMetrics({ dataSource: services.dataSource, token: config.metricsToken });
  app.use(metrics.observe);
  app.use(requestLog(logger));
  app.use(errorMiddleware());
  app.use(securityHeaders());
  app.use(compression());
  app.use(metrics.expose);

  // An API path no router answered is a 404 in the error shape (405 when only the method is wrong).
  app.use(async (ctx, next) => {
    await next();
    const isApi = ctx.path === '/api' || ctx.path.startsWith('/api/');
    if (isApi && ctx.status === 404 && ctx.body === undefined) throw new AppError('ROUTE_NOT_FOUND', 404, '请求的接口不存在');
  });
  app.use(jsonBody());
  app.use(authenticate({ tx: services.platform.tx, ...services.identity }));
  // Every endpoint of the shared table, mounted by its capability; one missing is a startup error.
  const api = createApiRouter({ validateResponses: config.validateResponses });
  healthRoutes(api, {
    dataSource: services.dataSource,
    catalogue: services.catalogue,
    appVersion: config.appVersion,
    startedAt: Date.now(),
    calendarStatus: () => services.appointments.calendar.status(),
    shuttingDown: () => lifecycle?.draining() ?? false,
  });
  guideRoutes(api, services.guides);
  hallRoutes(api, services.halls);
  identityRoutes(api, services.identity);
  appointmentRoutes(api, services.appointments);
  queueRoutes(api, services.queue);
  uploadRoutes(api, services.uploads, services.uploadMaxBytes);
  caseRoutes(api, services.cases);
  messageRoutes(api, services.notifications.inbox);
  deliveryAdminRoutes(api, services.notifications.deliveries);
  subscriptionRoutes(api, services.notifications.subscriptions, services.notifications.receipts);
  handlingRoutes(api, services.cases.handling, services.cases.certificates, services.cases.documents, services.cases);
  const missing = api.unmounted();
  if (missing.length) throw new Error(`endpoints with no handler: ${missing.map((e) => `${e.route.method} ${e.route.path}`).join(', ')}`);
  app.use(api.routes());
  const docs = docsRoutes(config.appVersion);
  app.use(docs.routes());
  app.use(docs.allowedMethods({ throw: true, methodNotAllowed, notImplemented: methodNotAllowed }));
  app.use(async (ctx, next) => {
    // API paths never fall through to the H5 files.
    if (ctx.path === '/api' || ctx.path.startsWith('/api/')) return;
    await next();
  });

  // The H5 build of the mini-app, on the same origin as the API.
  app.use(h5Pages(config.h5Dir));
  return app;
}
