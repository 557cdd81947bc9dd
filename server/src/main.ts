// config → data source → services → app → listen; on SIGTERM/SIGINT, drain and stop (graceful-shutdown.ts).
import pino from 'pino';
import { createApp } from './app';
import { loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { createLifecycle, drainable, onShutdownSignal } from './http/graceful-shutdown';
import { createHttpServer } from './http/http-server';
import { safeLogging } from './http/log-safety';
import { startJobs } from './jobs';
import { createServices } from './services';

const config = loadConfig();
// One JSON object per line on stdout, no transport: the platform's log collector parses them.
const logger = pino({ level: config.logLevel, base: { service: 'bianmin-api' }, ...safeLogging });
const dataSource = createDataSource(config.database);
await dataSource.initialize();
const pending = await dataSource.showMigrations();
if (pending) {
  logger.fatal('database schema is behind: run `pnpm --filter @bianmin/server migrate` (npm start does it for you)');
  process.exit(1);
}
const services = createServices(config, dataSource);
await services.guides.warmUp();
const stopJobs = startJobs(services, logger, { notificationWorker: config.notificationWorker });
const lifecycle = createLifecycle();
const app = createApp({ config, services, logger, lifecycle });
const server = createHttpServer(app, logger).listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ port, database: config.database.type }, 'listening');
  // The banner is for a person at a terminal; piped stdout carries JSON lines only.
  if (process.stdout.isTTY) {
    console.log(
      `\n  便民 Bianmin is running:\n    H5 mini-app  http://localhost:${port}/\n    API docs     http://localhost:${port}/api/docs\n`,
    );
  }
});
const connections = drainable(server);

onShutdownSignal(async (signal) => {
  lifecycle.startDraining();
  logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: no new connections, finishing requests in flight');
  stopJobs();
  const outcome = await connections.close(config.shutdownGraceMs);
  await services.platform.limiter.close();
  await dataSource.destroy();
  logger.info({ outcome }, 'stopped');
  // pino writes asynchronously: the last lines must be out before the process exits.
  await new Promise<void>((r) => logger.flush(() => r()));
}, config.shutdownGraceMs + 5_000);
