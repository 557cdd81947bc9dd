// Health for load balancers, orchestrators and operators:
// - GET /api/v1/health: the operator's view (database, catalogue and app version, calendar warnings);
// - GET /api/v1/health/live: the process answers — no database, so a slow database never gets
//   healthy processes restarted;
// - GET /api/v1/health/ready: send this instance traffic? Database reachable, schema current,
//   catalogue loaded, not shutting down; 503 otherwise.
import type { DataSource } from 'typeorm';
import { type Health, healthEndpoints, type Readiness } from '@bianmin/shared';
import { type ApiRouter, Reply } from '../../http/api-router';
import { engineName } from '../../db/data-source';
import { type CatalogueReader, readCatalogueVersion } from '../catalogue/index';

export interface HealthDeps {
  dataSource: DataSource;
  catalogue: CatalogueReader;
  appVersion: string;
  startedAt: number;
  calendarStatus: () => Promise<{ coveredThrough: string; coversNext60Days: boolean; warning: string | null }>;
  /** True once SIGTERM arrived (main.ts); never in tests that do not stop the app. */
  shuttingDown: () => boolean;
}

export function healthRoutes(api: ApiRouter, deps: HealthDeps): void {
  const uptimeSeconds = () => Math.floor((Date.now() - deps.startedAt) / 1000);

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
      uptimeSeconds: uptimeSeconds(),
      calendar,
      warnings,
    };
    ctx.set('Cache-Control', 'no-store');
    return database === 'up' ? body : new Reply(503, body);
  });

  api.mount(healthEndpoints.live, ({ ctx }) => {
    ctx.set('Cache-Control', 'no-store');
    return Promise.resolve({ status: 'ok' as const, uptimeSeconds: uptimeSeconds() });
  });

  const schema = schemaCheck(deps.dataSource);
  api.mount(healthEndpoints.ready, async ({ ctx }) => {
    const body: Readiness = {
      ready: false,
      database: 'down',
      migrations: 'unknown',
      catalogue: 'unknown',
      shuttingDown: deps.shuttingDown(),
    };
    try {
      await readCatalogueVersion(deps.dataSource.manager);
      body.database = 'up';
      body.migrations = (await schema()) ? 'current' : 'behind';
      body.catalogue = (await deps.catalogue.current()).version === null ? 'empty' : 'loaded';
    } catch {
      // Whatever was not reached stays 'down' / 'unknown'.
    }
    body.ready = !body.shuttingDown && body.database === 'up' && body.migrations === 'current' && body.catalogue === 'loaded';
    ctx.set('Cache-Control', 'no-store');
    return body.ready ? body : new Reply(503, body);
  });
}

/** Whether every migration this build knows has run. Once current it stays so for this process (schemas only move forward), so probes stop asking. */
function schemaCheck(dataSource: DataSource): () => Promise<boolean> {
  let current = false;
  return async () => {
    current ||= !(await dataSource.showMigrations());
    return current;
  };
}
