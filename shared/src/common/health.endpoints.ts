// The health routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { healthRoutes } from './health.routes';
import { Health, Liveness, Readiness } from './health.schema';

export const healthEndpoints = endpoints(healthRoutes, {
  health: { schemas: { response: Health }, summary: '健康检查（数据库、目录版本、应用版本）', tag: '运维', errors: [503] },
  live: { schemas: { response: Liveness }, summary: '存活检查（进程在运行，不查数据库）', tag: '运维', errors: [] },
  ready: {
    schemas: { response: Readiness },
    summary: '就绪检查（数据库可达、迁移已是最新、事项目录已加载；停机过程中为 503）',
    tag: '运维',
    errors: [503],
  },
});
