// The health route bound to its schema, with its documentation.
import { endpoints } from '../http/endpoint';
import { healthRoutes } from './health.routes';
import { Health } from './health.schema';

export const healthEndpoints = endpoints(healthRoutes, {
  health: { schemas: { response: Health }, summary: '健康检查（数据库、目录版本、应用版本）', tag: '运维', errors: [503] },
});
