// GET /api/v1/health: for load balancers and operators. 503 when the database is unreachable.
import type { DataSource } from 'typeorm';
import { type Health, healthEndpoints } from '@bianmin/shared';
import { type ApiRouter, Reply } from '../../http/api-router';
import { engineName } from '../../db/data-source';
import { readCatalogueVersion } from '../catalogue/index';

export function healthRoutes(
  api: ApiRouter,
  deps: {
    dataSource: DataSource;
    appVersion: string;
    startedAt: number;
    calendarStatus: () => Promise<{ coveredThrough: string; coversNext60Days: boolean; warning: string | null }>;
  },
): void {
  api.mount(healthEndpoints.health, async ({ ctx }) => {
    let database: Health['database'] = 'up';
    let catalogueVersion: string | null = null;
    let calendar: Health['calendar'] = null;
    const warnings: string[] = [];
    try {
      catalogueVersion = await readCatalogueVersion(deps.dataSource.manager);
      const cal = await deps.calendarStatus();
      calendar = { coveredThrough: cal.coveredThrough, coversNext60Days: cal.coversNext60Days };
      if (cal.warning) warnings.push(cal.warning);
    } catch {
      database = 'down';
    }
    const body: Health = {
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      databaseEngine: engineName(deps.dataSource),
      catalogueVersion,
      appVersion: deps.appVersion,
      uptimeSeconds: Math.floor((Date.now() - deps.startedAt) / 1000),
      calendar,
      warnings,
    };
    ctx.set('Cache-Control', 'no-store');
    return database === 'up' ? body : new Reply(503, body);
  });
}
