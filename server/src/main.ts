// config → data source → services → app → listen.
import pino from 'pino';
import { createApp } from './app';
import { loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { createHttpServer } from './http/http-server';
import { safeLogging } from './http/log-safety';
import { startJobs } from './jobs';
import { createServices } from './services';

const config = loadConfig();
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
startJobs(services, logger);
const app = createApp({ config, services, logger });
const server = createHttpServer(app, logger).listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ port, database: config.database.type }, 'listening');
  console.log(
    `\n  便民 Bianmin is running:\n    H5 mini-app  http://localhost:${port}/\n    API docs     http://localhost:${port}/api/docs\n`,
  );
});

const shutdown = (signal: string) => {
  logger.info({ signal }, 'shutting down');
  server.close(() => void dataSource.destroy().finally(() => process.exit(0)));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
