// What the load balancer and the orchestrator ask an instance: "are you alive?" (never the
// database's business) and "may I send you residents?" (database, schema, catalogue, not stopping).
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import type { Liveness, Readiness } from '@bianmin/shared';
import { createApiRouter } from '../../http/api-router';
import { errorMiddleware } from '../../http/error-middleware';
import { demoCatalogueFiles, freshDatabase } from '../../testing/harness';
import { CatalogueReader, importCatalogue } from '../catalogue/index';
import { healthRoutes } from './routes';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** The health routes alone on a fresh database, with a switch standing in for SIGTERM. */
async function instance(opts: { catalogue: boolean }) {
  const { dataSource, drop } = await freshDatabase();
  if (opts.catalogue) await importCatalogue(dataSource, demoCatalogueFiles());
  const state = { shuttingDown: false };
  const app = new Koa();
  app.use(errorMiddleware());
  const api = createApiRouter({ validateResponses: true });
  healthRoutes(api, {
    dataSource,
    catalogue: new CatalogueReader(dataSource, 0),
    appVersion: 'test',
    startedAt: Date.now(),
    calendarStatus: () => Promise.resolve({ coveredThrough: '2026-12-31', coversNext60Days: true, warning: null }),
    shuttingDown: () => state.shuttingDown,
  });
  app.use(api.routes());
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanups.push(async () => {
    await new Promise((r) => server.close(r));
    if (dataSource.isInitialized) await dataSource.destroy();
    await drop();
  });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the type argument names the DTO the test expects
  const get = async <T>(path: string) => {
    const res = await fetch(base + path);
    return { status: res.status, body: (await res.json()) as T, cacheControl: res.headers.get('cache-control') };
  };
  return { dataSource, state, get };
}

describe('GET /api/v1/health/ready', () => {
  it('is ready with the database up, every migration run and the catalogue loaded', async () => {
    const { get } = await instance({ catalogue: true });
    const res = await get<Readiness>('/api/v1/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ready: true, database: 'up', migrations: 'current', catalogue: 'loaded', shuttingDown: false });
    expect(res.cacheControl).toBe('no-store');
  });

  it('is not ready before the catalogue is imported', async () => {
    const { get } = await instance({ catalogue: false });
    const res = await get<Readiness>('/api/v1/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ ready: false, database: 'up', catalogue: 'empty' });
  });

  it('is not ready while a migration of this build has not run', async () => {
    const { dataSource, get } = await instance({ catalogue: true });
    const [last] = await dataSource.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1');
    await dataSource.query('DELETE FROM migrations WHERE name = ?', [last?.name]);
    const res = await get<Readiness>('/api/v1/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ ready: false, database: 'up', migrations: 'behind' });
  });

  it('turns 503 once shutdown begins, so the load balancer stops sending residents', async () => {
    const { state, get } = await instance({ catalogue: true });
    expect((await get<Readiness>('/api/v1/health/ready')).status).toBe(200);
    state.shuttingDown = true;
    const res = await get<Readiness>('/api/v1/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ ready: false, database: 'up', shuttingDown: true });
  });

  it('reports the database down when it cannot be reached, while liveness stays 200', async () => {
    const { dataSource, get } = await instance({ catalogue: true });
    await dataSource.destroy();
    const ready = await get<Readiness>('/api/v1/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ ready: false, database: 'down', migrations: 'unknown', catalogue: 'unknown' });
    const live = await get<Liveness>('/api/v1/health/live');
    expect(live.status).toBe(200);
    expect(live.body.status).toBe('ok');
    expect(live.cacheControl).toBe('no-store');
  });
});
